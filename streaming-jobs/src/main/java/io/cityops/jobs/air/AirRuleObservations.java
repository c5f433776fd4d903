package io.cityops.jobs.air;

import io.cityops.ingest.catalogue.Sensor;
import io.cityops.ingest.indicator.RuleObservation;
import io.cityops.ingest.reading.Pollutant;
import io.cityops.ingest.reading.SensorKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The values alert rules watch, published for every hourly result and every revision of it: the AQI
 * of regions ({@code aqi_hourly}, from the hourly reports) and the 1-hour PM2.5 and PM10 means of
 * stations ({@code pm25_hourly}, {@code pm10_hourly}, from the hourly means — the reports carry the
 * 24-hour rolling PM under HJ 633-2012). Each is stamped with the end of its hour. Missing values (no
 * AQI, a pollutant without a valid mean) give no observation: a gap is not a reading of zero.
 *
 * <p><b>Replayed.</b> An observation is marked replayed when, as it is computed, the wall clock is
 * more than one hour (the reporting period) plus the watermark's out-of-orderness past the end of
 * its hour. A live hour is published as soon as the watermark passes its end, well inside that lag;
 * a backlog being caught up (a restart after downtime, a first start on history) lies far beyond it.
 * Revisions by data arriving later than that count as history too, so they never page anyone. The
 * wall clock is the operator's processing time, so tests drive it with the harness clock.
 */
public final class AirRuleObservations {

    public static final String AQI_HOURLY = "aqi_hourly";
    public static final String PM25_HOURLY = "pm25_hourly";
    public static final String PM10_HOURLY = "pm10_hourly";

    private static final Duration PERIOD = Duration.ofHours(1);

    private AirRuleObservations() {
    }

    /** Whether an hour ending at {@code endMs}, computed at wall-clock {@code nowMs}, belongs to a replay. */
    static boolean replayed(long nowMs, long endMs, Duration maxOutOfOrderness) {
        return nowMs - endMs > PERIOD.plus(maxOutOfOrderness).toMillis();
    }

    /** {@code aqi_hourly} of the district and sub-districts, from their hourly reports. */
    public static final class RegionAqi extends ProcessFunction<AirResult, RuleObservation> {
        private static final long serialVersionUID = 1L;
        private final Duration maxOutOfOrderness;

        public RegionAqi(Duration maxOutOfOrderness) {
            this.maxOutOfOrderness = Objects.requireNonNull(maxOutOfOrderness, "maxOutOfOrderness");
        }

        @Override
        public void processElement(AirResult r, Context ctx, Collector<RuleObservation> out) {
            if (r.period() != AirPeriod.HOURLY || !r.isRegion() || r.aqi() == null) {
                return;
            }
            String detail = "hourly AQI " + r.aqi() + " (" + r.category() + ")"
                    + (r.primaryPollutants().isEmpty() ? "" : ", primary " + String.join(", ", r.primaryPollutants()))
                    + ", " + r.stationsReporting() + " of " + r.stationsExpected() + " stations reporting"
                    + revision(r.revision());
            out.collect(new RuleObservation(AQI_HOURLY, SensorKind.AIR, AirSubjects.REGION, r.subject(), r.subject(),
                    BigDecimal.valueOf(r.aqi()), Instant.ofEpochMilli(r.end()),
                    replayed(ctx.timerService().currentProcessingTime(), r.end(), maxOutOfOrderness), detail));
        }
    }

    /** {@code pm25_hourly} and {@code pm10_hourly} of every station, from its valid 1-hour means. */
    public static final class StationMeans extends ProcessFunction<HourlyMeans, RuleObservation> {
        private static final long serialVersionUID = 1L;
        private final AirNetwork network;
        private final Duration maxOutOfOrderness;

        public StationMeans(AirNetwork network, Duration maxOutOfOrderness) {
            this.network = Objects.requireNonNull(network, "network");
            this.maxOutOfOrderness = Objects.requireNonNull(maxOutOfOrderness, "maxOutOfOrderness");
        }

        @Override
        public void processElement(HourlyMeans m, Context ctx, Collector<RuleObservation> out) {
            if (!AirSubjects.STATION.equals(m.subjectType())) {
                return;
            }
            long end = m.hourStart() + PERIOD.toMillis();
            boolean replayed = replayed(ctx.timerService().currentProcessingTime(), end, maxOutOfOrderness);
            String region = network.sensor(m.subject()).map(Sensor::region).orElse(null);
            emit(m, Pollutant.PM25, PM25_HOURLY, "PM2.5", region, end, replayed, out);
            emit(m, Pollutant.PM10, PM10_HOURLY, "PM10", region, end, replayed, out);
        }

        private static void emit(HourlyMeans m, Pollutant pollutant, String indicator, String label, String region,
                                 long end, boolean replayed, Collector<RuleObservation> out) {
            BigDecimal mean = m.means().get(pollutant);
            if (mean == null) {
                return;
            }
            String detail = "1-hour mean " + label + " " + mean.toPlainString() + " µg/m³" + revision(m.revision());
            out.collect(new RuleObservation(indicator, SensorKind.AIR, AirSubjects.STATION, m.subject(), region, mean,
                    Instant.ofEpochMilli(end), replayed, detail));
        }
    }

    private static String revision(int revision) {
        return revision == 0 ? "" : ", revision " + revision;
    }
}
