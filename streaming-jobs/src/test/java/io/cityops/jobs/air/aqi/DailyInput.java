package io.cityops.jobs.air.aqi;

import java.math.BigDecimal;

/** Test fixture: builds {@link DailyConcentrations} from decimal strings; unset values stay missing (null). */
final class DailyInput {
    private BigDecimal so2;
    private BigDecimal no2;
    private BigDecimal co;
    private BigDecimal pm10;
    private BigDecimal pm25;
    private BigDecimal o3Max1h;
    private BigDecimal o3Max8h;

    static DailyInput daily() {
        return new DailyInput();
    }

    DailyInput so2(String value) {
        so2 = new BigDecimal(value);
        return this;
    }

    DailyInput no2(String value) {
        no2 = new BigDecimal(value);
        return this;
    }

    DailyInput co(String value) {
        co = new BigDecimal(value);
        return this;
    }

    DailyInput pm10(String value) {
        pm10 = new BigDecimal(value);
        return this;
    }

    DailyInput pm25(String value) {
        pm25 = new BigDecimal(value);
        return this;
    }

    DailyInput o3Max1h(String value) {
        o3Max1h = new BigDecimal(value);
        return this;
    }

    DailyInput o3Max8h(String value) {
        o3Max8h = new BigDecimal(value);
        return this;
    }

    DailyConcentrations build() {
        return new DailyConcentrations(so2, no2, co, pm10, pm25, o3Max1h, o3Max8h);
    }
}
