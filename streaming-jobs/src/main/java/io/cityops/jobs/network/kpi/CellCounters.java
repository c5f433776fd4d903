package io.cityops.jobs.network.kpi;

/**
 * What one cell reported for one reporting period (3GPP TS 28.552 counters as the reading contract
 * carries them); a value the reading did not carry is null.
 *
 * @param available  1 when the cell was available in the period, 0 when not
 * @param prbDlPct   mean downlink PRB utilisation, % ({@code RRU.PrbTotDl})
 * @param prbUlPct   mean uplink PRB utilisation, % ({@code RRU.PrbTotUl})
 * @param rrcUsers   mean RRC-connected users ({@code RRC.ConnMean})
 * @param dlMbps     mean downlink UE throughput, Mbit/s ({@code DRB.UEThpDl})
 * @param ulMbps     mean uplink UE throughput, Mbit/s ({@code DRB.UEThpUl})
 * @param latencyMs  mean air-interface delay, ms ({@code DRB.AirIfDelayDl})
 * @param trafficGb  data volume DL + UL, GB ({@code DRB.PdcpSduVolumeDL/UL})
 */
public record CellCounters(Double available, Double prbDlPct, Double prbUlPct, Double rrcUsers, Double dlMbps,
                           Double ulMbps, Double latencyMs, Double trafficGb) {
}
