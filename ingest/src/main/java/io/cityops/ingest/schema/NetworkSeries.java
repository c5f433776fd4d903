package io.cityops.ingest.schema;

/**
 * Names of the 5G network series in InfluxDB, shared by the job that writes them and the API that
 * reads them. Identities: KPIs by subject + resolution + span start; site states by site + period end;
 * outages by site + outage start (a restoration rewrites its outage's point); feed states by feed + time.
 */
public final class NetworkSeries {

    /** KPIs of cells, sites and regions per reporting period, hour and day. */
    public static final String KPI = "network_kpi";
    /** Every site's state at each period end. */
    public static final String SITE_STATUS = "network_site_status";
    /** One point per outage, at its start; rewritten on restoration. */
    public static final String OUTAGE = "network_outage";
    /** The counter feed's state: changes and a heartbeat per period. */
    public static final String FEED = "network_feed";

    /** Tag: cell, site or region id. */
    public static final String TAG_SUBJECT = "subject";
    /** Tag: {@link #SUBJECT_CELL}, {@link #SUBJECT_SITE} or {@link #SUBJECT_REGION}. */
    public static final String TAG_SUBJECT_TYPE = "subject_type";
    public static final String SUBJECT_CELL = "cell";
    public static final String SUBJECT_SITE = "site";
    public static final String SUBJECT_REGION = "region";
    /** Tag: {@code 15m}, {@code hour} or {@code day}. */
    public static final String TAG_RESOLUTION = "resolution";
    /** Tag: the site (cells, sites, statuses, outages). */
    public static final String TAG_SITE = "site";
    /** Tag: the sub-district a cell, site, status or outage belongs to; the region itself for regions. */
    public static final String TAG_REGION = "region";
    /** Tag: feed name. */
    public static final String TAG_FEED = "feed";

    /** End of the span, epoch ms (the point's time is its start). */
    public static final String FIELD_END = "end_ms";
    public static final String FIELD_AVAILABILITY_PCT = "availability_pct";
    public static final String FIELD_PRB_DL_PCT = "prb_dl_pct";
    public static final String FIELD_PRB_UL_PCT = "prb_ul_pct";
    public static final String FIELD_RRC_USERS = "rrc_users";
    public static final String FIELD_DL_MBPS = "dl_mbps";
    public static final String FIELD_UL_MBPS = "ul_mbps";
    public static final String FIELD_LATENCY_MS = "latency_ms";
    public static final String FIELD_TRAFFIC_GB = "traffic_gb";
    public static final String FIELD_POWER_W = "power_w";
    public static final String FIELD_ENERGY_KWH = "energy_kwh";
    public static final String FIELD_GB_PER_KWH = "gb_per_kwh";
    public static final String FIELD_BIT_PER_JOULE = "bit_per_joule";
    /** Cells: 1 when congested (at the period's end; hours and days: in any period), else 0. */
    public static final String FIELD_CONGESTED = "congested";
    /** Sites and regions: cells congested (hours and days: the most at once). */
    public static final String FIELD_CONGESTED_CELLS = "congested_cells";
    public static final String FIELD_SITES_REPORTING = "sites_reporting";
    public static final String FIELD_SITES_EXPECTED = "sites_expected";
    /** Daily points of sites and regions: start of the busy hour, epoch ms. */
    public static final String FIELD_BUSY_HOUR = "busy_hour_ms";

    /** Site states and feed states: 1 up / alive, 0 down / stopped. */
    public static final String FIELD_AVAILABLE = "available";
    public static final String FIELD_ALIVE = "alive";
    /** {@code reported_unavailable} or {@code silence}; empty text while up. */
    public static final String FIELD_CAUSE = "cause";
    /** While down: the outage's start, epoch ms; -1 while up. */
    public static final String FIELD_SINCE = "since_ms";
    /** Outages: when the outage was noticed, epoch ms (event time). */
    public static final String FIELD_DETECTED = "detected_ms";
    /** Outages: when it ended, epoch ms; -1 while ongoing. */
    public static final String FIELD_RESTORED = "restored_ms";
    /** Outages: duration in seconds once restored. */
    public static final String FIELD_DURATION_S = "duration_s";
    public static final String FIELD_ONGOING = "ongoing";
    /** Feed states: true for a change (stop, resumption), false for the heartbeat. */
    public static final String FIELD_CHANGED = "changed";
    /** Feed states: how long nothing had arrived, ms (wall clock). */
    public static final String FIELD_QUIET_MS = "quiet_ms";
    public static final String FIELD_REPLAYED = "replayed";

    private NetworkSeries() {
    }
}
