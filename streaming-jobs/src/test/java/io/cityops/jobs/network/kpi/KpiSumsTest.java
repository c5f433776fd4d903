package io.cityops.jobs.network.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KpiSumsTest {

    private static final Duration QUARTER = Duration.ofMinutes(15);

    private static KpiSums cell(double available, double prbDl, double rrc, double traffic) {
        return KpiSums.ofCell(new CellCounters(available, prbDl, prbDl / 2, rrc, 300.0, 40.0, 12.0, traffic));
    }

    private static KpiSums power(double... watts) {
        Mean samples = Mean.NONE;
        for (double w : watts) {
            samples = samples.plus(Mean.of(w));
        }
        return KpiSums.ofPower(samples, QUARTER);
    }

    static Stream<Arguments> energyEfficiency() {
        return Stream.of(
                // DOMAIN.md §3: a site at full load draws about 3.8 kW; over 15 minutes that is 0.95 kWh
                Arguments.of("full-load site, 3.8 kW for 15 min", new double[] {3800, 3800, 3800}, 9.5,
                        "0.950000", "10.0000", "22222.22"),
                // idle site about 2.2 kW: 0.55 kWh; 0.11 GB → 0.2 GB/kWh; × 8e9 bit / 3.6e6 J = 444.44 bit/J
                Arguments.of("idle site, 2.2 kW", new double[] {2200}, 0.11, "0.550000", "0.2000", "444.44"),
                // mean of the meter's samples × period: (2000 + 3000) / 2 W × 0.25 h = 0.625 kWh
                Arguments.of("power changing within the period", new double[] {2000, 3000}, 1.25, "0.625000", "2.0000",
                        "4444.44"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void energyEfficiency(String what, double[] watts, double trafficGb, String energyKwh, String gbPerKwh,
                          String bitPerJoule) {
        Kpis kpis = cell(1, 50, 10, trafficGb).plusSubject(power(watts)).kpis();
        assertThat(kpis.energyKwh()).isEqualByComparingTo(energyKwh);
        assertThat(kpis.gbPerKwh()).isEqualByComparingTo(gbPerKwh);
        // TS 28.554 §6.7.1: energy efficiency = data volume (bit) / energy (J)
        assertThat(kpis.bitPerJoule()).isEqualByComparingTo(bitPerJoule);
    }

    @Test
    void aSitesPeriodAddsItsCellsUsersAndTrafficAndAveragesUtilisation() {
        KpiSums site = cell(1, 60, 10, 1.5).plusSubject(cell(1, 80, 20, 2.5)).plusSubject(cell(0, 0, 0, 0))
                .plusSubject(power(3000));
        Kpis kpis = site.kpis();
        // availability = (period − unavailable time) / period (DOMAIN.md §3): 2 of 3 cell-periods
        assertThat(kpis.availabilityPct()).isEqualByComparingTo("66.667");
        assertThat(kpis.prbDlPct()).isEqualByComparingTo("46.67");
        assertThat(kpis.rrcUsers()).isEqualByComparingTo("30");
        assertThat(kpis.trafficGb()).isEqualByComparingTo("4.0");
        assertThat(kpis.powerW()).isEqualByComparingTo("3000");
        assertThat(kpis.energyKwh()).isEqualByComparingTo("0.75");
    }

    @Test
    void anHourAveragesInstantaneousTotalsOverItsPeriodsAndAddsVolumes() {
        KpiSums hour = KpiSums.EMPTY;
        for (int i = 0; i < 4; i++) {
            hour = hour.plusPeriod(cell(1, 40 + 10 * i, 10 + i, 1.0).plusSubject(power(2000 + 400 * i)));
        }
        Kpis kpis = hour.kpis();
        assertThat(kpis.rrcUsers()).isEqualByComparingTo("11.5");
        assertThat(kpis.prbDlPct()).isEqualByComparingTo("55");
        assertThat(kpis.trafficGb()).isEqualByComparingTo("4");
        assertThat(kpis.powerW()).isEqualByComparingTo("2600");
        // (2000 + 2400 + 2800 + 3200) W × 0.25 h = 2.6 kWh
        assertThat(kpis.energyKwh()).isEqualByComparingTo("2.6");
        assertThat(kpis.availabilityPct()).isEqualByComparingTo("100");
    }

    @Test
    void aRegionAddsItsSitesPowerWithinAPeriod() {
        Kpis region = power(2000).plusSubject(power(3000)).kpis();
        assertThat(region.powerW()).isEqualByComparingTo("5000");
        assertThat(region.energyKwh()).isEqualByComparingTo("1.25");
        assertThat(region.availabilityPct()).isNull();
        assertThat(region.gbPerKwh()).isNull();
    }

    @Test
    void decimalsStayExact() {
        // 0.1 + 0.2 is 0.30000000000000004 in binary floating point
        KpiSums sums = cell(1, 0, 0, 0.1).plusSubject(cell(1, 0, 0, 0.2));
        assertThat(sums.kpis().trafficGb()).isEqualTo(new BigDecimal("0.3"));
    }

    @Test
    void missingValuesLeaveTheirKpiEmpty() {
        Kpis kpis = KpiSums.ofCell(new CellCounters(1.0, null, null, null, null, null, null, 2.0)).kpis();
        assertThat(kpis.prbDlPct()).isNull();
        assertThat(kpis.latencyMs()).isNull();
        assertThat(kpis.energyKwh()).isNull();
        assertThat(kpis.trafficGb()).isEqualByComparingTo("2");
    }
}
