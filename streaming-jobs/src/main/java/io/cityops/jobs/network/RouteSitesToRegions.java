package io.cityops.jobs.network;

import java.util.Objects;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/** Re-labels each site's period result as a contribution to its sub-district and to the district. */
public final class RouteSitesToRegions implements FlatMapFunction<PeriodResult, PeriodResult> {

    private static final long serialVersionUID = 1L;

    private final NetworkTopology topology;

    public RouteSitesToRegions(NetworkTopology topology) {
        this.topology = Objects.requireNonNull(topology, "topology");
    }

    @Override
    public void flatMap(PeriodResult site, Collector<PeriodResult> out) {
        if (!PeriodResult.SITE.equals(site.subjectType())) {
            return;
        }
        for (String region : topology.regionsOf(site.subject())) {
            out.collect(new PeriodResult(PeriodResult.REGION, region, null, region, site.resolution(), site.start(),
                    site.end(), site.sums(), null, site.congestedCells(), site.sitesReporting(),
                    topology.expectedSites(region), -1));
        }
    }
}
