package io.cityops.simulators.energy;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.catalogue.EnergyMeter;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.simulators.publish.CollectingPublisher;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnergyReadingSupplierTest {

    private static final Catalogue CATALOGUE = CatalogueLoader.loadDefault();
    private static final ZoneId SHANGHAI = CATALOGUE.timeZone();
    /** Monday 7 December 2026, local midnight. */
    private static final Instant MONDAY = LocalDateTime.parse("2026-12-07T00:00").atZone(SHANGHAI).toInstant();

    private static List<Reading> day(EnergyReadingSupplier supplier, Instant start) {
        List<Reading> readings = new ArrayList<>();
        Instant end = start.plus(Duration.ofDays(1));
        while (supplier.nextDue().orElseThrow().isBefore(end)) {
            readings.add(supplier.next());
        }
        return readings;
    }

    private static Map<String, List<Reading>> byMeter(List<Reading> readings) {
        Map<String, List<Reading>> by = new HashMap<>();
        readings.forEach(r -> by.computeIfAbsent(r.sensorId(), k -> new ArrayList<>()).add(r));
        return by;
    }

    private static double counter(Reading r) {
        return r.values().values().iterator().next();
    }

    @Test
    void theSameSeedGivesTheSameReadingsAndEveryMeterReportsAtItsInterval() {
        List<Reading> first = day(new EnergyReadingSupplier(CATALOGUE, 7, MONDAY, 0, 0), MONDAY);
        List<Reading> again = day(new EnergyReadingSupplier(CATALOGUE, 7, MONDAY, 0, 0), MONDAY);
        assertThat(again).isEqualTo(first);
        Map<String, List<Reading>> by = byMeter(first);
        assertThat(by).hasSize(CATALOGUE.energy().meters().size());
        for (EnergyMeter meter : CATALOGUE.energy().meters()) {
            int interval = CATALOGUE.sensor(meter.id()).orElseThrow().reportingIntervalSeconds();
            assertThat(by.get(meter.id())).as(meter.id()).hasSize(86_400 / interval)
                    .allSatisfy(r -> {
                        assertThat(r.kind()).isEqualTo(SensorKind.ENERGY);
                        assertThat(r.values()).containsOnlyKeys(meter.counterKey());
                    });
        }
        assertThat(first).isSortedAccordingTo(java.util.Comparator.comparing(Reading::ts));
    }

    @Test
    void countersOnlyGoDownAtASwapAndNeverAdvanceFasterThanTheMeterAllows() {
        EnergyReadingSupplier supplier = new EnergyReadingSupplier(CATALOGUE, 3, MONDAY, 2000, 2000);
        Map<String, List<Reading>> by = byMeter(day(supplier, MONDAY));
        long decreases = 0;
        long gaps = 0;
        for (EnergyMeter meter : CATALOGUE.energy().meters()) {
            List<Reading> readings = by.get(meter.id());
            int interval = CATALOGUE.sensor(meter.id()).orElseThrow().reportingIntervalSeconds();
            for (int i = 1; i < readings.size(); i++) {
                double advance = counter(readings.get(i)) - counter(readings.get(i - 1));
                double hours = Duration.between(readings.get(i - 1).ts(), readings.get(i).ts()).toSeconds() / 3600.0;
                if (hours > interval / 3600.0) {
                    gaps++;
                    assertThat(hours).isLessThanOrEqualTo(6 + interval / 3600.0);
                }
                if (advance < 0) {
                    decreases++;
                } else {
                    assertThat(advance).as(meter.id()).isLessThanOrEqualTo(meter.maxPerHour().doubleValue() * hours);
                }
            }
        }
        assertThat(decreases).isPositive().isLessThanOrEqualTo(supplier.swaps());
        assertThat(gaps).isPositive().isLessThanOrEqualTo(supplier.gaps());
    }

    @Test
    void officesDrawMoreAtTenThanAtThreeAndHeatStopsOutsideTheHeatingSeason() {
        Map<String, List<Reading>> by = byMeter(day(new EnergyReadingSupplier(CATALOGUE, 5, MONDAY, 0, 0), MONDAY));
        // District Government Offices electricity, every 15 minutes: 10:00–10:15 against 03:00–03:15.
        List<Reading> offices = by.get("em-wbl-0009");
        double atTen = counter(offices.get(41)) - counter(offices.get(40));
        double atThree = counter(offices.get(13)) - counter(offices.get(12));
        assertThat(atTen).isGreaterThan(2.5 * atThree);

        Instant july = LocalDateTime.parse("2026-07-06T00:00").atZone(SHANGHAI).toInstant();
        List<Reading> summer = byMeter(day(new EnergyReadingSupplier(CATALOGUE, 5, july, 0, 0), july)).get("em-wbl-0010");
        List<Reading> winter = by.get("em-wbl-0010");
        double summerDay = counter(summer.get(summer.size() - 1)) - counter(summer.get(0));
        double winterDay = counter(winter.get(winter.size() - 1)) - counter(winter.get(0));
        assertThat(summerDay).isLessThan(0.15 * winterDay).isPositive();
    }

    @Test
    void enterpriseMetersGoThroughThePlatformAndTheOthersOverMqtt() {
        CollectingPublisher kafka = new CollectingPublisher();
        CollectingPublisher mqtt = new CollectingPublisher();
        MeterRoutingPublisher routing = new MeterRoutingPublisher(CATALOGUE, kafka, mqtt);
        day(new EnergyReadingSupplier(CATALOGUE, 1, MONDAY, 0, 0), MONDAY).forEach(routing::publish);

        assertThat(kafka.readings()).extracting(Reading::sensorId).contains("em-wbl-0001", "em-wbl-0008")
                .doesNotContain("em-wbl-0009");
        assertThat(mqtt.readings()).extracting(Reading::sensorId).contains("em-wbl-0009").doesNotContain("em-wbl-0001");
        assertThat(routing.sent()).isEqualTo(kafka.sent() + mqtt.sent());
    }
}
