package io.cityops.jobs.alerts;

import java.math.BigDecimal;

/**
 * One transition flattened for InfluxDB ({@link io.cityops.ingest.schema.AlertSeries}): the audit entry
 * and the alert's figures after it.
 */
public record AlertTransitionRow(String alertId, String ruleId, String kind, String subjectType, String subject,
                                 String region, String action, long version, long atMs, String from, String to,
                                 String severity, String condition, String actor, String note, String assignee,
                                 boolean acceptOverdue, boolean resolveOverdue, boolean replayed, BigDecimal current,
                                 BigDecimal peak, String commandId) {
}
