package io.cityops.jobs.alerts;

import java.io.Serializable;

/**
 * What an alert says beside the workflow: the region its subject lies in and the figures behind the
 * latest value (both from the latest observation), and whether it was raised while replaying history.
 */
public record AlertFacts(String region, String detail, boolean replayed) implements Serializable {
}
