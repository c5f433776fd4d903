package io.cityops.jobs.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DefaultAlertRulesTest {

    private final Map<String, AlertRule> rules = DefaultAlertRules.defaults().stream()
            .collect(Collectors.toMap(AlertRule::id, Function.identity()));

    @Test
    void everyDefaultRuleHasItsOwnId() {
        assertThat(rules).hasSameSizeAs(DefaultAlertRules.defaults());
    }

    @Test
    void regionAqiEscalatesAt150And200And300() {
        AlertRule aqi = rules.get(DefaultAlertRules.REGION_AQI);

        assertThat(aqi.subjectType()).isEqualTo(SubjectType.REGION);
        assertThat(aqi.levels()).extracting(SeverityLevel::threshold)
                .containsExactly(new BigDecimal("150"), new BigDecimal("200"), new BigDecimal("300"));
        assertThat(aqi.levels()).extracting(SeverityLevel::severity)
                .containsExactly(Severity.INFO, Severity.WARNING, Severity.CRITICAL);
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

        assertThat(down.isBreachedBy(BigDecimal.ZERO)).isTrue();
        assertThat(down.isClearedBy(BigDecimal.ONE)).isTrue();
        assertThat(down.severityFor(BigDecimal.ZERO)).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void eachKindCarriesAcceptAndResolveLimits() {
        assertThat(DefaultAlertRules.defaults()).allSatisfy(rule -> {
            assertThat(rule.limits().accept()).isPresent();
            assertThat(rule.limits().resolve()).isPresent();
        });
        assertThat(DefaultAlertRules.defaults().stream().map(AlertRule::kind).distinct().toList())
                .containsExactlyInAnyOrder(AlertKind.values());
        assertThat(List.of(DefaultAlertRules.SITE_DOWN, DefaultAlertRules.SITE_CONGESTION))
                .allSatisfy(id -> assertThat(rules.get(id).limits()).isEqualTo(DefaultAlertRules.NETWORK_LIMITS));
    }
}
