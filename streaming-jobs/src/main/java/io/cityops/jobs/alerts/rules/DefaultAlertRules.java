package io.cityops.jobs.alerts.rules;

import io.cityops.ingest.catalogue.CatalogueLoader;
import java.util.List;

/**
 * The rules of the catalogue shipped with the monitor ({@code alerts} section of
 * {@code catalogue/wanbailin.yaml}, the one source of the thresholds), with the ids code refers to.
 */
public final class DefaultAlertRules {

    public static final String REGION_AQI = "region-aqi";
    public static final String STATION_PM25_HOURLY = "station-pm25-hourly";
    public static final String DUST_PM10_HOURLY = "dust-pm10-hourly";
    public static final String ENTITY_DAILY_BUDGET = "entity-daily-budget";
    public static final String REGION_QUOTA_PROJECTION = "region-quota-projection";
    public static final String ENTITY_QUOTA_PROJECTION = "entity-quota-projection";
    public static final String REGION_BAROMETER = "region-barometer";
    public static final String SITE_DOWN = "5g-site-down";
    public static final String CELL_CONGESTION = "5g-cell-congestion";
    public static final String SITE_EFFICIENCY_DROP = "5g-site-efficiency-drop";
    public static final String FEED_STOPPED = "feed-stopped";

    private DefaultAlertRules() {
    }

    public static List<AlertRule> defaults() {
        return CatalogueRules.of(CatalogueLoader.loadDefault().alerts());
    }
}
