package io.cityops.jobs.alerts;

import io.cityops.ingest.catalogue.AlertCatalogue;
import io.cityops.ingest.catalogue.AlertRuleSpec;
import io.cityops.ingest.indicator.RuleObservation;
import io.cityops.jobs.alerts.rules.Alert;
import io.cityops.jobs.alerts.rules.AlertCommand;
import io.cityops.jobs.alerts.rules.AlertRule;
import io.cityops.jobs.alerts.rules.AlertWorkflow;
import io.cityops.jobs.alerts.rules.AuditEntry;
import io.cityops.jobs.alerts.rules.CatalogueRules;
import io.cityops.jobs.alerts.rules.CommandResult;
import io.cityops.jobs.alerts.rules.ConditionOutcome;
import io.cityops.jobs.alerts.rules.ConditionState;
import io.cityops.jobs.alerts.rules.ConditionTracker;
import io.cityops.jobs.alerts.rules.Observation;
import io.cityops.jobs.alerts.rules.WorkflowState;
import io.cityops.jobs.common.KafkaMessage;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.InstantiationUtil;
import org.apache.flink.util.OutputTag;

/**
 * The one writer of alert state, keyed by rule and subject ({@code {ruleId}:{subject}}). Input 1:
 * rule observations matched to the key's rule, run through the rule's {@link ConditionTracker}
 * (hysteresis, minimum duration) and the {@link AlertWorkflow}. Input 2: operator commands for the
 * key's alerts, applied by the workflow or rejected with the alert as it stands. Every transition
 * and every rejection goes out as a {@code city.alerts} record (docs/alerts.md); transitions also go
 * to the {@link #TRANSITIONS} side output for InfluxDB.
 *
 * <p><b>Numbering.</b> At most one alert per key is not closed. A condition that returns while the
 * alert is still being handled or awaits verification (resolved) goes back to that alert; once an
 * alert is closed — which needs its condition cleared — the next breach opens the next number.
 *
 * <p><b>Time limits run on processing time.</b> Accept-within and resolve-within are promises to
 * people, kept on the wall clock; event time advances only with observations, so it would stand
 * still exactly when a feed stops — the moment an unaccepted alert most needs escalating. The
 * deadline counts from the alert's cycle start (the event time of the observation that raised it,
 * which live is a moment before the wall clock) and a processing-time timer fires at it. Alerts
 * raised while replaying history ({@code replayed}) describe the past and page no one, so their
 * time limits are not enforced.
 *
 * <p><b>State.</b> One value per key: the immutable domain records (condition, alert with its audit
 * trail, facts, count) as Java-serialised bytes — records deserialise by component name, so adding
 * a component stays compatible — plus the registered timer. Checkpoints make it exactly once.
 *
 * <p><b>Quiet hours and suppressions.</b> A breaching value inside a rule's quiet window is not fed
 * to the tracker unless the condition is already active: it opens nothing, and an open alert
 * carries on, takes new values and may clear.
 */
public final class AlertStateMachine extends KeyedCoProcessFunction<String, RuleHit, CommandRequest, KafkaMessage> {

    private static final long serialVersionUID = 1L;

    /** Every transition, flattened for InfluxDB. */
    public static final OutputTag<AlertTransitionRow> TRANSITIONS = new OutputTag<>("alert-transitions") {
    };

    /** What the job needs of one rule, built once. */
    private record RuleLogic(AlertRuleSpec spec, AlertRule rule, ConditionTracker tracker, AlertWorkflow workflow)
            implements Serializable {
    }

    private final HashMap<String, RuleLogic> rules = new HashMap<>();
    private final ZoneId zone;

    private transient ValueState<byte[]> state;
    private transient ValueState<Long> timer;

