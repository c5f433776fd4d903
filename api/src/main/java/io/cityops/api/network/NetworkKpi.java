package io.cityops.api.network;

import io.cityops.ingest.schema.NetworkSeries;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The KPIs a network series can be asked for, with their stored field and unit. */
enum NetworkKpi {
    AVAILABILITY("availability", NetworkSeries.FIELD_AVAILABILITY_PCT, "%"),
    PRB_DL("prb_dl", NetworkSeries.FIELD_PRB_DL_PCT, "%"),
    PRB_UL("prb_ul", NetworkSeries.FIELD_PRB_UL_PCT, "%"),
    RRC_USERS("rrc_users", NetworkSeries.FIELD_RRC_USERS, "users"),
    DL_THROUGHPUT("dl_throughput", NetworkSeries.FIELD_DL_MBPS, "Mbit/s"),
    UL_THROUGHPUT("ul_throughput", NetworkSeries.FIELD_UL_MBPS, "Mbit/s"),
    LATENCY("latency", NetworkSeries.FIELD_LATENCY_MS, "ms"),
    TRAFFIC("traffic", NetworkSeries.FIELD_TRAFFIC_GB, "GB"),
    POWER("power", NetworkSeries.FIELD_POWER_W, "W"),
    ENERGY("energy", NetworkSeries.FIELD_ENERGY_KWH, "kWh"),
    ENERGY_EFFICIENCY("energy_efficiency", NetworkSeries.FIELD_GB_PER_KWH, "GB/kWh"),
    ENERGY_EFFICIENCY_BIT_PER_JOULE("energy_efficiency_bit_per_joule", NetworkSeries.FIELD_BIT_PER_JOULE, "bit/J"),
    CONGESTED_CELLS("congested_cells", NetworkSeries.FIELD_CONGESTED_CELLS, "cells"),
    CONGESTED("congested", NetworkSeries.FIELD_CONGESTED, "0/1");

    private final String code;
    private final String field;
    private final String unit;

    NetworkKpi(String code, String field, String unit) {
        this.code = code;
        this.field = field;
        this.unit = unit;
    }

    String code() {
        return code;
    }

    String field() {
        return field;
    }

    String unit() {
        return unit;
    }

    static Optional<NetworkKpi> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code) || k.field.equals(code)).findFirst();
    }

    static String codes() {
        return Arrays.stream(values()).map(NetworkKpi::code).collect(Collectors.joining(", "));
    }
}
