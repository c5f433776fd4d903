package io.cityops.simulators.air;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.reading.Reading;
import io.cityops.simulators.TestCatalogues;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The shapes of DOMAIN.md §4, checked on simulated months of hourly readings. */
class AirQualityShapesTest {

    private static final Catalogue CATALOGUE = TestCatalogues.smallHourly();
    private static final ZoneId ZONE = TestCatalogues.SHANGHAI;
    private static final long SEED = 2026;

    @Test
    void winterNightPm25IsWellAboveTheAfternoonMinimumOverAMonth() {
        List<Reading> january = referenceReadings(month(2026, 1), 31, List.of());

        double night = mean(january, "pm25", hourIn(21, 22, 23, 0, 1, 2));
        double afternoon = mean(january, "pm25", hourIn(14, 15, 16));
        double morning = mean(january, "pm25", hourIn(8, 9));
        double midday = mean(january, "pm25", hourIn(11, 12));

        assertThat(night).isGreaterThan(1.6 * afternoon);
        assertThat(morning).as("secondary morning peak").isGreaterThan(midday);
    }

    @Test
    void heatingSeasonIsDirtierThanSummerWhichStaysBetween15And40() {
        double january = mean(referenceReadings(month(2026, 1), 31, List.of()), "pm25", r -> true);
        double july = mean(referenceReadings(month(2026, 7), 31, List.of()), "pm25", r -> true);
        double octoberEnd = mean(referenceReadings(day(2026, 10, 20), 10, List.of()), "pm25", r -> true);
        double novemberMid = mean(referenceReadings(day(2026, 11, 12), 10, List.of()), "pm25", r -> true);

        assertThat(january).isGreaterThan(2 * july);
        assertThat(july).isBetween(15.0, 40.0);
        assertThat(novemberMid).as("heating starts on 1 November").isGreaterThan(1.3 * octoberEnd);
    }

    @Test
    void winterCoIsOneToThreeMilligrams() {
        double january = mean(referenceReadings(month(2026, 1), 31, List.of()), "co", r -> true);
        double july = mean(referenceReadings(month(2026, 7), 31, List.of()), "co", r -> true);

        assertThat(january).isBetween(1.0, 3.0);
        assertThat(july).isLessThan(1.0);
    }

    @Test
    void no2HasMorningAndEveningTrafficPeaks() {
        List<Reading> march = referenceReadings(month(2026, 10), 31, List.of());

        double morningPeak = mean(march, "no2", hourIn(7, 8, 9));
        double eveningPeak = mean(march, "no2", hourIn(18, 19, 20, 21));
        double night = mean(march, "no2", hourIn(3, 4));
        double afternoon = mean(march, "no2", hourIn(13, 14, 15));

        assertThat(morningPeak).isGreaterThan(1.3 * night).isGreaterThan(1.2 * afternoon);
        assertThat(eveningPeak).isGreaterThan(1.3 * night).isGreaterThan(1.2 * afternoon);
        assertThat(mean(march, "no2", r -> true)).isBetween(30.0, 50.0);
    }

    @Test
    void summerO3PeaksInTheAfternoonAgainstNo2() {
        List<Reading> july = referenceReadings(month(2026, 7), 31, List.of());

        assertThat(mean(july, "o3", hourIn(14, 15, 16))).isGreaterThan(2.5 * mean(july, "o3", hourIn(5, 6, 7)));
        assertThat(mean(july, "no2", hourIn(14, 15, 16))).isLessThan(0.8 * mean(july, "no2", hourIn(7, 8, 9)));
        // Over the day's light hours, O3 and NO2 move against each other hour by hour.
        double[] o3ByHour = new double[16];
        double[] no2ByHour = new double[16];
        for (int h = 6; h < 22; h++) {
            o3ByHour[h - 6] = mean(july, "o3", hourIn(h));
            no2ByHour[h - 6] = mean(july, "no2", hourIn(h));
        }
        assertThat(correlation(o3ByHour, no2ByHour)).isLessThan(-0.5);
    }

