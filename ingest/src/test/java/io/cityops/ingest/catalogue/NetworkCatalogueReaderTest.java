package io.cityops.ingest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityops.ingest.reading.SensorKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkCatalogueReaderTest {

    private static final String HEAD = """
            version: "1"
            regions:
              - id: d
                name: District
                population: 30000
                children:
                  - id: d-s1
                    name: Sub 1
                    population: 20000
                    children:
                      - {id: c1, name: Community 1}
                      - {id: c2, name: Community 2}
                  - {id: d-s2, name: Sub 2, population: 10000}
            """;

    private static final String NETWORK = """
            network:
              feed: oss-test
              reportingPeriodMinutes: 15
              cellsPerSite: 3
              powerMeterIntervalSeconds: 300
              congestion: {prbDlThresholdPct: 80, minimumMinutes: 30}
              outage: {silenceMinutes: 30}
              feedStop: {afterMinutes: 20}
              subDistricts:
                - {region: d-s1, built: 3, planned: 4, lat: 37.87, lon: 112.52, radiusKm: 1.0}
                - {region: d-s2, built: 1, planned: 1, lat: 37.85, lon: 112.46, radiusKm: 0.5}
            """;

    private static Catalogue parse(String yaml) {
        return CatalogueLoader.parse(yaml, "test.yaml");
    }

    private static Catalogue with(String from, String to) {
        assertThat(NETWORK).contains(from);
        return parse(HEAD + NETWORK.replace(from, to));
    }

    @Test
    void expandsEachSubDistrictRowIntoSitesWithCellsAndPowerMeters() {
        Catalogue catalogue = parse(HEAD + NETWORK);
        NetworkCatalogue network = catalogue.network();

        assertThat(network.feed()).isEqualTo("oss-test");
        assertThat(network.reportingPeriod()).isEqualTo(Duration.ofMinutes(15));
        assertThat(network.congestion().prbDlThresholdPct()).isEqualByComparingTo("80");
        assertThat(network.congestion().minimumDuration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(network.outageSilence()).isEqualTo(Duration.ofMinutes(30));
        assertThat(network.feedStopAfter()).isEqualTo(Duration.ofMinutes(20));
        assertThat(network.sites()).extracting(NetworkCatalogue.Site::id)
                .containsExactly("g5-s1-001", "g5-s1-002", "g5-s1-003", "g5-s2-001");
        NetworkCatalogue.Site first = network.sites().get(0);
        assertThat(first.cells()).containsExactly("g5-s1-001-1", "g5-s1-001-2", "g5-s1-001-3");
        assertThat(first.powerMeter()).isEqualTo("g5-s1-001-pm");
        assertThat(first.subDistrict()).isEqualTo("d-s1");
        // communities in turn; a sub-district without communities holds its sites itself
        assertThat(network.sites()).extracting(NetworkCatalogue.Site::region).containsExactly("c1", "c2", "c1", "d-s2");
        assertThat(network.planOf("d-s1").orElseThrow().planned()).isEqualTo(4);
        assertThat(network.plannedSites()).isEqualTo(5);

        Sensor cell = catalogue.sensor("g5-s1-001-2").orElseThrow();
        assertThat(cell.kind()).isEqualTo(SensorKind.NETWORK);
        assertThat(cell.sensorClass()).isEqualTo(SensorClass.BASE_STATION);
        assertThat(cell.reportingIntervalSeconds()).isEqualTo(900);
        assertThat(cell.measures()).contains("available", "prb_dl_pct", "traffic_gb").doesNotContain("power_w");
        assertThat(catalogue.sensor("g5-s1-001-pm").orElseThrow().measures()).containsExactly("power_w");
        assertThat(catalogue.sensorsWithin("d", SensorKind.NETWORK)).hasSize(16);
    }

    @Test
    void placesSitesDeterministicallyWithinTheRadius() {
        List<NetworkCatalogue.Site> once = parse(HEAD + NETWORK).network().sites();
        List<NetworkCatalogue.Site> again = parse(HEAD + NETWORK).network().sites();
        assertThat(once).isEqualTo(again);
        for (NetworkCatalogue.Site site : once.subList(0, 3)) {
            double dy = (site.latitude() - 37.87) * 111.32;
            double dx = (site.longitude() - 112.52) * 111.32 * Math.cos(Math.toRadians(37.87));
            assertThat(Math.hypot(dx, dy)).isLessThanOrEqualTo(1.0 + 1e-3);
        }
        assertThat(once.stream().map(s -> s.latitude() + "/" + s.longitude()).distinct()).hasSize(4);
    }

    @Test
    void anAbsentSectionMeansNoSites() {
        assertThat(parse(HEAD).network()).isEqualTo(NetworkCatalogue.NONE);
        assertThat(parse(HEAD).network().sites()).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            reportingPeriodMinutes: 15   | reportingPeriodMinutes: 7      | must divide an hour
            cellsPerSite: 3              | cellsPerSite: 0                | cells per site must be 1..12
            powerMeterIntervalSeconds: 300 | powerMeterIntervalSeconds: 1200 | at least once per reporting period
            prbDlThresholdPct: 80        | prbDlThresholdPct: 120         | at most 100 %
            minimumMinutes: 30           | minimumMinutes: 20             | whole number of reporting periods
            silenceMinutes: 30           | silenceMinutes: 15             | longer than the reporting period
            afterMinutes: 20             | afterMinutes: 15               | after more than one period
            region: d-s2,                | region: d-s9,                  | region 'd-s9' does not exist
            region: d-s2,                | region: c1,                    | the plan is kept per SUB_DISTRICT
            region: d-s2,                | region: d-s1,                  | has two rows
            built: 1,                    | built: -1,                     | must be a count of sites
            radiusKm: 0.5                | radiusKm: 0                    | radius must be above 0
            lat: 37.85                   | lat: 137.85                    | outside -90..90
            feed: oss-test               | feed: oss-test\\n  colour: red  | unknown key 'colour'
            """)
    void rejectsABadSectionNamingTheProblem(String from, String to, String problem) {
        assertThatThrownBy(() -> with(from, to.replace("\\n", "\n")))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("network")
                .hasMessageContaining(problem);
    }

    @Test
    void namesTheMissingKey() {
        assertThatThrownBy(() -> with("  outage: {silenceMinutes: 30}\n", ""))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("network.outage")
                .hasMessageContaining("required key 'outage' is missing");
    }

    @Test
    void refusesASiteWhoseSensorIdsAreTaken() {
        String taken = """
                sensors:
                  - {id: g5-s2-001-pm, name: Clash, kind: network, class: BASE_STATION, measures: [power_w], region: c1, lat: 37.8, lon: 112.5, intervalSeconds: 300}
                """;
        assertThatThrownBy(() -> parse(HEAD + taken + NETWORK))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("network.subDistricts[1]")
                .hasMessageContaining("'g5-s2-001-pm' of site g5-s2-001 is already taken");
    }
}
