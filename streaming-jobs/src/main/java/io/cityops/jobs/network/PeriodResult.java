package io.cityops.jobs.network;

import io.cityops.jobs.network.kpi.KpiSums;
import java.util.Objects;

/**
 * The network figures of one subject over one span.
 *
 * @param subjectType    {@code cell}, {@code site} or {@code region}
 * @param subject        its id
 * @param site           the site of a cell or site, null for regions
 * @param region         the sub-district of a cell or site, the region itself for regions
 * @param resolution     {@link Resolution}
 * @param start          start of the span, epoch ms
 * @param end            end of the span (exclusive), epoch ms
 * @param sums           the exact sums behind the KPIs
 * @param congested      cells: whether congested at the end of the span (for hours and days: in any of
 *                       its periods); null for sites and regions
 * @param congestedCells sites and regions: cells congested at the end of the period (hours, days: the most at once)
 * @param sitesReporting regions: sites that reported in the span; sites: 1
 * @param sitesExpected  regions: sites built in the region; sites: 1
 * @param busyHourStart  sites and regions, daily spans: start of the busy hour, else -1
 */
public record PeriodResult(String subjectType, String subject, String site, String region, Resolution resolution,
                           long start, long end, KpiSums sums, Boolean congested, int congestedCells,
                           int sitesReporting, int sitesExpected, long busyHourStart) {

    public static final String CELL = "cell";
    public static final String SITE = "site";
    public static final String REGION = "region";

    public PeriodResult {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(sums, "sums");
    }

    /** Key of the subject across resolutions, e.g. {@code site:g5-qianfeng-001}. */
    public String subjectKey() {
        return subjectType + ":" + subject;
    }

    public PeriodResult withSpan(Resolution resolution, long start, long end, KpiSums sums, Boolean congested,
                                 int congestedCells, int sitesReporting, long busyHourStart) {
        return new PeriodResult(subjectType, subject, site, region, resolution, start, end, sums, congested,
                congestedCells, sitesReporting, sitesExpected, busyHourStart);
    }

    /** The resolutions of the network series. */
    public enum Resolution {
        PERIOD("15m"), HOUR("hour"), DAY("day");

        private final String label;

        Resolution(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
