package io.cityops.api.alerts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an operator can ask of an alert (the {@code action} of a command, docs/alerts.md). */
enum AlertAction {
    ACCEPT, ASSIGN, RESOLVE, CLOSE, REOPEN;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<AlertAction> fromWireName(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName().equals(name)).findFirst();
    }

    static String names() {
        return Arrays.stream(values()).map(AlertAction::wireName).collect(Collectors.joining(", "));
    }
}
