package io.cityops.jobs.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped catalogue's rules, as the condition tracker sees them (thresholds from the issue and HJ 633). */
class DefaultAlertRulesTest {

    private final Map<String, AlertRule> rules = DefaultAlertRules.defaults().stream()
            .collect(Collectors.toMap(AlertRule::id, Function.identity()));

    @Test
    void everyNamedDefaultRuleExists() {
        assertThat(rules).containsKeys(DefaultAlertRules.REGION_AQI, DefaultAlertRules.STATION_PM25_HOURLY,
                DefaultAlertRules.DUST_PM10_HOURLY, DefaultAlertRules.ENTITY_DAILY_BUDGET,
                DefaultAlertRules.REGION_QUOTA_PROJECTION, DefaultAlertRules.ENTITY_QUOTA_PROJECTION,
                DefaultAlertRules.REGION_BAROMETER, DefaultAlertRules.SITE_DOWN, DefaultAlertRules.CELL_CONGESTION,
                DefaultAlertRules.SITE_EFFICIENCY_DROP, DefaultAlertRules.FEED_STOPPED);
    }

    @Test
    void regionAqiEscalatesAt150And200And300() {
        AlertRule aqi = rules.get(DefaultAlertRules.REGION_AQI);

        assertThat(aqi.subjectType()).isEqualTo(SubjectType.REGION);
        assertThat(aqi.indicator()).isEqualTo("aqi_hourly");
        assertThat(aqi.levels()).extracting(SeverityLevel::threshold)
                .containsExactly(new BigDecimal("150"), new BigDecimal("200"), new BigDecimal("300"));
        assertThat(aqi.levels()).extracting(SeverityLevel::severity)
                .containsExactly(Severity.INFO, Severity.WARNING, Severity.CRITICAL);
        assertThat(aqi.severityFor(new BigDecimal("201"))).isEqualTo(Severity.WARNING);
    }

    @Test
    void stationPm25RaisesAbove115() {
        AlertRule pm25 = rules.get(DefaultAlertRules.STATION_PM25_HOURLY);

        assertThat(pm25.subjectType()).isEqualTo(SubjectType.STATION);
        assertThat(pm25.isBreachedBy(new BigDecimal("115"))).isFalse();
        assertThat(pm25.isBreachedBy(new BigDecimal("115.1"))).isTrue();
    }

    @Test
    void aSiteThatReportsUnavailableIsCritical() {
        AlertRule down = rules.get(DefaultAlertRules.SITE_DOWN);

        assertThat(down.indicator()).isEqualTo("site_available");
        assertThat(down.isBreachedBy(BigDecimal.ZERO)).isTrue();
        assertThat(down.isClearedBy(BigDecimal.ONE)).isTrue();
        assertThat(down.severityFor(BigDecimal.ZERO)).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void congestionIsPerCellAndAStoppedFeedPerFeed() {
        assertThat(rules.get(DefaultAlertRules.CELL_CONGESTION).subjectType()).isEqualTo(SubjectType.CELL);
        assertThat(rules.get(DefaultAlertRules.FEED_STOPPED).subjectType()).isEqualTo(SubjectType.FEED);
    }

    @Test
    void eachKindCarriesAcceptAndResolveLimits() {
        assertThat(rules.values()).allSatisfy(rule -> {
            assertThat(rule.limits().accept()).isPresent();
            assertThat(rule.limits().resolve()).isPresent();
        });
        assertThat(rules.values().stream().map(AlertRule::kind).distinct().toList())
                .containsExactlyInAnyOrder(AlertKind.values());
        assertThat(List.of(DefaultAlertRules.REGION_AQI, DefaultAlertRules.STATION_PM25_HOURLY))
                .allSatisfy(id -> assertThat(rules.get(id).limits())
                        .isEqualTo(TimeLimits.of(Duration.ofMinutes(30), Duration.ofHours(24))));
        assertThat(rules.get(DefaultAlertRules.SITE_DOWN).limits())
                .isEqualTo(TimeLimits.of(Duration.ofMinutes(15), Duration.ofHours(4)));
    }
}