    /** @param zone the catalogue's time zone, in which quiet hours are read */
    public AlertStateMachine(AlertCatalogue catalogue, ZoneId zone) {
        Objects.requireNonNull(catalogue, "catalogue");
        this.zone = Objects.requireNonNull(zone, "zone");
        for (AlertRuleSpec spec : catalogue.rules()) {
            AlertRule rule = CatalogueRules.of(spec);
            rules.put(spec.id(), new RuleLogic(spec, rule, new ConditionTracker(rule), new AlertWorkflow(rule)));
        }
    }

    @Override
    public void open(OpenContext openContext) {
        state = getRuntimeContext().getState(new ValueStateDescriptor<>("alert-state",
                PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
        timer = getRuntimeContext().getState(new ValueStateDescriptor<>("time-limit-timer", Types.LONG));
    }

    @Override
    public void processElement1(RuleHit hit, Context ctx, Collector<KafkaMessage> out) throws Exception {
        RuleLogic logic = rules.get(hit.ruleId());
        if (logic == null) {
            return; // the catalogue changed under a restored job: the rule is gone
        }
        RuleObservation o = hit.observation();
        AlertKeyState s = load();
        boolean active = s.condition() instanceof ConditionState.Active;
        if (!active && logic.rule().isBreachedBy(o.value()) && logic.spec().isQuietAt(o.at(), zone)) {
            return;
        }
        ConditionTracker.Step step = logic.tracker().observe(s.condition(), new Observation(o.value(), o.at()));
        Alert alert = s.alert();
        AlertFacts facts = s.facts();
        long number = s.number();
        List<AuditEntry> transitions = new ArrayList<>();
        for (ConditionOutcome outcome : step.outcomes()) {
            if (outcome instanceof ConditionOutcome.Raised raised
                    && (alert == null || alert.state() == WorkflowState.CLOSED)) {
                number++;
                alert = logic.workflow().open(AlertIds.alertId(ctx.getCurrentKey(), number), o.subject(), raised);
                facts = new AlertFacts(o.region(), o.detail(), o.replayed());
                transitions.add(alert.lastTransition());
            } else if (alert != null && alert.state() != WorkflowState.CLOSED) {
                AlertWorkflow.Change change = logic.workflow().onCondition(alert, outcome);
                alert = change.alert();
                transitions.addAll(change.transitions());
            }
        }
        if (alert != null && alert.state() != WorkflowState.CLOSED && alert.lastSeen().equals(o.at())) {
            facts = new AlertFacts(o.region() == null ? facts.region() : o.region(), o.detail(), facts.replayed());
        }
        AlertKeyState next = new AlertKeyState(step.state(), alert, facts, number);
        if (next.equals(AlertKeyState.INITIAL)) {
            state.clear(); // quiet subjects, the vast majority, keep no state
        } else {
            save(next);
        }
        emit(transitions, null, next, logic.spec(), ctx, out);
        rearm(next, logic, ctx.timerService());
    }

    @Override
    public void processElement2(CommandRequest c, Context ctx, Collector<KafkaMessage> out) throws Exception {
        RuleLogic logic = rules.get(AlertIds.ruleOf(c.key()));
        AlertKeyState s = load();
        Alert alert = s.alert();
        if (logic == null || alert == null) {
            reject(c, "unknown_alert", "no alert " + c.alertId(), null, logic, null, out);
            return;
        }
        if (!alert.id().equals(c.alertId())) {
            reject(c, "unknown_alert", "no alert " + c.alertId() + "; the current alert of rule " + alert.ruleId()
                    + " for " + alert.subject() + " is " + alert.id(), null, logic, null, out);
            return;
        }
        Instant at = Instant.ofEpochMilli(c.issuedAtMs() != null ? c.issuedAtMs()
                : ctx.timerService().currentProcessingTime());
        Optional<AlertCommand> command = Commands.toCommand(c, at);
        if (command.isEmpty()) {
            reject(c, "invalid_command", Commands.problem(c), alert, logic, s.facts(), out);
            return;
        }
        CommandResult result = logic.workflow().handle(alert, command.get());
        if (result instanceof CommandResult.Rejected rejected) {
            reject(c, AlertJson.wire(rejected.reason()), rejected.detail(), rejected.alert(), logic, s.facts(), out);
            return;
        }
        CommandResult.Applied applied = (CommandResult.Applied) result;
        AlertKeyState next = new AlertKeyState(s.condition(), applied.alert(), s.facts(), s.number());
        save(next);
        emit(List.of(applied.transition()), c.commandId(), next, logic.spec(), ctx, out);
        rearm(next, logic, ctx.timerService());
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<KafkaMessage> out) throws Exception {
        timer.clear();
        AlertKeyState s = load();
        RuleLogic logic = rules.get(AlertIds.ruleOf(ctx.getCurrentKey()));
        if (s.alert() == null || logic == null) {
            return;
        }
        AlertWorkflow.Change change = logic.workflow().onTime(s.alert(), Instant.ofEpochMilli(timestamp));
        AlertKeyState next = new AlertKeyState(s.condition(), change.alert(), s.facts(), s.number());
        save(next);
        emit(change.transitions(), null, next, logic.spec(), ctx, out);
        rearm(next, logic, ctx.timerService());
    }

    private void emit(List<AuditEntry> transitions, String commandId, AlertKeyState s, AlertRuleSpec spec,
                      Context ctx, Collector<KafkaMessage> out) {
        Alert alert = s.alert();
        for (AuditEntry t : transitions) {
            out.collect(new KafkaMessage(alert.id(), AlertJson.transition(commandId, t, alert, spec, s.facts())));
            ctx.output(TRANSITIONS, row(commandId, t, alert, spec, s.facts()));
        }
    }

    private void reject(CommandRequest c, String reason, String detail, Alert alert, RuleLogic logic, AlertFacts facts,
                        Collector<KafkaMessage> out) {
        out.collect(new KafkaMessage(c.alertId(), AlertJson.rejection(c.commandId(), c.alertId(), reason, detail, alert,
                logic == null ? null : logic.spec(), facts)));
    }

    /** Keeps exactly one timer per key, at the alert's next deadline; none for replayed or settled alerts. */
    private void rearm(AlertKeyState s, RuleLogic logic, TimerService timers) throws IOException {
        Long registered = timer.value();
        Optional<Instant> deadline = s.alert() == null || s.facts().replayed() ? Optional.empty()
                : logic.workflow().nextDeadline(s.alert());
        Long wanted = deadline.map(Instant::toEpochMilli).orElse(null);
        if (Objects.equals(registered, wanted)) {
            return;
        }
        if (registered != null) {
            timers.deleteProcessingTimeTimer(registered);
        }
        if (wanted == null) {
            timer.clear();
        } else {
            timers.registerProcessingTimeTimer(wanted);
            timer.update(wanted);
        }
    }

    private static AlertTransitionRow row(String commandId, AuditEntry t, Alert a, AlertRuleSpec spec, AlertFacts facts) {
        return new AlertTransitionRow(a.id(), a.ruleId(), spec.kind().wireName(), spec.subjectType(), a.subject(),
                facts.region(), AlertJson.wire(t.action()), t.version(), t.at().toEpochMilli(),
                t.from() == null ? null : AlertJson.wire(t.from()), AlertJson.wire(t.to()), AlertJson.wire(t.severity()),
                AlertJson.wire(a.condition()), t.actor(), t.note(), a.assignee(), a.acceptOverdue(), a.resolveOverdue(),
                facts.replayed(), a.current(), a.peak(), commandId);
    }

    private AlertKeyState load() throws Exception {
        byte[] bytes = state.value();
        return bytes == null ? AlertKeyState.INITIAL
                : InstantiationUtil.deserializeObject(bytes, AlertStateMachine.class.getClassLoader());
    }

    private void save(AlertKeyState s) throws IOException {
        state.update(InstantiationUtil.serializeObject(s));
    }
}
