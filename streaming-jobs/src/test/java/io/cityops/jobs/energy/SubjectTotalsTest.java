package io.cityops.jobs.energy;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.schema.EnergySeries;
import io.cityops.jobs.energy.rules.BarometerLevel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubjectTotalsTest {

    private static final Catalogue CATALOGUE = CatalogueLoader.loadDefault();
    private static final ZoneId SHANGHAI = CATALOGUE.timeZone();
    private static final Duration LATENESS = Duration.ofHours(2);

    private KeyedOneInputStreamOperatorTestHarness<String, Contribution, EnergyResult> harness;

    private static long at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant().toEpochMilli();
    }

    /** Only standard coal matters here; CO2 is three times it. */
    private static EnergyTotals tce(String tce) {
        BigDecimal t = new BigDecimal(tce);
        return new EnergyTotals(t, t.multiply(BigDecimal.valueOf(3)), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                t.multiply(BigDecimal.valueOf(1400)));
    }

    @BeforeEach
    void setUp() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new SubjectTotals(new SubjectFigures(new EnergySubjects(CATALOGUE)), SHANGHAI, LATENESS, Duration.ofDays(100_000)),
                Contribution::subject, Types.STRING);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    private void contribute(String subject, String type, String hour, EnergyTotals totals) throws Exception {
        harness.processElement(new Contribution(subject, type, at(hour), totals), at(hour));
    }

    private List<EnergyResult> results() {
        return harness.extractOutputValues();
    }

    @Test
    void contributionsOfOneHourArePublishedTogetherAndAddUpExactly() throws Exception {
        contribute("wbl", EnergySeries.SUBJECT_REGION, "2026-12-01T08:00", tce("0.04916"));
        contribute("wbl", EnergySeries.SUBJECT_REGION, "2026-12-01T08:00", tce("0.7143"));
        harness.processWatermark(at("2026-12-01T09:00"));

        assertThat(results()).hasSize(1);
        EnergyResult r = results().get(0);
        assertThat(r.hour().tce()).isEqualByComparingTo("0.76346");
        assertThat(r.day().tce()).isEqualByComparingTo("0.76346");
        assertThat(r.month().tce()).isEqualByComparingTo("0.76346");
        assertThat(r.ytd().tce()).isEqualByComparingTo("0.76346");
        assertThat(r.finalHour()).isFalse();
        assertThat(r.region()).isEqualTo("wbl");
        assertThat(r.hourEnd()).isEqualTo(at("2026-12-01T09:00"));
        assertThat(r.asOf()).isEqualTo(at("2026-12-01T09:00"));
    }

    @Test
    void aLateContributionRepublishesTheHourAndItsDayAndTheHourTurnsFinalAfterTheLateness() throws Exception {
        contribute("wbl", EnergySeries.SUBJECT_REGION, "2026-12-01T08:00", tce("1"));
        contribute("wbl", EnergySeries.SUBJECT_REGION, "2026-12-01T09:00", tce("2"));
        harness.processWatermark(at("2026-12-01T10:00"));
        assertThat(results()).hasSize(2);

        contribute("wbl", EnergySeries.SUBJECT_REGION, "2026-12-01T08:00", tce("0.5"));
        harness.processWatermark(at("2026-12-01T10:30"));
        EnergyResult revised = results().get(2);
        assertThat(revised.hourStart()).isEqualTo(at("2026-12-01T08:00"));
        assertThat(revised.hour().tce()).isEqualByComparingTo("1.5");
        assertThat(revised.day().tce()).isEqualByComparingTo("3.5");
        assertThat(revised.ytd().tce()).isEqualByComparingTo("3.5");

        harness.processWatermark(at("2026-12-01T11:00"));
        EnergyResult finalHour = results().get(3);
        assertThat(finalHour.hourStart()).isEqualTo(at("2026-12-01T08:00"));
        assertThat(finalHour.finalHour()).isTrue();
        assertThat(finalHour.hour().tce()).isEqualByComparingTo("1.5");
    }

    @Test
    void aContributionToAnHourTheWatermarkPassedIsPublishedAtOnce() throws Exception {
        harness.processWatermark(at("2026-12-01T10:00"));
        contribute("wbl-heping", EnergySeries.SUBJECT_REGION, "2026-12-01T08:00", tce("0.04916"));

        assertThat(results()).singleElement().satisfies(r -> {
            assertThat(r.hourStart()).isEqualTo(at("2026-12-01T08:00"));
            assertThat(r.hour().tce()).isEqualByComparingTo("0.04916");
        });
    }

    @Test
    void aRegionProjectedAboveItsQuotaIsRedAndOneWellBelowItIsGreen() throws Exception {
        // One December hour holds 1.272/12.005 × 1/744 of the district's year by its seasonal profile:
        // 300 tce in it projects to about 2.1 million, above the illustrative 1,533,411 tce quota; Xiayuan's
        // 1 tce (its own, flatter profile) projects to about 8,400 against a quota of about 824,000.
        contribute("wbl", EnergySeries.SUBJECT_REGION, "2026-12-01T08:00", tce("300"));
        contribute("wbl-xiayuan", EnergySeries.SUBJECT_REGION, "2026-12-01T08:00", tce("1"));
        harness.processWatermark(at("2026-12-01T09:00"));

        EnergyResult district = results().stream().filter(r -> r.subject().equals("wbl")).findFirst().orElseThrow();
        assertThat(district.tcePace().projectionRatio()).isGreaterThan(BigDecimal.ONE);
        assertThat(district.energyRating().totalsLevel()).isEqualTo(BarometerLevel.RED);
        assertThat(district.level()).isEqualTo(BarometerLevel.RED);
        assertThat(district.energyIntensity().intensity()).isPositive();
        assertThat(district.energyIntensity().lastYear()).isPositive();
        assertThat(district.energyIntensity().base()).isPositive();
        // 2026 has no target in the catalogue but the 15th plan's five-year ones: 1 − (1 − 0.135)^(1/5).
        assertThat(district.energyRating().requiredPace()).isEqualByComparingTo("0.028589");

        EnergyResult xiayuan = results().stream().filter(r -> r.subject().equals("wbl-xiayuan")).findFirst().orElseThrow();
        assertThat(xiayuan.tcePace().projectionRatio()).isLessThan(new BigDecimal("0.95"));
        assertThat(xiayuan.energyRating().intensityLevel()).isEqualTo(BarometerLevel.GREEN);
        assertThat(xiayuan.level()).isEqualTo(BarometerLevel.GREEN);
    }

    @Test
    void anEntityIsMeasuredAgainstItsDailyBudget() throws Exception {
        // Government offices: daily budget 2.4 tce (illustrative catalogue).
        contribute("ent-wbl-gov-offices", EnergySeries.SUBJECT_ENTITY, "2026-12-01T08:00", tce("0.6"));
        contribute("ent-wbl-gov-offices", EnergySeries.SUBJECT_ENTITY, "2026-12-01T09:00", tce("0.6"));
        harness.processWatermark(at("2026-12-01T10:00"));

        EnergyResult last = results().get(results().size() - 1);
        assertThat(last.dailyBudgetTce()).isEqualByComparingTo("2.4");
        assertThat(last.dailyBudgetRatio()).isEqualByComparingTo("0.5");
        assertThat(last.tcePace().quota()).isEqualByComparingTo("560");
        assertThat(last.level()).isNull();
        assertThat(last.region()).isEqualTo("wbl-heping-c1");
    }

    @Test
    void aMeterHasTotalsButNoQuota() throws Exception {
        contribute("em-wbl-0009", EnergySeries.SUBJECT_METER, "2026-12-01T08:00", tce("0.04916"));
        harness.processWatermark(at("2026-12-01T09:00"));
        EnergyResult r = results().get(0);
        assertThat(r.tcePace()).isNull();
        assertThat(r.dailyBudgetRatio()).isNull();
        assertThat(r.hour().tce()).isEqualByComparingTo("0.04916");
    }
}
