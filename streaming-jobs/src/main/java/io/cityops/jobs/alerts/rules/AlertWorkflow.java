package io.cityops.jobs.alerts.rules;

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
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The closed loop of one rule's alerts as a pure state machine: open → accepted → assigned →
 * resolved → closed, reopened from resolved or closed. The single writer of alert state (a keyed
 * Flink function) feeds it condition outcomes, operator commands and timer firings; every change
 * it accepts bumps the version by one and appends one audit entry, which is also the transition
 * to publish.
 *
 * <p>Value-only updates (new current or peak value at the same severity) change the alert but not
 * its version, so a steady stream of readings does not make every operator command stale.
 */
public final class AlertWorkflow implements Serializable {

    private final AlertRule rule;

    public AlertWorkflow(AlertRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** The alert after a system event and the transitions it went through (possibly none). */
    public record Change(Alert alert, List<AuditEntry> transitions) implements Serializable {
        public Change {
            Objects.requireNonNull(alert, "alert");
            transitions = List.copyOf(transitions);
        }
    }

    /** A new alert for a raised condition, at version 1. */
    public Alert open(String alertId, String subject, Raised raised) {
        requireRule(raised.ruleId());
        AuditEntry opened = new AuditEntry(1, AuditAction.OPENED, AuditEntry.SYSTEM, raised.raisedAt(),
                "value " + raised.current().toPlainString() + " beyond " + rule.raiseThreshold().toPlainString(),
                null, WorkflowState.OPEN, raised.severity());
        return new Alert(alertId, rule.id(), subject, WorkflowState.OPEN, ConditionStatus.ACTIVE, raised.severity(), 1,
                raised.firstSeen(), raised.raisedAt(), raised.raisedAt(), raised.raisedAt(), raised.peak(),
                raised.current(), null, false, false, List.of(opened));
    }

    /**
     * Applies what the condition tracker said. A condition that returns on a resolved or closed alert
     * reopens it; on an alert still being handled it only marks the condition active again.
     */
    public Change onCondition(Alert alert, ConditionOutcome outcome) {
        requireRule(outcome.ruleId());
        if (outcome instanceof Raised raised) {
            return conditionReturned(alert.withValues(raised.raisedAt(), worse(alert, raised.peak()), raised.current()),
                    raised);
        }
        if (outcome instanceof Updated updated) {
            Alert valued = alert.withValues(updated.lastSeen(), worse(alert, updated.peak()), updated.current());
            if (updated.severity().compareTo(alert.severity()) <= 0) {
                return new Change(valued, List.of());
            }
            AuditEntry raisedSeverity = entry(alert, AuditAction.SEVERITY_RAISED, AuditEntry.SYSTEM, updated.lastSeen(),
                    "value " + updated.current().toPlainString(), alert.state(), updated.severity());
            return applied(valued, raisedSeverity, null);
        }
        if (outcome instanceof Cleared cleared) {
            Alert valued = alert.withValues(cleared.clearedAt(), worse(alert, cleared.peak()), cleared.current());
            if (alert.condition() == ConditionStatus.CLEARED) {
                return new Change(valued, List.of());
            }
            AuditEntry entry = entry(alert, AuditAction.CONDITION_CLEARED, AuditEntry.SYSTEM, cleared.clearedAt(),
                    "value " + cleared.current().toPlainString(), alert.state(), alert.severity());
            return new Change(valued.next(entry, ConditionStatus.CLEARED, null, alert.assignee(),
                    alert.acceptOverdue(), alert.resolveOverdue()), List.of(entry));
        }
        return new Change(alert, List.of()); // pending: nothing to tell operators yet
    }

    /** Checks the rule's time limits at {@code now}: escalates an unaccepted alert, flags overdue ones. */
    public Change onTime(Alert alert, Instant now) {
        List<AuditEntry> transitions = new ArrayList<>();
        Alert current = alert;
        Optional<Instant> acceptBy = acceptDeadline(current);
        if (acceptBy.isPresent() && !now.isBefore(acceptBy.get())) {
            AuditEntry escalated = entry(current, AuditAction.ESCALATED, AuditEntry.SYSTEM, now,
                    "not accepted within " + rule.limits().acceptWithin(), current.state(), current.severity().escalated());
            current = current.next(escalated, null, null, current.assignee(), true, current.resolveOverdue());
            transitions.add(escalated);
        }
        Optional<Instant> resolveBy = resolveDeadline(current);
        if (resolveBy.isPresent() && !now.isBefore(resolveBy.get())) {
            AuditEntry overdue = entry(current, AuditAction.RESOLVE_OVERDUE, AuditEntry.SYSTEM, now,
                    "not resolved within " + rule.limits().resolveWithin(), current.state(), current.severity());
            current = current.next(overdue, null, null, current.assignee(), current.acceptOverdue(), true);
            transitions.add(overdue);
        }
        return new Change(current, transitions);
    }

    /** When {@link #onTime} next has something to do, for the caller's timer; empty when nothing is due. */
    public Optional<Instant> nextDeadline(Alert alert) {
        Optional<Instant> accept = acceptDeadline(alert);
        Optional<Instant> resolve = resolveDeadline(alert);
        if (accept.isPresent() && resolve.isPresent()) {
            return Optional.of(accept.get().isBefore(resolve.get()) ? accept.get() : resolve.get());
        }
        return accept.isPresent() ? accept : resolve;
    }

    /** Applies an operator command, or rejects it with the alert as it stands and the reason. */
    public CommandResult handle(Alert alert, AlertCommand command) {
        Objects.requireNonNull(command, "command");
        if (command.expectedVersion() != alert.version()) {
            return new Rejected(alert, Reason.STALE_VERSION, "issued against version " + command.expectedVersion()
                    + " but the alert is at version " + alert.version() + " (" + alert.state() + ")");
        }
        if (isBlank(command.actor())) {
            return new Rejected(alert, Reason.INVALID_COMMAND, "an actor is required");
        }
        if (command instanceof Accept accept) {
            return accept(alert, accept);
        }
        if (command instanceof Assign assign) {
            return assign(alert, assign);
        }
        if (command instanceof Resolve resolve) {
            return resolve(alert, resolve);
        }
        if (command instanceof Close close) {
            return close(alert, close);
        }
        return reopen(alert, (Reopen) command);
    }

    private CommandResult accept(Alert alert, Accept c) {
        if (!alert.state().awaitsAcceptance()) {
            return invalid(alert, "accept", "only an open or reopened alert can be accepted");
        }
        boolean late = alert.acceptOverdue() || acceptLimitPassed(alert, c.at());
        AuditEntry e = entry(alert, AuditAction.ACCEPTED, c.actor(), c.at(), c.note(), WorkflowState.ACCEPTED, alert.severity());
        return new Applied(alert.next(e, null, null, alert.assignee(), late, alert.resolveOverdue()), e);
    }

    private CommandResult assign(Alert alert, Assign c) {
        if (isBlank(c.assignee())) {
            return new Rejected(alert, Reason.INVALID_COMMAND, "an assignee is required");
        }
        if (alert.state() != WorkflowState.ACCEPTED && alert.state() != WorkflowState.ASSIGNED) {
            return invalid(alert, "assign", "only an accepted or assigned alert can be (re)assigned");
        }
        AuditEntry e = entry(alert, AuditAction.ASSIGNED, c.actor(), c.at(), noteFor(c.assignee(), c.note()),
                WorkflowState.ASSIGNED, alert.severity());
        return new Applied(alert.next(e, null, null, c.assignee(), alert.acceptOverdue(), alert.resolveOverdue()), e);
    }

    private CommandResult resolve(Alert alert, Resolve c) {
        if (isBlank(c.note())) {
            return new Rejected(alert, Reason.INVALID_COMMAND, "resolving needs a feedback note");
        }
        if (alert.state() != WorkflowState.ASSIGNED) {
            return invalid(alert, "resolve", "only an assigned alert can be resolved");
        }
        boolean late = alert.resolveOverdue() || resolveLimitPassed(alert, c.at());
        AuditEntry e = entry(alert, AuditAction.RESOLVED, c.actor(), c.at(), c.note(), WorkflowState.RESOLVED, alert.severity());
        return new Applied(alert.next(e, null, null, alert.assignee(), alert.acceptOverdue(), late), e);
    }

    private CommandResult close(Alert alert, Close c) {
        if (alert.state() != WorkflowState.RESOLVED) {
            return invalid(alert, c.verified() ? "close" : "fail verification of", "only a resolved alert can be verified");
        }
        if (!c.verified()) {
            if (isBlank(c.note())) {
                return new Rejected(alert, Reason.INVALID_COMMAND, "a failed verification needs a note");
            }
            return reopened(alert, c.actor(), c.at(), "verification failed: " + c.note(), alert.severity(), null);
        }
        if (alert.condition() == ConditionStatus.ACTIVE) {
            return invalid(alert, "close", "the condition is still active, so the fix cannot be verified yet");
        }
        AuditEntry e = entry(alert, AuditAction.CLOSED, c.actor(), c.at(), c.note(), WorkflowState.CLOSED, alert.severity());
        return new Applied(alert.next(e, null, null, alert.assignee(), alert.acceptOverdue(), alert.resolveOverdue()), e);
    }

    private CommandResult reopen(Alert alert, Reopen c) {
        if (isBlank(c.note())) {
            return new Rejected(alert, Reason.INVALID_COMMAND, "reopening needs a note saying why");
        }
        if (!alert.state().isSettled()) {
            return invalid(alert, "reopen", "only a resolved or closed alert can be reopened");
        }
        return reopened(alert, c.actor(), c.at(), c.note(), alert.severity(), null);
    }

    private Change conditionReturned(Alert alert, Raised raised) {
        Severity severity = alert.severity().atLeast(raised.severity());
        if (alert.state().isSettled()) {
            Applied reopened = reopened(alert, AuditEntry.SYSTEM, raised.raisedAt(),
                    "condition returned: value " + raised.current().toPlainString(), severity, ConditionStatus.ACTIVE);
            return new Change(reopened.alert(), List.of(reopened.transition()));
        }
        if (alert.condition() == ConditionStatus.ACTIVE) {
            return new Change(alert, List.of());
        }
        AuditEntry e = entry(alert, AuditAction.CONDITION_RETURNED, AuditEntry.SYSTEM, raised.raisedAt(),
                "value " + raised.current().toPlainString(), alert.state(), severity);
        return applied(alert, e, ConditionStatus.ACTIVE);
    }

    /** {@code condition} null keeps the alert's condition status; the condition returning marks it active. */
    private Applied reopened(Alert alert, String actor, Instant at, String note, Severity severity,
                             ConditionStatus condition) {
        AuditEntry e = entry(alert, AuditAction.REOPENED, actor, at, note, WorkflowState.REOPENED, severity);
        // A reopened alert starts a new cycle: its time limits count again from now.
        return new Applied(alert.next(e, condition, at, alert.assignee(), false, false), e);
    }

    private Change applied(Alert alert, AuditEntry entry, ConditionStatus condition) {
        return new Change(alert.next(entry, condition, null, alert.assignee(), alert.acceptOverdue(),
                alert.resolveOverdue()), List.of(entry));
    }

    private Optional<Instant> acceptDeadline(Alert alert) {
        if (!alert.state().awaitsAcceptance() || alert.acceptOverdue()) {
            return Optional.empty();
        }
        return rule.limits().accept().map(alert.cycleStartedAt()::plus);
    }

    private Optional<Instant> resolveDeadline(Alert alert) {
        if (alert.state().isSettled() || alert.resolveOverdue()) {
            return Optional.empty();
        }
        return rule.limits().resolve().map(alert.cycleStartedAt()::plus);
    }

    private boolean acceptLimitPassed(Alert alert, Instant at) {
        return rule.limits().accept().map(limit -> at.isAfter(alert.cycleStartedAt().plus(limit))).orElse(false);
    }

    private boolean resolveLimitPassed(Alert alert, Instant at) {
        return rule.limits().resolve().map(limit -> at.isAfter(alert.cycleStartedAt().plus(limit))).orElse(false);
    }

    private BigDecimal worse(Alert alert, BigDecimal value) {
        return rule.direction().worse(alert.peak(), value);
    }

    private static AuditEntry entry(Alert alert, AuditAction action, String actor, Instant at, String note,
                                    WorkflowState to, Severity severity) {
        return new AuditEntry(alert.version() + 1, action, actor, at, note, alert.state(), to, severity);
    }

    private static Rejected invalid(Alert alert, String verb, String why) {
        return new Rejected(alert, Reason.INVALID_TRANSITION, "cannot " + verb + " an alert that is "
                + alert.state() + ": " + why);
    }

    private static String noteFor(String assignee, String note) {
        return isBlank(note) ? "to " + assignee : "to " + assignee + ": " + note;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private void requireRule(String ruleId) {
        if (!rule.id().equals(ruleId)) {
            throw new IllegalArgumentException("outcome of rule " + ruleId + " given to the workflow of rule " + rule.id());
        }
    }
}