    @Test
    void ozoneDaysReach180To260InTheAfternoon() {
        AirQualityModel model = new AirQualityModel(CATALOGUE, SEED);
        List<Reading> july = referenceReadings(month(2026, 7), 31, List.of());
        Map<LocalDate, Double> dailyMax = new HashMap<>();
        july.stream().filter(r -> r.sensorId().equals("ref-1"))
                .forEach(r -> dailyMax.merge(local(r).toLocalDate(), r.values().get("o3"), Math::max));

        List<LocalDate> ozoneDays = dailyMax.keySet().stream()
                .filter(d -> model.conditionsAt(d.atTime(15, 0).atZone(ZONE).toInstant()).ozoneDay())
                .toList();
        assertThat(ozoneDays).hasSizeGreaterThan(5);
        assertThat(ozoneDays).allSatisfy(d -> assertThat(dailyMax.get(d)).isBetween(160.0, 290.0));
        double ordinaryMax = dailyMax.entrySet().stream().filter(e -> !ozoneDays.contains(e.getKey()))
                .mapToDouble(Map.Entry::getValue).average().orElseThrow();
        double ozoneMax = ozoneDays.stream().mapToDouble(dailyMax::get).average().orElseThrow();
        assertThat(ozoneMax).isGreaterThan(ordinaryMax + 30);
    }

    @Test
    void so2PeaksInTheLateMorning() {
        List<Reading> december = referenceReadings(month(2026, 12), 31, List.of());

        assertThat(mean(december, "so2", hourIn(10, 11, 12))).isGreaterThan(1.4 * mean(december, "so2", hourIn(2, 3, 4)));
        assertThat(mean(december, "so2", r -> true)).isBetween(10.0, 40.0);
    }

    @Test
    void dustDaysRaisePm10AndItsRatioToPm25() {
        AirQualityModel model = new AirQualityModel(CATALOGUE, SEED);
        List<Reading> spring = referenceReadings(month(2026, 3), 92, List.of());
        Map<LocalDate, double[]> daily = new HashMap<>();
        for (Reading r : spring) {
            double[] sums = daily.computeIfAbsent(local(r).toLocalDate(), d -> new double[2]);
            sums[0] += r.values().get("pm10");
            sums[1] += r.values().get("pm25");
        }
        Predicate<LocalDate> dustDay = d -> model.conditionsAt(d.atTime(15, 0).atZone(ZONE).toInstant()).dustPm10() > 0;

        List<LocalDate> dustDays = daily.keySet().stream().filter(dustDay).toList();
        assertThat(dustDays).isNotEmpty();
        double dustRatio = dustDays.stream().mapToDouble(d -> daily.get(d)[0] / daily.get(d)[1]).average().orElseThrow();
        double ordinaryRatio = daily.keySet().stream().filter(dustDay.negate())
                .mapToDouble(d -> daily.get(d)[0] / daily.get(d)[1]).average().orElseThrow();
        assertThat(ordinaryRatio).isBetween(1.6, 2.2);
        assertThat(dustRatio).isGreaterThan(ordinaryRatio + 0.2).isGreaterThan(2.0);
        assertThat(dustDays).allSatisfy(d -> assertThat(daily.get(d)[0] / 48).as("PM10 daily mean on %s", d).isBetween(150.0, 600.0));
    }

    @Test
    void scriptedEpisodeReachesItsPeakOnThePlateauAndEndsWithACleanFront() {
        Instant start = LocalDateTime.parse("2026-01-10T18:00").atZone(ZONE).toInstant();
        EpisodeScript script = new EpisodeScript(start, Duration.ofDays(4), 280);
        List<Reading> readings = referenceReadings(day(2026, 1, 8), 9, List.of(script));

        double plateau = mean(readings, "pm25", onDay(LocalDate.of(2026, 1, 12)));
        double afterFront = mean(readings, "pm25", r -> {
            LocalDateTime t = local(r);
            return t.isAfter(LocalDateTime.parse("2026-01-14T20:00")) && t.isBefore(LocalDateTime.parse("2026-01-15T12:00"));
        });
        double peakHour = readings.stream().filter(onDay(LocalDate.of(2026, 1, 12)))
                .mapToDouble(r -> r.values().get("pm25")).max().orElseThrow();

        assertThat(plateau).isCloseTo(280, org.assertj.core.data.Percentage.withPercentage(15));
        assertThat(peakHour).isGreaterThan(280);
        assertThat(afterFront).isLessThan(80);
        assertThat(mean(readings, "co", onDay(LocalDate.of(2026, 1, 12)))).isGreaterThan(2.0);
    }

