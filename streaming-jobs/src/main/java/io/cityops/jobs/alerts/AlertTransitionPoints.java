package io.cityops.jobs.alerts;

import io.cityops.ingest.schema.AlertSeries;
import io.cityops.jobs.influx.InfluxPoint;
import io.cityops.jobs.influx.InfluxPointConverter;
import java.time.Instant;
import java.util.List;

/** Transitions as points of {@link AlertSeries#MEASUREMENT}, stamped with the transition's time. */
public final class AlertTransitionPoints implements InfluxPointConverter<AlertTransitionRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public List<InfluxPoint> toPoints(AlertTransitionRow r) {
        InfluxPoint.Builder point = InfluxPoint.builder(AlertSeries.MEASUREMENT, Instant.ofEpochMilli(r.atMs()))
                .tag(AlertSeries.TAG_ALERT, r.alertId())
                .tag(AlertSeries.TAG_RULE, r.ruleId())
                .tag(AlertSeries.TAG_KIND, r.kind())
                .tag(AlertSeries.TAG_SUBJECT_TYPE, r.subjectType())
                .tag(AlertSeries.TAG_ACTION, r.action());
        if (r.region() != null && !r.region().isBlank()) {
            point.tag(AlertSeries.TAG_REGION, r.region());
        }
        point.field(AlertSeries.FIELD_SUBJECT, r.subject())
                .field(AlertSeries.FIELD_VERSION, r.version())
                .field(AlertSeries.FIELD_FROM, r.from())
                .field(AlertSeries.FIELD_TO, r.to())
                .field(AlertSeries.FIELD_SEVERITY, r.severity())
                .field(AlertSeries.FIELD_CONDITION, r.condition())
                .field(AlertSeries.FIELD_ACTOR, r.actor())
                .field(AlertSeries.FIELD_NOTE, oneLine(r.note()))
                .field(AlertSeries.FIELD_ASSIGNEE, r.assignee())
                .field(AlertSeries.FIELD_ACCEPT_OVERDUE, r.acceptOverdue())
                .field(AlertSeries.FIELD_RESOLVE_OVERDUE, r.resolveOverdue())
                .field(AlertSeries.FIELD_REPLAYED, r.replayed())
                .field(AlertSeries.FIELD_CURRENT, r.current())
                .field(AlertSeries.FIELD_PEAK, r.peak())
                .field(AlertSeries.FIELD_COMMAND_ID, r.commandId());
        return List.of(point.build());
    }

    /** Line protocol cannot carry newlines, and an operator's note may have some. */
    private static String oneLine(String note) {
        return note == null ? null : note.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
