package io.cityops.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cityops.api.testing.InfluxFixture;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The operations page as a browser shows it: headless Chromium loads it from the API, which reads a throw-away
 * InfluxDB holding what the energy and network jobs write, and the rendered DOM must show those figures.
 * Skipped only when no Chromium is installed (CI installs it, see .ci/run).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsPageIT implements TestPropertyProvider {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final long QUARTER = 15 * 60_000L;
    private static final String CONGESTED_SITE = "g5-qianfeng-001";
    private static final String SILENT_SITE = "g5-qianfeng-002";
    private static final String OTHER_SITE = "g5-xiayuan-001";

    private final InfluxFixture influx = InfluxFixture.create("api_page");

    @Inject
    EmbeddedServer server;

    private String dom;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("cityops.influxdb.database", influx.database());
    }

    @BeforeAll
    void renderThePageOverStoredFigures() throws Exception {
        writeWhatTheJobsWouldWrite();
        Optional<HeadlessChromium> chromium = HeadlessChromium.installed();
        assumeTrue(chromium.isPresent(), "chromium is not installed");
        dom = chromium.get().dumpDom(server.getURL() + "/");
    }

    @AfterAll
    void dropTheDatabase() {
        influx.close();
    }

    private void writeWhatTheJobsWouldWrite() {
        Instant now = Instant.now();
        long yearStart = ZonedDateTime.now(SHANGHAI).withDayOfYear(1).toLocalDate().atStartOfDay(SHANGHAI)
                .toInstant().toEpochMilli();
        long period = now.toEpochMilli() / QUARTER * QUARTER;
        long silentSince = period - 2 * QUARTER;
        List<String> lines = new ArrayList<>();
        lines.add("energy_ytd,subject=wbl,subject_type=region tce=1390000,tco2=4100000,as_of=" + period
                + "i,quota_tce=1533411,share_used_tce=0.906478,expected_share=0.89,projection_tce=1561797.75,"
                + "projection_ratio_tce=1.018513,energy_intensity=0.02466,energy_intensity_last_year=0.02501,"
                + "energy_intensity_base=0.0341,energy_change_vs_last_year=-0.013994,energy_change_vs_base=-0.276833,"
                + "energy_required_pace=0.028589,energy_intensity_level=\"yellow\",energy_totals_level=\"red\","
                + "energy_level=\"red\",carbon_level=\"yellow\",level=\"red\",level_code=2i,rule=\"worse of both\" " + yearStart);
        lines.add("energy_ytd,subject=wbl-qianfeng,subject_type=region tce=52000,as_of=" + period
                + "i,quota_tce=61000,share_used_tce=0.852459,projection_tce=57800,projection_ratio_tce=0.947541,"
                + "energy_intensity=0.4123,energy_change_vs_last_year=-0.0412,energy_change_vs_base=-0.1502,"
                + "energy_required_pace=0.030845,energy_intensity_level=\"green\",energy_totals_level=\"green\","
                + "energy_level=\"green\",carbon_level=\"green\",level=\"green\",level_code=0i " + yearStart);
        lines.add(status(CONGESTED_SITE, "wbl-qianfeng", true, period));
        lines.add(status(SILENT_SITE, "wbl-qianfeng", false, period));
        lines.add(status(OTHER_SITE, "wbl-xiayuan", true, period));
        lines.add("network_kpi,region=wbl-qianfeng,resolution=15m,site=" + CONGESTED_SITE + ",subject=" + CONGESTED_SITE
                + ",subject_type=site end_ms=" + period + "i,traffic_gb=7.5,prb_dl_pct=86.5,congested_cells=2i " + (period - QUARTER));
        lines.add("network_outage,region=wbl-qianfeng,site=" + SILENT_SITE + " cause=\"silence\",ongoing=true,restored_ms=-1i,"
                + "detected_ms=" + (silentSince + 2 * QUARTER) + "i " + silentSince);
        lines.add("network_feed,feed=network-oss alive=1i,changed=false,detected_ms=" + period + "i " + period);
        influx.write(lines);
    }

    private static String status(String site, String region, boolean up, long period) {
        return "network_site_status,region=" + region + ",site=" + site + " available=" + (up ? 1 : 0) + "i,cause=\""
                + (up ? "" : "silence") + "\",since_ms=" + (up ? -1 : period - 2 * QUARTER) + "i " + period;
    }

    @Test
    void theEnergyPanelShowsTheDistrictsBarometerWithItsFigures() {
        String district = row(tbody("energy"), "wbl");

        assertThat(district).contains("level red").contains("红 red")
                .contains("0.02466")            // intensity, tce per 10,000 yuan
                .contains("\u22121.40 %")       // vs the same period last year
                .contains("\u22122.86 %")       // the required yearly reduction
                .contains("\u221227.68 %")      // vs the base year
                .contains("90.6 %").contains("1,533,411 tce")   // quota used, of the quota
                .contains("101.9 %").contains("1,561,798 tce"); // projection
    }

    @Test
    void theEnergyPanelRatesEachSubDistrictAndSaysWhichHaveNoEvaluationYet() {
        String energy = tbody("energy");

        assertThat(row(energy, "wbl-qianfeng")).contains("level green").contains("0.4123").contains("\u22124.12 %")
                .contains("85.2 %").contains("94.8 %");
        assertThat(row(energy, "wbl-xiayuan")).contains("暂无评估 No evaluation yet");
        assertThat(dom).doesNotContain("id=\"energy-status\" class=\"panel-status error\"");
    }

    @Test
    void theNetworkPanelCountsTheDistrictsSitesAndCoverage() {
        assertThat(countTile("up")).isEqualTo("2");
        assertThat(countTile("down")).isEqualTo("1");
        assertThat(countTile("congested")).isEqualTo("1");
        assertThat(countTile("unknown")).isEqualTo("422");
        String district = row(tbody("network"), "wbl");
        assertThat(district).contains("2 / 445 · 0.4 %");
    }

    @Test
    void theNetworkPanelCountsEachSubDistrict() {
        String network = tbody("network");

        assertThat(cells(row(network, "wbl-qianfeng"))).containsExactly("千峰街道 Qianfeng Sub-district", "1", "1", "1", "34", "1 / 36 · 2.8 %");
        assertThat(cells(row(network, "wbl-xiayuan"))).containsSubsequence("1", "0", "0", "39", "1 / 40 · 2.5 %");
    }

    @Test
    void theNetworkPanelListsTheSiteThatIsDownWithCauseAndDetection() {
        String down = tbody("sites-down");

        assertThat(down).contains(SILENT_SITE).contains("无上报 silence").doesNotContain(CONGESTED_SITE);
        assertThat(cells(down)).hasSize(5).doesNotContain("—");
    }

    @Test
    void theAirTilesAndTheAlertsPanelAreStillThere() {
        assertThat(dom).containsPattern("<div class=\"tile district[^\"]*\" data-subject=\"wbl\"");
        assertThat(tbody("alerts")).contains("没有未结案的告警 No open alerts");
    }

    private String tbody(String id) {
        Matcher m = Pattern.compile("<tbody id=\"" + id + "\">(.*?)</tbody>", Pattern.DOTALL).matcher(dom);
        assertThat(m.find()).as("tbody %s in the rendered page", id).isTrue();
        return m.group(1);
    }

    private static String row(String html, String region) {
        Matcher m = Pattern.compile("<tr[^>]*data-region=\"" + Pattern.quote(region) + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("row of %s in %s", region, html).isTrue();
        return m.group(1);
    }

    /** The text of each top-level cell, markup and the small print under the figure left out. */
    private static List<String> cells(String rowHtml) {
        Matcher m = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(rowHtml);
        List<String> cells = new ArrayList<>();
        while (m.find()) {
            cells.add(m.group(1).replaceAll("<div.*?</div>", "").replaceAll("<[^>]+>", "").strip());
        }
        return cells;
    }

    private String countTile(String kind) {
        Matcher m = Pattern.compile("data-count=\"" + kind + "\"><div class=\"value\">([^<]*)</div>").matcher(dom);
        assertThat(m.find()).as("count tile %s", kind).isTrue();
        return m.group(1);
    }
}