    @Test
    void aSecondScriptedEpisodeTakesEffectDuringTheCleanAirAfterTheFirst() {
        // The first ends at 01-11 10:00 and its clean air lasts until 01-12 16:00; the second starts
        // 20 h after the first and is on its plateau from about 01-12 03:00 until its front at 22:00.
        Instant first = LocalDateTime.parse("2026-01-10T18:00").atZone(ZONE).toInstant();
        List<EpisodeScript> scripts = List.of(
                new EpisodeScript(first, Duration.ofHours(16), 150),
                new EpisodeScript(first.plus(Duration.ofHours(20)), Duration.ofHours(36), 300));
        List<Reading> readings = referenceReadings(day(2026, 1, 10), 4, scripts);

        double secondPlateau = mean(readings, "pm25", r -> {
            LocalDateTime t = local(r);
            return t.isAfter(LocalDateTime.parse("2026-01-12T03:00")) && t.isBefore(LocalDateTime.parse("2026-01-12T16:00"));
        });

        assertThat(secondPlateau).isCloseTo(300, org.assertj.core.data.Percentage.withPercentage(20));
        assertThat(new AirQualityModel(CATALOGUE, SEED, scripts)
                .conditionsAt(LocalDateTime.parse("2026-01-12T10:00").atZone(ZONE).toInstant()).episodePm25())
                .isEqualTo(300);
    }

    @Test
    void naturalWinterEpisodesLastTwoToFiveDaysAt150To300() {
        EpisodeCalendar calendar = new EpisodeCalendar(SEED, ZONE, List.of());
        List<Episode> episodes = new ArrayList<>();
        for (int year = 2024; year <= 2031; year++) {
            episodes.addAll(calendar.winterEpisodes(year));
            for (Episode e : calendar.winterEpisodes(year)) {
                LocalDate startDay = LocalDate.ofInstant(e.start(), ZONE);
                assertThat(startDay).isAfterOrEqualTo(LocalDate.of(year, 11, 1));
                assertThat(LocalDate.ofInstant(e.end(), ZONE)).isBefore(LocalDate.of(year + 1, 4, 1));
            }
        }
        assertThat(episodes).hasSizeGreaterThan(16);
        assertThat(episodes).allSatisfy(e -> {
            assertThat(e.duration()).isBetween(Duration.ofDays(2), Duration.ofDays(5));
            assertThat(e.level()).isBetween(150.0, 300.0);
        });
    }

    @Test
    void dustMonitorsSeeConstructionHourBumps() {
        AirQualityModel model = new AirQualityModel(CATALOGUE, SEED);
        List<Reading> may = readings(model, month(2026, 5), 31).stream().filter(r -> r.sensorId().equals("dust-1")).toList();
        Map<Boolean, List<Double>> excess = new HashMap<>();
        for (Reading r : may) {
            LocalDateTime t = local(r);
            boolean working = t.getDayOfWeek() != java.time.DayOfWeek.SUNDAY && t.getHour() >= 8 && t.getHour() < 18;
            boolean night = t.getHour() >= 0 && t.getHour() < 5;
            if (working || night) {
                excess.computeIfAbsent(working, k -> new ArrayList<>()).add(r.values().get("pm10") - model.conditionsAt(r.ts()).pm10());
            }
        }
        double workingExcess = excess.get(true).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double nightExcess = excess.get(false).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double workingMax = excess.get(true).stream().mapToDouble(Double::doubleValue).max().orElseThrow();

        assertThat(workingExcess).isGreaterThan(nightExcess + 40);
        assertThat(workingMax).isGreaterThan(150);
    }

    private static Instant month(int year, int month) {
        return LocalDate.of(year, month, 1).atStartOfDay(ZONE).toInstant();
    }

    private static Instant day(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(ZONE).toInstant();
    }

    /** Hourly readings of the two reference stations. */
    private static List<Reading> referenceReadings(Instant from, int days, List<EpisodeScript> scripts) {
        return readings(new AirQualityModel(CATALOGUE, SEED, scripts), from, days).stream()
                .filter(r -> r.sensorId().startsWith("ref-"))
                .toList();
    }

    private static List<Reading> readings(AirQualityModel model, Instant from, int days) {
        AirReadingSupplier supplier = model.readings(from);
        Instant end = from.plus(Duration.ofDays(days));
        List<Reading> out = new ArrayList<>();
        while (supplier.nextDue().orElseThrow().isBefore(end)) {
            out.add(supplier.next());
        }
        return out;
    }

    private static LocalDateTime local(Reading r) {
        return LocalDateTime.ofInstant(r.ts(), ZONE);
    }

    private static Predicate<Reading> hourIn(Integer... hours) {
        List<Integer> list = List.of(hours);
        return r -> list.contains(local(r).getHour());
    }

    private static Predicate<Reading> onDay(LocalDate day) {
        return r -> local(r).toLocalDate().equals(day);
    }

    private static double mean(List<Reading> readings, String key, Predicate<Reading> which) {
        return readings.stream().filter(which).mapToDouble(r -> r.values().get(key)).average().orElseThrow();
    }

    private static double correlation(double[] x, double[] y) {
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
