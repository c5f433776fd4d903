package io.cityops.api.energy;

import io.cityops.api.influx.InfluxQuery;
import io.cityops.api.influx.InfluxQueryClient;
import io.cityops.api.influx.InfluxRow;
import io.cityops.ingest.schema.EnergySeries;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the energy series the job writes. Statements are built from schema constants only; ids and
 * times travel as bound parameters.
 */
@Singleton
class EnergySeriesReader {

    private static final String WHERE_SUBJECT = " WHERE \"" + EnergySeries.TAG_SUBJECT + "\" = $subject AND \""
            + EnergySeries.TAG_SUBJECT_TYPE + "\" = $subjectType";
    private static final String SELECT_RANGE = "SELECT \"%s\", \"" + EnergySeries.FIELD_FINAL + "\" FROM \"%s\"" + WHERE_SUBJECT
            + " AND time >= $from AND time < $to ORDER BY time ASC";
    private static final String SELECT_LATEST = "SELECT * FROM \"%s\"" + WHERE_SUBJECT + " ORDER BY time DESC LIMIT 1";

    private final InfluxQueryClient influx;

    EnergySeriesReader(InfluxQueryClient influx) {
        this.influx = influx;
    }

    /** The subject's periods starting in [from, to), oldest first. */
    List<InfluxRow> range(EnergySeriesRequest request) {
        Map<String, Object> params = Map.of(
                "subject", request.subject().id(),
                "subjectType", request.subject().type(),
                "from", request.from(),
                "to", request.to());
        return influx.query(new InfluxQuery(SELECT_RANGE.formatted(request.field(), request.resolution().measurement()), params))
                .rows().toList();
    }

    /** The newest point of a measurement for the subject. */
    Optional<InfluxRow> latest(String measurement, EnergySubject subject) {
        Map<String, Object> params = Map.of("subject", subject.id(), "subjectType", subject.type());
        return influx.query(new InfluxQuery(SELECT_LATEST.formatted(measurement), params)).rows().findFirst();
    }
}
