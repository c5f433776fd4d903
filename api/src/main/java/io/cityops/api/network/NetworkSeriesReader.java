package io.cityops.api.network;

import io.cityops.api.influx.InfluxQuery;
import io.cityops.api.influx.InfluxQueryClient;
import io.cityops.api.influx.InfluxRow;
import io.cityops.api.influx.InfluxSeries;
import io.cityops.ingest.schema.NetworkSeries;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the network series the job writes. Statements are built from schema constants only; ids and
 * times travel as bound parameters.
 */
@Singleton
class NetworkSeriesReader {

    /** How far back an outage may have started to still be listed for a window (it may be ongoing). */
    static final Duration OUTAGE_LOOKBACK = Duration.ofDays(30);

    private static final String SELECT_SERIES = "SELECT * FROM \"" + NetworkSeries.KPI + "\" WHERE \""
            + NetworkSeries.TAG_SUBJECT + "\" = $subject AND \"" + NetworkSeries.TAG_SUBJECT_TYPE + "\" = $subjectType"
            + " AND \"" + NetworkSeries.TAG_RESOLUTION + "\" = $resolution AND time >= $from AND time < $to ORDER BY time ASC";
    private static final String SELECT_LATEST_STATUS = "SELECT * FROM \"" + NetworkSeries.SITE_STATUS + "\" GROUP BY \""
            + NetworkSeries.TAG_SITE + "\" ORDER BY time DESC LIMIT 1";
    private static final String SELECT_LATEST_SITE_KPIS = "SELECT * FROM \"" + NetworkSeries.KPI + "\" WHERE \""
            + NetworkSeries.TAG_SUBJECT_TYPE + "\" = '" + NetworkSeries.SUBJECT_SITE + "' AND \""
            + NetworkSeries.TAG_RESOLUTION + "\" = '15m' GROUP BY \"" + NetworkSeries.TAG_SUBJECT
            + "\" ORDER BY time DESC LIMIT 1";
    private static final String SELECT_LATEST_FEED = "SELECT * FROM \"" + NetworkSeries.FEED + "\" WHERE \""
            + NetworkSeries.TAG_FEED + "\" = $feed ORDER BY time DESC LIMIT 1";
    private static final String SELECT_OUTAGES = "SELECT * FROM \"" + NetworkSeries.OUTAGE
            + "\" WHERE time >= $since AND time < $to ORDER BY time ASC";

    private final InfluxQueryClient influx;

    NetworkSeriesReader(InfluxQueryClient influx) {
        this.influx = influx;
    }

    List<InfluxRow> series(String subjectType, String subject, NetworkResolution resolution, Instant from, Instant to) {
        return influx.query(new InfluxQuery(SELECT_SERIES, Map.of("subject", subject, "subjectType", subjectType,
                "resolution", resolution.code(), "from", from, "to", to))).rows().toList();
    }

    /** Every site's newest state point, by site. */
    Map<String, InfluxRow> latestStatuses() {
        return newestBy(SELECT_LATEST_STATUS, Map.of(), NetworkSeries.TAG_SITE);
    }

    /** Every site's newest reporting-period KPI point, by site. */
    Map<String, InfluxRow> latestSiteKpis() {
        return newestBy(SELECT_LATEST_SITE_KPIS, Map.of(), NetworkSeries.TAG_SUBJECT);
    }

    Optional<InfluxRow> latestFeed(String feed) {
        return influx.query(new InfluxQuery(SELECT_LATEST_FEED, Map.of("feed", feed))).rows().findFirst();
    }

    /** Outage points (at their start) that started within the lookback before {@code from} and before {@code to}. */
    List<InfluxRow> outages(Instant from, Instant to) {
        return influx.query(new InfluxQuery(SELECT_OUTAGES, Map.of("since", from.minus(OUTAGE_LOOKBACK), "to", to)))
                .series().stream()
                .flatMap(series -> series.rows().stream().map(row -> withTags(row, series)))
                .toList();
    }

    private Map<String, InfluxRow> newestBy(String statement, Map<String, Object> params, String tag) {
        Map<String, InfluxRow> newest = new HashMap<>();
        for (InfluxSeries series : influx.query(new InfluxQuery(statement, params)).series()) {
            Optional<String> key = series.tag(tag);
            if (key.isPresent() && !series.rows().isEmpty()) {
                newest.put(key.get(), withTags(series.rows().get(0), series));
            }
        }
        return newest;
    }

    /** Tags of a GROUP BY come with the series, not the row; put them back so a row is whole. */
    private static InfluxRow withTags(InfluxRow row, InfluxSeries series) {
        if (series.tags().isEmpty()) {
            return row;
        }
        Map<String, Object> values = new HashMap<>(row.values());
        series.tags().forEach(values::putIfAbsent);
        return new InfluxRow(row.time(), values);
    }
}
