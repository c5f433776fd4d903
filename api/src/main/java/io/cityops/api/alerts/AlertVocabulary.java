package io.cityops.api.alerts;

import java.util.List;

/** The workflow states and severities of docs/alerts.md, in their order. */
public final class AlertVocabulary {

    public static final List<String> STATES = List.of("open", "accepted", "assigned", "resolved", "closed", "reopened");
    public static final List<String> SEVERITIES = List.of("info", "warning", "critical");

    private AlertVocabulary() {
    }
}
