package io.cityops.simulators.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.catalogue.NetworkCatalogue;
import io.cityops.ingest.reading.ParseResult;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.ReadingCodec;
import io.cityops.ingest.reading.ReadingValidator;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkReadingSupplierTest {

    private static final Catalogue CATALOGUE = CatalogueLoader.loadDefault();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Local midnight of a Wednesday. */
    private static final Instant MIDNIGHT = Instant.parse("2026-11-24T16:00:00Z");
    private static final Duration METER = Duration.ofMinutes(5);
    private static final String SITE = "g5-heping-007";

    private static List<Reading> readings(NetworkScripts scripts, Instant from, Duration span, boolean random) {
        NetworkReadingSupplier supplier = new NetworkReadingSupplier(new NetworkModel(CATALOGUE, 42, scripts, random),
                METER, from);
        List<Reading> readings = new ArrayList<>();
        Instant end = from.plus(span);
        while (supplier.nextDue().orElseThrow().isBefore(end)) {
            readings.add(supplier.next());
        }
        return readings;
    }

    private static List<Reading> cells(List<Reading> readings) {
        return readings.stream().filter(r -> !r.sensorId().endsWith("-pm")).toList();
    }

    private static List<Reading> meters(List<Reading> readings) {
        return readings.stream().filter(r -> r.sensorId().endsWith("-pm")).toList();
    }

    private static NetworkScripts.Window window(long fromMinutes, long minutes) {
        return new NetworkScripts.Window(MIDNIGHT.plus(Duration.ofMinutes(fromMinutes)), Duration.ofMinutes(minutes));
    }

    @Test
    void everyCellReportsEachPeriodAtItsEndAndEverySiteMeterEveryFiveMinutes() {
        // 425 sites × 3 cells at 00:15; meters at 00:05, 00:10 and 00:15
        List<Reading> readings = readings(NetworkScripts.NONE, MIDNIGHT.plusSeconds(1), Duration.ofMinutes(15), false);
        assertThat(cells(readings)).hasSize(1275).allSatisfy(r -> assertThat(r.ts()).isEqualTo(MIDNIGHT.plusSeconds(900)));
        assertThat(meters(readings)).hasSize(3 * 425);
        assertThat(readings).extracting(Reading::ts).isSorted();
    }

    @Test
    void everyReadingPassesTheCataloguesValidation() {
        ReadingValidator validator = new ReadingValidator(CATALOGUE, Duration.ofMinutes(5));
        for (Reading reading : readings(NetworkScripts.NONE, MIDNIGHT, Duration.ofMinutes(31), true)) {
            assertThat(validator.validate(ReadingCodec.encode(reading), Instant.now()))
                    .as(reading.sensorId()).isInstanceOf(ParseResult.Accepted.class);
        }
    }

    @Test
    void theSameSeedGivesTheSameReadings() {
        assertThat(readings(NetworkScripts.NONE, MIDNIGHT, Duration.ofMinutes(20), true))
                .isEqualTo(readings(NetworkScripts.NONE, MIDNIGHT, Duration.ofMinutes(20), true));
    }

    @Test
    void trafficFollowsTheDayWithTheBusyHourInTheEveningAndPowerFollowsLoad() {
        double night = traffic(readings(NetworkScripts.NONE, MIDNIGHT.plus(Duration.ofHours(4)), Duration.ofHours(1), false));
        double evening = traffic(readings(NetworkScripts.NONE, MIDNIGHT.plus(Duration.ofHours(21)), Duration.ofHours(1), false));
        // DOMAIN.md §3: minimum 03:00–05:00 at 5–15 % of the peak, busy hour usually 21:00
        assertThat(night / evening).isBetween(0.05, 0.15);

        double nightPower = power(readings(NetworkScripts.NONE, MIDNIGHT.plus(Duration.ofHours(4)), Duration.ofHours(1), false));
        double eveningPower = power(readings(NetworkScripts.NONE, MIDNIGHT.plus(Duration.ofHours(21)), Duration.ofHours(1), false));
        // about 2.2 kW at zero load, 3.8 kW at full load
        assertThat(nightPower).isBetween(1900.0, 2600.0);
        assertThat(eveningPower).isBetween(2600.0, 3800.0);
    }

    private static double traffic(List<Reading> readings) {
        return cells(readings).stream().mapToDouble(r -> r.values().get("traffic_gb")).sum();
    }

    private static double power(List<Reading> readings) {
        return meters(readings).stream().mapToDouble(r -> r.values().get("power_w")).average().orElseThrow();
    }

    @Test
    void aScriptedSiteOutageSilencesOneSiteOnly() {
        NetworkScripts scripts = NetworkScripts.NONE.withSiteOutage(new NetworkScripts.SiteOutage(SITE, window(20, 60)));
        List<Reading> readings = cells(readings(scripts, MIDNIGHT, Duration.ofMinutes(121), false));
        List<Instant> siteTimes = readings.stream().filter(r -> r.sensorId().startsWith(SITE + "-"))
                .map(Reading::ts).distinct().toList();
        // silent for the periods ending 00:30, 00:45, 01:00 and 01:15 (00:20 to 01:20)
        assertThat(siteTimes).containsExactly(at(15), at(90), at(105), at(120));
        assertThat(readings.stream().filter(r -> r.ts().equals(at(45)))).hasSize(1275 - 3);
    }

    @Test
    void aPowerCutSilencesACluster() {
        NetworkScripts scripts = NetworkScripts.NONE.withPowerCut(new NetworkScripts.PowerCut("wbl-nanhan", 5, window(10, 30)));
        List<Reading> readings = readings(scripts, MIDNIGHT, Duration.ofMinutes(31), false);
        List<String> cut = CATALOGUE.network().sites().stream().filter(s -> s.subDistrict().equals("wbl-nanhan"))
                .limit(5).map(NetworkCatalogue.Site::id).toList();
        assertThat(readings.stream().filter(r -> r.ts().equals(at(30)) && cut.stream().anyMatch(r.sensorId()::startsWith)))
                .isEmpty();
        assertThat(readings.stream().filter(r -> r.ts().equals(at(30)) && !r.sensorId().endsWith("-pm"))).hasSize(1275 - 15);
    }

    @Test
    void aStoppedFeedSendsNoCountersButTheMetersGoOn() {
        NetworkScripts scripts = NetworkScripts.NONE.withFeedStop(new NetworkScripts.FeedStop(window(10, 30)));
        List<Reading> readings = readings(scripts, MIDNIGHT, Duration.ofMinutes(46), false);
        // stopped 00:10 to 00:40: the exports due at 00:15 and 00:30 never come
        assertThat(cells(readings)).extracting(Reading::ts).containsOnly(at(45));
        assertThat(meters(readings).stream().filter(r -> r.ts().equals(at(30)))).hasSize(425);
    }

    @Test
    void anEventCongestsTheSubDistrictsCells() {
        NetworkScripts scripts = NetworkScripts.NONE.withEvent(
                new NetworkScripts.CongestionEvent("wbl-xinghua", 0.6, window(20 * 60, 120)));
        List<Reading> readings = cells(readings(scripts, MIDNIGHT.plus(Duration.ofHours(20)), Duration.ofMinutes(121), false));
        List<String> xinghua = CATALOGUE.network().sites().stream().filter(s -> s.subDistrict().equals("wbl-xinghua"))
                .map(NetworkCatalogue.Site::id).toList();
        double meanPrb = readings.stream().filter(r -> xinghua.stream().anyMatch(r.sensorId()::startsWith))
                .mapToDouble(r -> r.values().get("prb_dl_pct")).average().orElseThrow();
        assertThat(meanPrb).isGreaterThan(80);
    }

    @Test
    void randomOutagesReportTheCellsUnavailable() {
        List<Reading> day = cells(readings(NetworkScripts.NONE, MIDNIGHT, Duration.ofDays(1), true));
        long unavailable = day.stream().filter(r -> r.values().get("available") == 0.0).count();
        // about one outage a month per site, 1-4 periods: a few dozen cell-periods a day over 425 sites
        assertThat(unavailable).isBetween(3L, 400L);
    }

    private static Instant at(long minutes) {
        return MIDNIGHT.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void onSomeEveningsAnEventCongestsOneSubDistrict() {
        NetworkModel model = new NetworkModel(CATALOGUE, 42, NetworkScripts.NONE, true);
        java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 25);
        String place = null;
        for (int i = 0; i < 30 && place == null; i++) {
            day = day.plusDays(1);
            place = model.eveningEventOn(day);
        }
        assertThat(place).as("an event within a month").isNotNull();
        Instant eight = day.atTime(20, 15).atZone(SHANGHAI).toInstant();
        String region = place;
        List<Reading> readings = cells(readings(NetworkScripts.NONE, eight.minusSeconds(1), Duration.ofSeconds(2), true));
        List<String> sites = CATALOGUE.network().sites().stream().filter(s -> s.subDistrict().equals(region))
                .map(NetworkCatalogue.Site::id).toList();
        double atEvent = readings.stream().filter(r -> sites.stream().anyMatch(r.sensorId()::startsWith))
                .mapToDouble(r -> r.values().get("prb_dl_pct")).average().orElseThrow();
        double elsewhere = readings.stream().filter(r -> sites.stream().noneMatch(r.sensorId()::startsWith))
                .mapToDouble(r -> r.values().get("prb_dl_pct")).average().orElseThrow();
        assertThat(atEvent).isGreaterThan(elsewhere + 20);
    }
}
