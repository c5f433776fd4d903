package io.cityops.jobs.energy;

import io.cityops.ingest.indicator.RuleObservation;
import io.cityops.ingest.indicator.RuleObservationCodec;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.ingest.schema.EnergySeries;
import io.cityops.jobs.common.KafkaMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * The values alert rules watch (INDICATORS.md): {@code daily_budget_ratio} of entities,
 * {@code quota_projection_ratio} of entities and regions, {@code barometer_level} of regions; each at
 * the end of the hour it follows, keyed by subject.
 */
public final class EnergyObservations implements FlatMapFunction<EnergyResult, KafkaMessage> {

    private static final long serialVersionUID = 1L;

    public static final String DAILY_BUDGET_RATIO = "daily_budget_ratio";
    public static final String QUOTA_PROJECTION_RATIO = "quota_projection_ratio";
    public static final String BAROMETER_LEVEL = "barometer_level";

    /** The observations of one result. */
    public static List<RuleObservation> of(EnergyResult r) {
        List<RuleObservation> observations = new ArrayList<>();
        Instant at = Instant.ofEpochMilli(r.hourEnd());
        if (r.dailyBudgetRatio() != null) {
            observations.add(new RuleObservation(DAILY_BUDGET_RATIO, SensorKind.ENERGY, EnergySeries.SUBJECT_ENTITY, r.subject(),
                    r.region(), r.dailyBudgetRatio(), at, r.replayed(), "day so far " + plain(r.day().tce()) + " tce of a daily budget of "
                    + plain(r.dailyBudgetTce()) + " tce"));
        }
        if (r.tcePace() != null && r.tcePace().projectionRatio() != null) {
            observations.add(new RuleObservation(QUOTA_PROJECTION_RATIO, SensorKind.ENERGY, r.subjectType(), r.subject(), r.region(),
                    r.tcePace().projectionRatio(), at, r.replayed(), "projected " + plain(r.tcePace().projection())
                    + " tce for " + r.year() + " against a quota of " + plain(r.tcePace().quota()) + " tce (used "
                    + plain(r.tcePace().used()) + " tce, expected share by now " + plain(r.tcePace().expectedShare()) + ")"));
        }
        if (r.level() != null) {
            observations.add(new RuleObservation(BAROMETER_LEVEL, SensorKind.ENERGY, EnergySeries.SUBJECT_REGION, r.subject(),
                    r.region(), BigDecimal.valueOf(r.level().code()), at, r.replayed(), barometerDetail(r)));
        }
        return observations;
    }

    private static String barometerDetail(EnergyResult r) {
        return r.level().wireName() + ": energy " + rating(r.energyRating()) + "; carbon " + rating(r.carbonRating());
    }

    private static String rating(io.cityops.jobs.energy.rules.DimensionRating d) {
        return (d.level() == null ? "not rated" : d.level().wireName()) + " (intensity reduction " + plain(d.reduction())
                + " vs required " + plain(d.requiredPace()) + ", projection " + plain(d.projectionRatio()) + " of quota)";
    }

    private static String plain(BigDecimal value) {
        return EnergyIndicatorJson.plain(value);
    }

    @Override
    public void flatMap(EnergyResult result, Collector<KafkaMessage> out) {
        for (RuleObservation observation : of(result)) {
            out.collect(new KafkaMessage(observation.subject(), RuleObservationCodec.encode(observation)));
        }
    }
}
