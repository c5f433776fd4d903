package io.cityops.ingest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityops.ingest.catalogue.AlertRuleSpec.Direction;
import io.cityops.ingest.catalogue.AlertRuleSpec.Level;
import io.cityops.ingest.catalogue.AlertRuleSpec.Severity;
import io.cityops.ingest.reading.SensorKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AlertCatalogueReaderTest {

    private static final String BASE = """
            version: "1"
            regions:
              - id: d
                name: District
                children:
                  - id: s1
                    name: Sub 1
                    children:
                      - {id: c1, name: Community 1}
            sensors:
              - {id: aq-1, name: Station, kind: air, class: REFERENCE, measures: [pm25, pm10], region: c1, lat: 37.8, lon: 112.5, intervalSeconds: 300}
              - {id: dust-1, name: Dust, kind: air, class: DUST_MONITOR, measures: [pm10], region: c1, lat: 37.8, lon: 112.5, intervalSeconds: 60}
            """;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static AlertCatalogue alerts(String section) {
        return CatalogueLoader.parse(BASE + section, "test.yaml").alerts();
    }

    private static AlertCatalogue oneRule(String rule) {
        return alerts("alerts:\n  rules:\n    - " + rule + "\n");
    }

    private static CatalogueException failure(String rule) {
        try {
            oneRule(rule);
        } catch (CatalogueException e) {
            return e;
        }
        throw new AssertionError("no error for " + rule);
    }

    @Test
    void aCatalogueWithoutAnAlertsSectionHasNoRules() {
        assertThat(alerts("").rules()).isEmpty();
    }

    @Test
    void readsARuleWithLevelsAndTheTimeLimitsOfItsKind() {
        AlertCatalogue catalogue = alerts("""
                alerts:
                  timeLimits:
                    air: {acceptWithin: PT30M, resolveWithin: PT24H}
                  rules:
                    - {id: region-aqi, kind: air, indicator: aqi_hourly, subjectType: region, regionLevels: [SUB_DISTRICT],
                       direction: ABOVE, raise: 150, clear: 100, levels: {INFO: 150, WARNING: 200, CRITICAL: 300}}
                """);
        AlertRuleSpec rule = catalogue.rule("region-aqi").orElseThrow();
        assertThat(rule.kind()).isEqualTo(SensorKind.AIR);
        assertThat(rule.direction()).isEqualTo(Direction.ABOVE);
        assertThat(rule.levels()).containsExactly(new Level(Severity.INFO, new BigDecimal("150")),
                new Level(Severity.WARNING, new BigDecimal("200")), new Level(Severity.CRITICAL, new BigDecimal("300")));
        assertThat(rule.minDuration()).isEqualTo(Duration.ZERO);
        assertThat(rule.acceptWithin()).isEqualTo(Duration.ofMinutes(30));
        assertThat(rule.resolveWithin()).isEqualTo(Duration.ofHours(24));
        assertThat(rule.scope()).containsExactly("s1");
        assertThat(catalogue.rulesFor("aqi_hourly", "region", "s1")).containsExactly(rule);
        assertThat(catalogue.rulesFor("aqi_hourly", "region", "d")).isEmpty();
        assertThat(catalogue.rulesFor("aqi_hourly", "station", "s1")).isEmpty();
    }

    @Test
    void aRuleOverridesTheLimitsOfItsKindAndKeepsDecimalsExact() {
        AlertRuleSpec rule = alerts("""
                alerts:
                  timeLimits:
                    energy: {acceptWithin: PT4H, resolveWithin: P7D}
                  rules:
                    - {id: budget, kind: energy, indicator: daily_budget_ratio, subjectType: entity, direction: ABOVE,
                       raise: 1.0, clear: 0.95, severity: WARNING, acceptWithin: PT1H}
                """).rules().get(0);
        assertThat(rule.clear()).isEqualByComparingTo("0.95");
        assertThat(rule.clear().toPlainString()).isEqualTo("0.95");
        assertThat(rule.levels()).containsExactly(new Level(Severity.WARNING, new BigDecimal("1.0")));
        assertThat(rule.acceptWithin()).isEqualTo(Duration.ofHours(1));
        assertThat(rule.resolveWithin()).isEqualTo(Duration.ofDays(7));
        assertThat(rule.appliesTo("any-entity")).isTrue();
    }

    @Test
    void sensorClassesSelectTheCataloguedSensorsOfThatClass() {
        AlertRuleSpec rule = oneRule("{id: dust, kind: air, indicator: pm10_hourly, subjectType: station, "
                + "sensorClasses: [DUST_MONITOR], direction: ABOVE, raise: 150, clear: 100, minDuration: PT1H, severity: WARNING}")
                .rules().get(0);
        assertThat(rule.appliesTo("dust-1")).isTrue();
        assertThat(rule.appliesTo("aq-1")).isFalse();
        assertThat(rule.minDuration()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void quietHoursRunOverMidnightInLocalTimeAndSuppressionsAreAbsolute() {
        AlertRuleSpec rule = oneRule("{id: eff, kind: network, indicator: energy_efficiency_gb_per_kwh, subjectType: site, "
                + "direction: BELOW, raise: 2.0, clear: 3.0, severity: INFO, quietHours: [{from: \"22:00\", to: \"06:00\"}], "
                + "suppressions: [{from: 2026-12-01T00:00:00Z, to: 2026-12-01T02:00:00Z, reason: planned works}]}")
                .rules().get(0);
        // 23:30 and 05:59 Shanghai time are quiet; 06:00 and 12:00 are not.
        assertThat(rule.isQuietAt(Instant.parse("2026-11-30T15:30:00Z"), SHANGHAI)).isTrue();
        assertThat(rule.isQuietAt(Instant.parse("2026-11-30T21:59:00Z"), SHANGHAI)).isTrue();
        assertThat(rule.isQuietAt(Instant.parse("2026-11-30T22:00:00Z"), SHANGHAI)).isFalse();
        assertThat(rule.isQuietAt(Instant.parse("2026-11-30T04:00:00Z"), SHANGHAI)).isFalse();
        // 08:30 Shanghai on 1 December lies in the suppression (00:30 UTC), 10:00 (02:00 UTC) does not.
        assertThat(rule.isQuietAt(Instant.parse("2026-12-01T00:30:00Z"), SHANGHAI)).isTrue();
        assertThat(rule.isQuietAt(Instant.parse("2026-12-01T02:00:00Z"), SHANGHAI)).isFalse();
    }

    @Test
    void rejectsAClearThresholdOnTheWrongSideNamingTheRulesPath() {
        assertThat(failure("{id: r, kind: air, indicator: aqi_hourly, subjectType: region, direction: ABOVE, raise: 150, "
                + "clear: 160, severity: INFO}"))
                .hasMessageContaining("alerts.rules[0].clear").hasMessageContaining("must lie below raise (150)");
        assertThat(failure("{id: r, kind: network, indicator: site_available, subjectType: site, direction: BELOW, "
                + "raise: 0.5, clear: 0.5, severity: CRITICAL}"))
                .hasMessageContaining("must lie above raise (0.5)");
    }

    @Test
    void rejectsLevelsThatDoNotStartAtRaiseOrDoNotAscend() {
        assertThat(failure("{id: r, kind: air, indicator: aqi_hourly, subjectType: region, direction: ABOVE, raise: 150, "
                + "clear: 100, levels: {INFO: 160, WARNING: 200}}"))
                .hasMessageContaining("alerts.rules[0].levels.INFO").hasMessageContaining("must equal raise (150)");
        assertThat(failure("{id: r, kind: air, indicator: aqi_hourly, subjectType: region, direction: ABOVE, raise: 150, "
                + "clear: 100, levels: {WARNING: 150, INFO: 200}}"))
                .hasMessageContaining("levels must ascend");
        assertThat(failure("{id: r, kind: air, indicator: aqi_hourly, subjectType: region, direction: ABOVE, raise: 150, "
                + "clear: 100, levels: {WARNING: 150, CRITICAL: 140}}"))
                .hasMessageContaining("must lie above the WARNING threshold (150)");
        assertThat(failure("{id: r, kind: air, indicator: aqi_hourly, subjectType: region, direction: ABOVE, raise: 150, "
                + "clear: 100, levels: {WARNING: 150, URGENT: 200}}"))
                .hasMessageContaining("'URGENT' is not one of INFO, WARNING, CRITICAL");
        assertThat(failure("{id: r, kind: air, indicator: aqi_hourly, subjectType: region, direction: ABOVE, raise: 150, "
                + "clear: 100}"))
                .hasMessageContaining("exactly one of severity");
    }

    @Test
    void rejectsScopesThatNameNothingOrTheWrongSubjects() {
        assertThat(failure("{id: r, kind: air, indicator: pm25_hourly, subjectType: station, subjects: [aq-9], "
                + "direction: ABOVE, raise: 115, clear: 75, severity: WARNING}"))
                .hasMessageContaining("alerts.rules[0].subjects[0]").hasMessageContaining("sensor 'aq-9' does not exist");
        assertThat(failure("{id: r, kind: air, indicator: aqi_hourly, subjectType: region, sensorClasses: [MICRO], "
                + "direction: ABOVE, raise: 150, clear: 100, severity: INFO}"))
                .hasMessageContaining("sensorClasses select stations or sensors, not regions");
        assertThat(failure("{id: r, kind: air, indicator: pm25_hourly, subjectType: station, sensorClasses: [MICRO], "
                + "direction: ABOVE, raise: 115, clear: 75, severity: WARNING}"))
                .hasMessageContaining("no catalogued sensor is of class [MICRO]");
        assertThat(failure("{id: r, kind: air, indicator: aqi_hourly, subjectType: district, "
                + "direction: ABOVE, raise: 150, clear: 100, severity: INFO}"))
                .hasMessageContaining("'district' is not one of station, sensor, site, cell, entity, region, feed");
    }

    @Test
    void rejectsBadDurationsTimesAndIds() {
        assertThat(failure("{id: r, kind: air, indicator: aqi_hourly, subjectType: region, direction: ABOVE, raise: 150, "
                + "clear: 100, severity: INFO, minDuration: 1h}"))
                .hasMessageContaining("alerts.rules[0].minDuration").hasMessageContaining("not an ISO-8601 duration");
        assertThat(failure("{id: r, kind: air, indicator: aqi_hourly, subjectType: region, direction: ABOVE, raise: 150, "
                + "clear: 100, severity: INFO, acceptWithin: PT2H, resolveWithin: PT1H}"))
                .hasMessageContaining("must not be shorter than acceptWithin");
        assertThat(failure("{id: r, kind: air, indicator: aqi_hourly, subjectType: region, direction: ABOVE, raise: 150, "
                + "clear: 100, severity: INFO, quietHours: [{from: \"25:00\", to: \"06:00\"}]}"))
                .hasMessageContaining("quietHours[0].from").hasMessageContaining("not a local time");
        assertThat(failure("{id: \"a:b\", kind: air, indicator: aqi_hourly, subjectType: region, direction: ABOVE, "
                + "raise: 150, clear: 100, severity: INFO}"))
                .hasMessageContaining("rule id 'a:b'");
        assertThat(failure("{id: r, kind: air, indicator: aqi_hourly, subjectType: region, direction: ABOVE, raise: 150, "
                + "clear: 100, severity: INFO, threshold: 3}"))
                .hasMessageContaining("unknown key 'threshold'");
    }

    @Test
    void rejectsDuplicateRuleIds() {
        String rule = "{id: r, kind: air, indicator: aqi_hourly, subjectType: region, direction: ABOVE, raise: 150, "
                + "clear: 100, severity: INFO}";
        assertThatThrownBy(() -> alerts("alerts:\n  rules:\n    - " + rule + "\n    - " + rule + "\n"))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("duplicate rule id 'r'");
    }

    @Test
    void theShippedCatalogueHasTheDefaultRulesOfTheIssueUnderTheAgreedIndicatorNames() {
        Catalogue catalogue = CatalogueLoader.loadDefault();
        AlertCatalogue alerts = catalogue.alerts();
        assertThat(alerts.rules()).extracting(AlertRuleSpec::indicator).contains("aqi_hourly", "pm25_hourly",
                "pm10_hourly", "daily_budget_ratio", "quota_projection_ratio", "barometer_level", "site_available",
                "cell_congested", "energy_efficiency_gb_per_kwh", "feed_alive");
        AlertRuleSpec aqi = alerts.rule("region-aqi").orElseThrow();
        assertThat(aqi.levels()).extracting(Level::threshold).map(BigDecimal::intValue).containsExactly(150, 200, 300);
        assertThat(aqi.appliesTo("wbl")).isTrue();
        assertThat(aqi.appliesTo("wbl-xiayuan")).isTrue();
        AlertRuleSpec dust = alerts.rule("dust-pm10-hourly").orElseThrow();
        assertThat(catalogue.sensors()).filteredOn(s -> dust.appliesTo(s.id()))
                .isNotEmpty().allSatisfy(s -> assertThat(s.sensorClass()).isEqualTo(SensorClass.DUST_MONITOR));
        assertThat(alerts.rules()).allSatisfy(r -> {
            assertThat(r.acceptWithin()).as(r.id()).isNotNull();
            assertThat(r.resolveWithin()).as(r.id()).isNotNull();
        });
    }
}
