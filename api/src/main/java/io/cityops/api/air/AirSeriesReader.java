package io.cityops.api.air;

import io.cityops.api.catalogue.CatalogueLookup;
import io.cityops.api.influx.InfluxQuery;
import io.cityops.api.influx.InfluxQueryClient;
import io.cityops.api.influx.InfluxSeries;
import io.cityops.ingest.schema.AirSeries;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads the air-quality series the job writes. Statements are built from schema constants only;
 * ids and times travel as bound parameters.
 */
@Singleton
class AirSeriesReader {

    private static final String SELECT_RANGE = "SELECT * FROM \"%s\" WHERE \"" + AirSeries.TAG_SUBJECT + "\" = $subject"
            + " AND \"" + AirSeries.TAG_SUBJECT_TYPE + "\" = $subjectType AND time >= $from AND time < $to"
            + " ORDER BY time ASC";
    private static final String SELECT_LATEST = "SELECT * FROM \"" + AirSeries.HOURLY + "\" WHERE \""
            + AirSeries.TAG_SUBJECT_TYPE + "\" = $subjectType AND (%s) GROUP BY \"" + AirSeries.TAG_SUBJECT + "\""
            + " ORDER BY time DESC LIMIT 1";

    private final InfluxQueryClient influx;
    private final AirPointMapper mapper;

    AirSeriesReader(InfluxQueryClient influx, CatalogueLookup lookup) {
        this.influx = influx;
        this.mapper = new AirPointMapper(lookup.zone());
    }

    /** The subject's points whose period starts in [from, to), oldest first. */
    List<AirPoint> points(AqiRequest request) {
        Map<String, Object> params = Map.of(
                "subject", request.subject().id(),
                "subjectType", request.subject().type(),
                "from", request.from(),
                "to", request.to());
        String statement = SELECT_RANGE.formatted(request.resolution().measurement());
        return influx.query(new InfluxQuery(statement, params)).rows()
                .map(row -> mapper.map(row, request.resolution(), request.subject().isRegion()))
                .toList();
    }

    /** The newest hourly point of each subject that has one; all subjects must be of one type. */
    Map<String, AirPoint> latestHourly(String subjectType, List<String> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("subjectType", subjectType);
        IntStream.range(0, subjectIds.size()).forEach(i -> params.put("s" + i, subjectIds.get(i)));
        String matchAny = IntStream.range(0, subjectIds.size())
                .mapToObj(i -> "\"" + AirSeries.TAG_SUBJECT + "\" = $s" + i)
                .collect(Collectors.joining(" OR "));
        Map<String, AirPoint> latest = new LinkedHashMap<>();
        boolean region = AirSeries.SUBJECT_REGION.equals(subjectType);
        for (InfluxSeries series : influx.query(new InfluxQuery(SELECT_LATEST.formatted(matchAny), params)).series()) {
            String subject = series.tag(AirSeries.TAG_SUBJECT).orElseThrow();
            if (!series.rows().isEmpty()) {
                latest.put(subject, mapper.map(series.rows().get(0), Resolution.HOUR, region));
            }
        }
        return latest;
    }
}
