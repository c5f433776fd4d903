package io.cityops.jobs.alerts.rules;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One alert of one rule for one subject: workflow state beside condition state, the values seen, the
 * version that guards operator commands and the full audit trail. Immutable; {@link AlertWorkflow}
 * returns changed copies.
 *
 * @param cycleStartedAt when the alert was opened or last reopened; time limits count from here
 * @param assignee the team or person it was last assigned to, or null
 */
public record Alert(
        String id,
        String ruleId,
        String subject,
        WorkflowState state,
        ConditionStatus condition,
        Severity severity,
        long version,
        Instant firstSeen,
        Instant openedAt,
        Instant cycleStartedAt,
        Instant lastSeen,
        BigDecimal peak,
        BigDecimal current,
        String assignee,
        boolean acceptOverdue,
        boolean resolveOverdue,
        List<AuditEntry> audit) implements Serializable {

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(cycleStartedAt, "cycleStartedAt");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(peak, "peak");
        Objects.requireNonNull(current, "current");
        audit = List.copyOf(audit);
        if (audit.size() != version) {
            throw new IllegalArgumentException("alert " + id + ": version " + version
                    + " must equal the number of audit entries (" + audit.size() + ")");
        }
    }

    public Optional<String> assignedTo() {
        return Optional.ofNullable(assignee);
    }

    /** The latest audit entry: the transition that produced this version. */
    public AuditEntry lastTransition() {
        return audit.get(audit.size() - 1);
    }

    Alert withValues(Instant lastSeen, BigDecimal peak, BigDecimal current) {
        return new Alert(id, ruleId, subject, state, condition, severity, version, firstSeen, openedAt, cycleStartedAt,
                lastSeen, peak, current, assignee, acceptOverdue, resolveOverdue, audit);
    }

    /**
     * The next version: a changed copy with one more audit entry. Arguments left null keep their
     * current value, except {@code assignee}, which is passed explicitly.
     */
    Alert next(AuditEntry entry, ConditionStatus condition, Instant cycleStartedAt, String assignee,
               boolean acceptOverdue, boolean resolveOverdue) {
        List<AuditEntry> trail = new ArrayList<>(audit.size() + 1);
        trail.addAll(audit);
        trail.add(entry);
        return new Alert(id, ruleId, subject, entry.to(), condition == null ? this.condition : condition,
                entry.severity(), entry.version(), firstSeen, openedAt,
                cycleStartedAt == null ? this.cycleStartedAt : cycleStartedAt, lastSeen, peak, current, assignee,
                acceptOverdue, resolveOverdue, trail);
    }
}
