package io.cityops.api.alerts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import java.util.Optional;

/** A record of {@code city.alerts} at its offset: a transition of an alert or a rejected command. */
public sealed interface AlertEvent {

    String TRANSITION = "transition";
    String REJECTION = "rejection";

    long offset();

    /** {@value #TRANSITION} or {@value #REJECTION}: the record's own {@code type}. */
    String type();

    /** The record as written, for clients that want it whole. */
    ObjectNode json();

    Optional<String> commandId();

    /** The alert after the transition, or as it stood when the command was rejected (absent for an unknown alert). */
    Optional<Alert> alert();

    String alertId();

    /** An alert raised while the job replayed history: shown, but paging no one. */
    default boolean replayed() {
        return alert().map(Alert::replayed).orElse(false);
    }

    record Transition(long offset, ObjectNode json, @Nullable String commandIdOrNull, Alert current) implements AlertEvent {
        @Override
        public String type() {
            return TRANSITION;
        }

        @Override
        public Optional<String> commandId() {
            return Optional.ofNullable(commandIdOrNull);
        }

        @Override
        public Optional<Alert> alert() {
            return Optional.of(current);
        }

        @Override
        public String alertId() {
            return current.id();
        }

        public long version() {
            return current.version();
        }
    }

    /**
     * @param reason one of {@code stale_version}, {@code invalid_transition}, {@code invalid_command},
     *               {@code unknown_alert}
     */
    record Rejection(long offset, ObjectNode json, @Nullable String commandIdOrNull, String alertId, String reason,
                     @Nullable String detail, @Nullable Alert current) implements AlertEvent {
        @Override
        public String type() {
            return REJECTION;
        }

        @Override
        public Optional<String> commandId() {
            return Optional.ofNullable(commandIdOrNull);
        }

        @Override
        public Optional<Alert> alert() {
            return Optional.ofNullable(current);
        }
    }
}
