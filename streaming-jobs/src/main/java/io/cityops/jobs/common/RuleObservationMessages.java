package io.cityops.jobs.common;

import io.cityops.ingest.indicator.RuleObservation;
import io.cityops.ingest.indicator.RuleObservationCodec;
import org.apache.flink.api.common.functions.MapFunction;

/** Rule observations as {@code city.indicators} records, keyed by subject (see {@link RuleObservationCodec}). */
public final class RuleObservationMessages implements MapFunction<RuleObservation, KafkaMessage> {

    private static final long serialVersionUID = 1L;

    @Override
    public KafkaMessage map(RuleObservation observation) {
        return new KafkaMessage(observation.subject(), RuleObservationCodec.encode(observation));
    }
}
