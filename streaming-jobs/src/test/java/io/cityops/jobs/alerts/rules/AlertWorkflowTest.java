package io.cityops.jobs.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.jobs.alerts.rules.AlertCommand.Accept;
import io.cityops.jobs.alerts.rules.AlertCommand.Assign;
import io.cityops.jobs.alerts.rules.AlertCommand.Close;
import io.cityops.jobs.alerts.rules.AlertCommand.Reopen;
import io.cityops.jobs.alerts.rules.AlertCommand.Resolve;
import io.cityops.jobs.alerts.rules.CommandResult.Applied;
import io.cityops.jobs.alerts.rules.CommandResult.Reason;
import io.cityops.jobs.alerts.rules.CommandResult.Rejected;
import io.cityops.jobs.alerts.rules.ConditionOutcome.Cleared;
import io.cityops.jobs.alerts.rules.ConditionOutcome.Raised;
import io.cityops.jobs.alerts.rules.ConditionOutcome.Updated;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AlertWorkflowTest {

    // A timeline, in event time and operator time alike.
    private static final Instant RAISED_AT = Instant.parse("2026-11-28T08:00:00Z");
    private static final Instant TEN_MINUTES_LATER = RAISED_AT.plus(Duration.ofMinutes(10));
    private static final Instant TWENTY_MINUTES_LATER = RAISED_AT.plus(Duration.ofMinutes(20));
    private static final Instant JUST_BEFORE_THE_ACCEPT_LIMIT = RAISED_AT.plus(Duration.ofMinutes(30)).minusMillis(1);
    private static final Instant AT_THE_ACCEPT_LIMIT = RAISED_AT.plus(Duration.ofMinutes(30));
    private static final Instant ONE_HOUR_LATER = RAISED_AT.plus(Duration.ofHours(1));
    private static final Instant TWO_HOURS_LATER = RAISED_AT.plus(Duration.ofHours(2));
    private static final Instant THREE_HOURS_LATER = RAISED_AT.plus(Duration.ofHours(3));
    private static final Instant AT_THE_RESOLVE_LIMIT = RAISED_AT.plus(Duration.ofHours(4));

    private static final AlertRule RULE = new AlertRule("region-aqi", AlertKind.AIR, "aqi_hourly", SubjectType.REGION,
            Direction.ABOVE, new BigDecimal("150"), new BigDecimal("100"), Duration.ZERO,
            List.of(SeverityLevel.of(Severity.INFO, "150"), SeverityLevel.of(Severity.WARNING, "200"),
                    SeverityLevel.of(Severity.CRITICAL, "300")),
            TimeLimits.of(Duration.ofMinutes(30), Duration.ofHours(4)));

    private final AlertWorkflow workflow = new AlertWorkflow(RULE);

    private static Raised raised(String value, Severity severity, Instant at) {
        return new Raised(RULE.id(), at, at, new BigDecimal(value), new BigDecimal(value), severity);
    }

    private Alert opened() {
        return workflow.open("region-aqi/wbl-01/1", "wbl-01", raised("160", Severity.INFO, RAISED_AT));
    }

    private static Alert applied(CommandResult result) {
        assertThat(result).isInstanceOf(Applied.class);
        return result.alert();
    }

    private Alert accepted() {
        Alert alert = opened();
        return applied(workflow.handle(alert, new Accept("li.wei", "on it", TEN_MINUTES_LATER, alert.version())));
    }

    private Alert assigned() {
        Alert alert = accepted();
        return applied(workflow.handle(alert, new Assign("li.wei", "env-inspection-team-2", null, TWENTY_MINUTES_LATER,
                alert.version())));
    }

    private Alert resolved() {
        Alert alert = assigned();
        return applied(workflow.handle(alert, new Resolve("zhang.min", "construction site watered and covered",
                TWO_HOURS_LATER, alert.version())));
    }

    private Alert resolvedAndCleared() {
        Alert alert = resolved();
        Cleared cleared = new Cleared(RULE.id(), RAISED_AT, TWO_HOURS_LATER.plusSeconds(60), new BigDecimal("160"),
                new BigDecimal("80"));
        return workflow.onCondition(alert, cleared).alert();
    }

    private Alert closed() {
        Alert alert = resolvedAndCleared();
        return applied(workflow.handle(alert, new Close("chen.jing", true, "verified on site", THREE_HOURS_LATER,
                alert.version())));
    }

    @Test
    void goesFromOpenThroughAcceptedAssignedAndResolvedToClosedWithAVersionAndAuditEntryPerStep() {
        Alert alert = closed();

        assertThat(alert.state()).isEqualTo(WorkflowState.CLOSED);
        assertThat(alert.condition()).isEqualTo(ConditionStatus.CLEARED);
        assertThat(alert.version()).isEqualTo(6);
        assertThat(alert.assignedTo()).contains("env-inspection-team-2");
        assertThat(alert.audit()).extracting(AuditEntry::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(alert.audit()).extracting(AuditEntry::action).containsExactly(AuditAction.OPENED,
                AuditAction.ACCEPTED, AuditAction.ASSIGNED, AuditAction.RESOLVED, AuditAction.CONDITION_CLEARED,
                AuditAction.CLOSED);
        assertThat(alert.audit()).extracting(AuditEntry::actor).containsExactly(AuditEntry.SYSTEM, "li.wei", "li.wei",
                "zhang.min", AuditEntry.SYSTEM, "chen.jing");
        assertThat(alert.audit()).extracting(AuditEntry::to).containsExactly(WorkflowState.OPEN, WorkflowState.ACCEPTED,
                WorkflowState.ASSIGNED, WorkflowState.RESOLVED, WorkflowState.RESOLVED, WorkflowState.CLOSED);
        AuditEntry resolvedEntry = alert.audit().get(3);
        assertThat(resolvedEntry.at()).isEqualTo(TWO_HOURS_LATER);
        assertThat(resolvedEntry.note()).isEqualTo("construction site watered and covered");
        assertThat(resolvedEntry.from()).isEqualTo(WorkflowState.ASSIGNED);
        assertThat(alert.audit().get(2).note()).isEqualTo("to env-inspection-team-2");
        assertThat(alert.acceptOverdue()).isFalse();
        assertThat(alert.resolveOverdue()).isFalse();
        assertThat(alert.lastTransition().action()).isEqualTo(AuditAction.CLOSED);
    }

    @Test
    void rejectsACommandIssuedAgainstAStaleVersionWithTheCurrentState() {
        Alert alert = accepted(); // version 2; a second operator still looks at version 1

        CommandResult result = workflow.handle(alert, new Accept("wang.fang", null, TWENTY_MINUTES_LATER, 1));

        assertThat(result).isInstanceOfSatisfying(Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(Reason.STALE_VERSION);
            assertThat(rejected.detail()).contains("version 1").contains("version 2");
            assertThat(rejected.alert()).isEqualTo(alert);
        });
    }

    @Test
    void rejectsACommandAheadOfTheCurrentVersionToo() {
        Alert alert = opened();

        CommandResult result = workflow.handle(alert, new Accept("li.wei", null, TEN_MINUTES_LATER, 7));

        assertThat(result).isInstanceOfSatisfying(Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(Reason.STALE_VERSION));
    }

    static Stream<Arguments> invalidTransitions() {
        Function<Alert, AlertCommand> accept = a -> new Accept("op", null, THREE_HOURS_LATER, a.version());
        Function<Alert, AlertCommand> assign = a -> new Assign("op", "team", null, THREE_HOURS_LATER, a.version());
        Function<Alert, AlertCommand> resolve = a -> new Resolve("op", "done", THREE_HOURS_LATER, a.version());
        Function<Alert, AlertCommand> close = a -> new Close("op", true, null, THREE_HOURS_LATER, a.version());
        Function<Alert, AlertCommand> reopen = a -> new Reopen("op", "again", THREE_HOURS_LATER, a.version());
        return Stream.of(
                Arguments.of("assign an open alert", WorkflowState.OPEN, assign, "cannot assign an alert that is OPEN"),
                Arguments.of("resolve an open alert", WorkflowState.OPEN, resolve, "cannot resolve"),
                Arguments.of("close an open alert", WorkflowState.OPEN, close, "cannot close"),
                Arguments.of("reopen an open alert", WorkflowState.OPEN, reopen, "cannot reopen"),
                Arguments.of("accept an accepted alert", WorkflowState.ACCEPTED, accept, "cannot accept"),
                Arguments.of("resolve an accepted alert", WorkflowState.ACCEPTED, resolve, "only an assigned alert"),
                Arguments.of("accept an assigned alert", WorkflowState.ASSIGNED, accept, "cannot accept"),
                Arguments.of("close an assigned alert", WorkflowState.ASSIGNED, close, "only a resolved alert"),
                Arguments.of("assign a resolved alert", WorkflowState.RESOLVED, assign, "cannot assign"),
                Arguments.of("close a resolved alert whose condition is active", WorkflowState.RESOLVED, close,
                        "condition is still active"),
                Arguments.of("accept a closed alert", WorkflowState.CLOSED, accept, "cannot accept"),
                Arguments.of("close a closed alert", WorkflowState.CLOSED, close, "cannot close"));
    }

    @ParameterizedTest(name = "cannot {0}")
    @MethodSource("invalidTransitions")
    void rejectsInvalidTransitionsWithAReasonAndLeavesTheAlertAsItWas(String scenario, WorkflowState state,
                                                                     Function<Alert, AlertCommand> command,
                                                                     String because) {
        Alert alert = switch (state) {
            case OPEN -> opened();
            case ACCEPTED -> accepted();
            case ASSIGNED -> assigned();
            case RESOLVED -> resolved();
            case CLOSED -> closed();
            case REOPENED -> throw new IllegalArgumentException("not used here");
        };

        CommandResult result = workflow.handle(alert, command.apply(alert));

        assertThat(result).isInstanceOfSatisfying(Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(Reason.INVALID_TRANSITION);
            assertThat(rejected.detail()).contains(because);
            assertThat(rejected.alert()).isSameAs(alert);
        });
    }

    @Test
    void rejectsCommandsMissingAnActorAnAssigneeOrARequiredNote() {
        Alert open = opened();
        Alert accepted = accepted();
        Alert assigned = assigned();
        Alert resolved = resolved();

        assertThat(List.of(
                workflow.handle(open, new Accept(" ", null, TEN_MINUTES_LATER, open.version())),
                workflow.handle(accepted, new Assign("li.wei", "", null, TEN_MINUTES_LATER, accepted.version())),
                workflow.handle(assigned, new Resolve("li.wei", null, TEN_MINUTES_LATER, assigned.version())),
                workflow.handle(resolved, new Reopen("li.wei", " ", TEN_MINUTES_LATER, resolved.version())),
                workflow.handle(resolved, new Close("li.wei", false, null, TEN_MINUTES_LATER, resolved.version()))))
                .allSatisfy(result -> assertThat(result).isInstanceOfSatisfying(Rejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(Reason.INVALID_COMMAND)));
    }

    @Test
    void aFailedVerificationReopensTheResolvedAlert() {
        Alert alert = resolvedAndCleared();

        Alert reopened = applied(workflow.handle(alert, new Close("chen.jing", false, "dust still visible",
                THREE_HOURS_LATER, alert.version())));

        assertThat(reopened.state()).isEqualTo(WorkflowState.REOPENED);
        assertThat(reopened.lastTransition().action()).isEqualTo(AuditAction.REOPENED);
        assertThat(reopened.lastTransition().note()).isEqualTo("verification failed: dust still visible");
        assertThat(reopened.cycleStartedAt()).isEqualTo(THREE_HOURS_LATER);
        assertThat(reopened.version()).isEqualTo(alert.version() + 1);
    }

    @Test
    void anOperatorCanReopenAClosedAlertAndItMustBeAcceptedAgain() {
        Alert alert = closed();

        Alert reopened = applied(workflow.handle(alert, new Reopen("chen.jing", "residents report dust again",
                THREE_HOURS_LATER.plusSeconds(600), alert.version())));
        Alert reaccepted = applied(workflow.handle(reopened, new Accept("li.wei", null,
                THREE_HOURS_LATER.plusSeconds(900), reopened.version())));

        assertThat(reopened.state()).isEqualTo(WorkflowState.REOPENED);
        assertThat(reopened.condition()).isEqualTo(ConditionStatus.CLEARED);
        assertThat(reaccepted.state()).isEqualTo(WorkflowState.ACCEPTED);
        assertThat(reaccepted.audit()).extracting(AuditEntry::action).endsWith(AuditAction.CLOSED, AuditAction.REOPENED,
                AuditAction.ACCEPTED);
    }

    @Test
    void theConditionReturningReopensAClosedAlertAtTheHigherSeverity() {
        Alert alert = closed();
        Instant returnedAt = THREE_HOURS_LATER.plus(Duration.ofHours(1));

        AlertWorkflow.Change change = workflow.onCondition(alert, raised("230", Severity.WARNING, returnedAt));

        assertThat(change.transitions()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.REOPENED);
            assertThat(entry.actor()).isEqualTo(AuditEntry.SYSTEM);
            assertThat(entry.from()).isEqualTo(WorkflowState.CLOSED);
        });
        assertThat(change.alert().state()).isEqualTo(WorkflowState.REOPENED);
        assertThat(change.alert().condition()).isEqualTo(ConditionStatus.ACTIVE);
        assertThat(change.alert().severity()).isEqualTo(Severity.WARNING);
        assertThat(change.alert().current()).isEqualByComparingTo("230");
        assertThat(change.alert().peak()).isEqualByComparingTo("230");
        assertThat(change.alert().cycleStartedAt()).isEqualTo(returnedAt);
    }

    @Test
    void theConditionReturningWhileTheAlertIsStillHandledOnlyMarksItActive() {
        Alert alert = assigned();
        Alert cleared = workflow.onCondition(alert, new Cleared(RULE.id(), RAISED_AT, ONE_HOUR_LATER,
                new BigDecimal("160"), new BigDecimal("90"))).alert();

        AlertWorkflow.Change change = workflow.onCondition(cleared, raised("170", Severity.INFO, TWO_HOURS_LATER));

        assertThat(cleared.condition()).isEqualTo(ConditionStatus.CLEARED);
        assertThat(change.alert().state()).isEqualTo(WorkflowState.ASSIGNED);
        assertThat(change.alert().condition()).isEqualTo(ConditionStatus.ACTIVE);
        assertThat(change.transitions()).extracting(AuditEntry::action).containsExactly(AuditAction.CONDITION_RETURNED);
    }

    @Test
    void valueUpdatesAtTheSameSeverityDoNotChangeTheVersion() {
        Alert alert = accepted();

        AlertWorkflow.Change change = workflow.onCondition(alert, new Updated(RULE.id(), RAISED_AT, ONE_HOUR_LATER,
                new BigDecimal("190"), new BigDecimal("175"), Severity.INFO, Severity.INFO));

        assertThat(change.transitions()).isEmpty();
        assertThat(change.alert().version()).isEqualTo(alert.version());
        assertThat(change.alert().peak()).isEqualByComparingTo("190");
        assertThat(change.alert().current()).isEqualByComparingTo("175");
        assertThat(change.alert().lastSeen()).isEqualTo(ONE_HOUR_LATER);
        // so an operator who saw the accepted alert can still assign it
        assertThat(workflow.handle(change.alert(), new Assign("li.wei", "team", null, ONE_HOUR_LATER, alert.version())))
                .isInstanceOf(Applied.class);
    }

    @Test
    void aConditionCrossingAHigherLevelRaisesTheAlertsSeverity() {
        Alert alert = accepted();

        AlertWorkflow.Change change = workflow.onCondition(alert, new Updated(RULE.id(), RAISED_AT, ONE_HOUR_LATER,
                new BigDecimal("320"), new BigDecimal("320"), Severity.CRITICAL, Severity.INFO));

        assertThat(change.transitions()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SEVERITY_RAISED);
            assertThat(entry.severity()).isEqualTo(Severity.CRITICAL);
        });
        assertThat(change.alert().severity()).isEqualTo(Severity.CRITICAL);
        assertThat(change.alert().state()).isEqualTo(WorkflowState.ACCEPTED);
        assertThat(change.alert().version()).isEqualTo(alert.version() + 1);
    }

    @Test
    void escalatesAnAlertNotAcceptedWithinTheAcceptLimitOnce() {
        Alert alert = opened();

        AlertWorkflow.Change early = workflow.onTime(alert, JUST_BEFORE_THE_ACCEPT_LIMIT);
        AlertWorkflow.Change due = workflow.onTime(alert, AT_THE_ACCEPT_LIMIT);
        AlertWorkflow.Change again = workflow.onTime(due.alert(), ONE_HOUR_LATER);

        assertThat(early.transitions()).isEmpty();
        assertThat(early.alert()).isEqualTo(alert);
        assertThat(due.transitions()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.ESCALATED);
            assertThat(entry.at()).isEqualTo(AT_THE_ACCEPT_LIMIT);
            assertThat(entry.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(due.alert().severity()).isEqualTo(Severity.WARNING);
        assertThat(due.alert().acceptOverdue()).isTrue();
        assertThat(due.alert().state()).isEqualTo(WorkflowState.OPEN);
        assertThat(again.transitions()).isEmpty();
    }

    @Test
    void anAcceptedAlertIsNotEscalatedButFlaggedWhenNotResolvedInTime() {
        Alert alert = assigned();

        AlertWorkflow.Change atAcceptLimit = workflow.onTime(alert, AT_THE_ACCEPT_LIMIT);
        AlertWorkflow.Change atResolveLimit = workflow.onTime(alert, AT_THE_RESOLVE_LIMIT);

        assertThat(atAcceptLimit.transitions()).isEmpty();
        assertThat(atResolveLimit.transitions()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.RESOLVE_OVERDUE);
        assertThat(atResolveLimit.alert().resolveOverdue()).isTrue();
        assertThat(atResolveLimit.alert().severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void anAlertIgnoredPastBothLimitsIsEscalatedAndFlaggedInOneCheck() {
        AlertWorkflow.Change change = workflow.onTime(opened(), AT_THE_RESOLVE_LIMIT);

        assertThat(change.transitions()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.ESCALATED, AuditAction.RESOLVE_OVERDUE);
        assertThat(change.transitions()).extracting(AuditEntry::version).containsExactly(2L, 3L);
        assertThat(change.alert().version()).isEqualTo(3);
    }

    @Test
    void anAcceptanceAfterTheLimitIsFlaggedOverdueEvenWithoutATimerCheck() {
        Alert alert = opened();

        Alert accepted = applied(workflow.handle(alert, new Accept("li.wei", null, ONE_HOUR_LATER, alert.version())));

        assertThat(accepted.acceptOverdue()).isTrue();
    }

    @Test
    void namesTheNextDeadlineForTheCallersTimer() {
        Alert open = opened();
        Alert escalated = workflow.onTime(open, AT_THE_ACCEPT_LIMIT).alert();

        assertThat(workflow.nextDeadline(open)).contains(AT_THE_ACCEPT_LIMIT);
        assertThat(workflow.nextDeadline(escalated)).contains(AT_THE_RESOLVE_LIMIT);
        assertThat(workflow.nextDeadline(closed())).isEmpty();
    }

    @Test
    void alertsSurviveJavaSerializationUnchanged() throws Exception {
        Alert alert = closed();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(alert);
            out.writeObject(workflow);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(alert);
            assertThat(in.readObject()).isInstanceOf(AlertWorkflow.class);
        }
    }
}
