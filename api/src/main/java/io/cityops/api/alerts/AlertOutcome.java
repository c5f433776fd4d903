package io.cityops.api.alerts;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * How one alert fared against its time limits, read from its audit trail. The limits count from the
 * opening. When the alert carries them ({@code acceptWithin}, {@code resolveWithin}, ISO-8601
 * durations) they decide; otherwise the job's own overdue markers do: an {@code escalated} entry before
 * acceptance means accepted late, a {@code resolve_overdue} entry before resolution means resolved late.
 *
 * @param acceptanceDue  accepted, or overdue for acceptance: the alert counts in the acceptance rate
 * @param resolutionDue  resolved, or overdue for resolution: the alert counts in the resolution rate
 * @param timeToResolve  opening to first resolution, when resolved
 */
record AlertOutcome(boolean acceptanceDue, boolean acceptedOnTime, boolean resolutionDue, boolean resolvedOnTime,
                    boolean closed, @Nullable Duration timeToResolve) {

    static AlertOutcome of(Alert alert, Instant now) {
        List<AuditEntry> audit = alert.audit();
        Optional<Instant> opened = alert.openedAt();
        Optional<AuditEntry> accepted = first(audit, "accepted");
        Optional<AuditEntry> escalated = first(audit, "escalated");
        Optional<AuditEntry> resolved = first(audit, "resolved");
        Optional<AuditEntry> resolveOverdue = first(audit, "resolve_overdue");
        Optional<Duration> acceptWithin = limit(alert, "acceptWithin");
        Optional<Duration> resolveWithin = limit(alert, "resolveWithin");

        boolean acceptLate = acceptWithin.isPresent()
                ? late(opened, accepted, acceptWithin.get())
                : escalated.isPresent() && accepted.map(a -> escalated.get().version() < a.version()).orElse(true);
        boolean acceptanceDue = accepted.isPresent() || escalated.isPresent() || alert.json().path("acceptOverdue").asBoolean()
                || overdueNow(opened, accepted, acceptWithin, now);
        boolean resolveLate = resolveWithin.isPresent()
                ? late(opened, resolved, resolveWithin.get())
                : resolveOverdue.isPresent() && resolved.map(r -> resolveOverdue.get().version() < r.version()).orElse(true);
        boolean resolutionDue = resolved.isPresent() || resolveOverdue.isPresent()
                || alert.json().path("resolveOverdue").asBoolean() || overdueNow(opened, resolved, resolveWithin, now);
        Duration timeToResolve = opened.isPresent() && resolved.flatMap(AuditEntry::at).isPresent()
                ? Duration.between(opened.get(), resolved.get().at().get()) : null;
        return new AlertOutcome(acceptanceDue, accepted.isPresent() && !acceptLate, resolutionDue,
                resolved.isPresent() && !resolveLate, "closed".equals(alert.state()), timeToResolve);
    }

    private static Optional<AuditEntry> first(List<AuditEntry> audit, String action) {
        return audit.stream().filter(entry -> entry.is(action)).findFirst();
    }

    private static Optional<Duration> limit(Alert alert, String field) {
        String text = Alert.text(alert.json(), field);
        try {
            return text == null ? Optional.empty() : Optional.of(Duration.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean late(Optional<Instant> opened, Optional<AuditEntry> done, Duration limit) {
        if (opened.isEmpty() || done.flatMap(AuditEntry::at).isEmpty()) {
            return true;
        }
        return Duration.between(opened.get(), done.get().at().get()).compareTo(limit) > 0;
    }

    /** Not done yet, and the limit the alert carries has run out by now. */
    private static boolean overdueNow(Optional<Instant> opened, Optional<AuditEntry> done, Optional<Duration> limit,
                                      Instant now) {
        return done.isEmpty() && limit.isPresent() && opened.isPresent() && now.isAfter(opened.get().plus(limit.get()));
    }
}
