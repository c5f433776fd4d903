package io.cityops.ingest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityops.ingest.reading.SensorKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DefaultNetworkCatalogueTest {

    private static final Catalogue CATALOGUE = CatalogueLoader.loadDefault();
    private static final NetworkCatalogue NETWORK = CATALOGUE.network();

    @Test
    void theDistrictHasItsFourHundredTwentyFiveSitesOfThreeCellsInEverySubDistrict() {
        // the plan: 425 5G base stations built by 2020
        assertThat(NETWORK.sites()).hasSize(425);
        assertThat(NETWORK.sites()).allSatisfy(s -> assertThat(s.cells()).hasSize(3));
        assertThat(NETWORK.plan()).extracting(NetworkCatalogue.SubDistrictPlan::region)
                .containsExactlyInAnyOrderElementsOf(CATALOGUE.subDistricts().stream().map(Region::id).toList());
        assertThat(NETWORK.plan()).allSatisfy(p -> assertThat(p.planned()).isGreaterThanOrEqualTo(p.built()));
        assertThat(CATALOGUE.sensorsWithin("wbl", SensorKind.NETWORK)).hasSize(425 * 4);
    }

    @Test
    void sitesStandInTheirSubDistrictWithinTheDistrictsBounds() {
        for (NetworkCatalogue.Site site : NETWORK.sites()) {
            assertThat(CATALOGUE.subDistrictOf(site.region()).orElseThrow().id()).isEqualTo(site.subDistrict());
            assertThat(site.latitude()).isBetween(37.78, 37.95);
            assertThat(site.longitude()).isBetween(112.38, 112.60);
        }
    }

    @Test
    void theRulesFollowTheReportingPeriodOfTs28552() {
        assertThat(NETWORK.feed()).isEqualTo("network-oss");
        assertThat(NETWORK.reportingPeriod()).isEqualTo(Duration.ofMinutes(15));
        assertThat(NETWORK.congestion().prbDlThresholdPct()).isEqualByComparingTo("80");
        assertThat(NETWORK.outageSilence()).isGreaterThan(NETWORK.reportingPeriod());
    }
}
