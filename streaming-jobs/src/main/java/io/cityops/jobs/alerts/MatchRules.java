package io.cityops.jobs.alerts;

import io.cityops.ingest.catalogue.AlertCatalogue;
import io.cityops.ingest.catalogue.AlertRuleSpec;
import io.cityops.ingest.indicator.RuleObservation;
import io.cityops.ingest.indicator.RuleObservationCodec;
import io.cityops.jobs.common.KafkaMessage;
import java.util.Objects;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the rule observations out of {@code city.indicators} and hands each to every rule that
 * watches its indicator, subject type and subject. Other indicator records pass by; a malformed
 * observation is counted and logged, never thrown (a poison record must not restart the job forever).
 */
public final class MatchRules extends RichFlatMapFunction<KafkaMessage, RuleHit> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(MatchRules.class);

    private final AlertCatalogue catalogue;
    private transient Counter malformed;

    public MatchRules(AlertCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    @Override
    public void open(OpenContext openContext) {
        malformed = getRuntimeContext().getMetricGroup().counter("malformedObservations");
    }

    @Override
    public void flatMap(KafkaMessage message, Collector<RuleHit> out) {
        Optional<RuleObservation> decoded;
        try {
            decoded = RuleObservationCodec.decode(message.value());
        } catch (RuntimeException e) {
            if (malformed != null) {
                malformed.inc();
            }
            LOG.warn("dropping a malformed rule observation (key {}): {}", message.key(), e.getMessage());
            return;
        }
        if (decoded.isEmpty()) {
            return;
        }
        RuleObservation o = decoded.get();
        for (AlertRuleSpec rule : catalogue.rulesFor(o.indicator(), o.subjectType(), o.subject())) {
            out.collect(new RuleHit(AlertIds.key(rule.id(), o.subject()), rule.id(), o));
        }
    }
}
