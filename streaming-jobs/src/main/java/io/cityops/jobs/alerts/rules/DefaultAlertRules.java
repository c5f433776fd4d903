package io.cityops.jobs.alerts.rules;

import static io.cityops.jobs.alerts.rules.Severity.CRITICAL;
import static io.cityops.jobs.alerts.rules.Severity.INFO;
import static io.cityops.jobs.alerts.rules.Severity.WARNING;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * DEFAULTS: the rule set used when the catalogue names no rules of its own. Values only; a
 * catalogue's rules replace these. Thresholds of the air rules follow the HJ 633-2012 AQI
 * categories (151–200 moderately, 201–300 heavily, above 300 severely polluted); the others are
 * operational starting points for a district operations centre.
 */
public final class DefaultAlertRules {

    public static final String REGION_AQI = "region-aqi";
    public static final String STATION_PM25_HOURLY = "station-pm25-hourly";
    public static final String DUST_PM10_HOURLY = "dust-pm10-hourly";
    public static final String ENTITY_ENERGY_PACE = "entity-energy-pace";
    public static final String REGION_BAROMETER = "region-dual-control-barometer";
    public static final String SITE_DOWN = "5g-site-down";
    public static final String SITE_CONGESTION = "5g-site-congestion";
    public static final String FEED_STOPPED = "feed-stopped";

    /** Per kind: how long operators have to accept and to resolve. */
    public static final TimeLimits AIR_LIMITS = TimeLimits.of(Duration.ofMinutes(30), Duration.ofHours(24));
    public static final TimeLimits ENERGY_LIMITS = TimeLimits.of(Duration.ofHours(4), Duration.ofDays(7));
    public static final TimeLimits NETWORK_LIMITS = TimeLimits.of(Duration.ofMinutes(15), Duration.ofHours(4));

    private DefaultAlertRules() {
    }

    public static List<AlertRule> defaults() {
        return List.of(
                // Hourly AQI of a sub-district or the district: > 150 / > 200 / > 300; clear at good-or-light (< 100).
                rule(REGION_AQI, AlertKind.AIR, "aqi_hourly", SubjectType.REGION, Direction.ABOVE, "150", "100",
                        Duration.ZERO, AIR_LIMITS, level(INFO, "150"), level(WARNING, "200"), level(CRITICAL, "300")),
                // Hourly PM2.5 at a station above 115 µg/m³ (the top of the IAQI 150 band); 150 is IAQI 200.
                rule(STATION_PM25_HOURLY, AlertKind.AIR, "pm25_hourly", SubjectType.STATION, Direction.ABOVE, "115", "75",
                        Duration.ZERO, AIR_LIMITS, level(WARNING, "115"), level(CRITICAL, "150")),
                // Construction-site dust monitor: hourly PM10 above 150 µg/m³ for two consecutive hours.
                rule(DUST_PM10_HOURLY, AlertKind.AIR, "pm10_hourly", SubjectType.STATION, Direction.ABOVE, "150", "100",
                        Duration.ofHours(1), AIR_LIMITS, level(WARNING, "150"), level(CRITICAL, "250")),
                // Energy use of an entity against the pro-rata share of its annual quota (1.0 = on pace).
                rule(ENTITY_ENERGY_PACE, AlertKind.ENERGY, "quota_pace_ratio", SubjectType.ENTITY, Direction.ABOVE, "1.0",
                        "0.95", Duration.ZERO, ENERGY_LIMITS, level(WARNING, "1.0"), level(CRITICAL, "1.1")),
                // Dual-control barometer coded 0 green, 1 yellow, 2 red.
                rule(REGION_BAROMETER, AlertKind.ENERGY, "barometer_level", SubjectType.REGION, Direction.ABOVE, "0.5",
                        "0.25", Duration.ZERO, ENERGY_LIMITS, level(WARNING, "0.5"), level(CRITICAL, "1.5")),
                // 5G site unavailable (available = 0) for five minutes.
                rule(SITE_DOWN, AlertKind.NETWORK, "available", SubjectType.SITE, Direction.BELOW, "0.5", "0.75",
                        Duration.ofMinutes(5), NETWORK_LIMITS, level(CRITICAL, "0.5")),
                // Downlink PRB utilisation above 80 % for fifteen minutes; 90 % is critical.
                rule(SITE_CONGESTION, AlertKind.NETWORK, "prb_dl_pct", SubjectType.SITE, Direction.ABOVE, "80", "70",
                        Duration.ofMinutes(15), NETWORK_LIMITS, level(WARNING, "80"), level(CRITICAL, "90")),
                // No reading from a sensor for more than 15 minutes; an hour is critical.
                rule(FEED_STOPPED, AlertKind.NETWORK, "minutes_since_last_reading", SubjectType.SENSOR, Direction.ABOVE,
                        "15", "5", Duration.ZERO, NETWORK_LIMITS, level(WARNING, "15"), level(CRITICAL, "60")));
    }

    private static AlertRule rule(String id, AlertKind kind, String indicator, SubjectType subject, Direction direction,
                                  String raise, String clear, Duration minDuration, TimeLimits limits,
                                  SeverityLevel... levels) {
        return new AlertRule(id, kind, indicator, subject, direction, new BigDecimal(raise), new BigDecimal(clear),
                minDuration, List.of(levels), limits);
    }

    private static SeverityLevel level(Severity severity, String threshold) {
        return SeverityLevel.of(severity, threshold);
    }
}
