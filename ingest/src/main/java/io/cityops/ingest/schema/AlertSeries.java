package io.cityops.ingest.schema;

/**
 * The alert transitions series in InfluxDB, written by the alert job, one point per transition. A
 * point's identity is measurement + tags + time: the alert id and the action are tags, so two
 * transitions never share one, and a transition written again after a recovery overwrites itself.
 */
public final class AlertSeries {

    public static final String MEASUREMENT = "alert_transitions";

    /** Tag: the alert id, {@code {ruleId}:{subject}:{n}}. */
    public static final String TAG_ALERT = "alert_id";
    public static final String TAG_RULE = "rule";
    /** Tag: air, energy or network. */
    public static final String TAG_KIND = "kind";
    /** Tag: the region the subject lies in; absent when unknown. */
    public static final String TAG_REGION = "region";
    public static final String TAG_SUBJECT_TYPE = "subject_type";
    /** Tag: the audit action, for instance {@code opened}, {@code escalated}, {@code closed}. */
    public static final String TAG_ACTION = "action";

    public static final String FIELD_SUBJECT = "subject";
    /** The alert's version after the transition. */
    public static final String FIELD_VERSION = "version";
    /** Workflow state before ({@code from}, absent for {@code opened}) and after ({@code to}). */
    public static final String FIELD_FROM = "from";
    public static final String FIELD_TO = "to";
    public static final String FIELD_SEVERITY = "severity";
    /** The condition's own state after the transition: active or cleared. */
    public static final String FIELD_CONDITION = "condition";
    public static final String FIELD_ACTOR = "actor";
    public static final String FIELD_NOTE = "note";
    public static final String FIELD_ASSIGNEE = "assignee";
    public static final String FIELD_ACCEPT_OVERDUE = "accept_overdue";
    public static final String FIELD_RESOLVE_OVERDUE = "resolve_overdue";
    /** True when the alert was raised while replaying history (it pages no one). */
    public static final String FIELD_REPLAYED = "replayed";
    public static final String FIELD_CURRENT = "current";
    public static final String FIELD_PEAK = "peak";
    /** The operator command that caused it, absent for the job's own transitions. */
    public static final String FIELD_COMMAND_ID = "command_id";

    private AlertSeries() {
    }
}
