package io.cityops.api.energy;

/** What a series counts: tonnes of standard coal, tonnes of CO2, or the meters' own unit. */
enum EnergyUnit {
    TCE("tce"),
    TCO2("tco2"),
    NATIVE("native");

    private final String code;

    EnergyUnit(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static EnergyUnit fromCode(String code) {
        for (EnergyUnit unit : values()) {
            if (unit.code.equals(code)) {
                return unit;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
