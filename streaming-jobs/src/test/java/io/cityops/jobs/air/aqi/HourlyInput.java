package io.cityops.jobs.air.aqi;

import java.math.BigDecimal;

/** Test fixture: builds {@link HourlyConcentrations} from decimal strings; unset values stay missing (null). */
final class HourlyInput {
    private BigDecimal so2;
    private BigDecimal no2;
    private BigDecimal co;
    private BigDecimal o3;
    private BigDecimal pm10;
    private BigDecimal pm25;
    private BigDecimal pm10Rolling24h;
    private BigDecimal pm25Rolling24h;
    private BigDecimal o3Rolling8h;
    private BigDecimal so2Rolling24h;

    static HourlyInput hourly() {
        return new HourlyInput();
    }

    HourlyInput so2(String value) {
        so2 = new BigDecimal(value);
        return this;
    }

    HourlyInput no2(String value) {
        no2 = new BigDecimal(value);
        return this;
    }

    HourlyInput co(String value) {
        co = new BigDecimal(value);
        return this;
    }

    HourlyInput o3(String value) {
        o3 = new BigDecimal(value);
        return this;
    }

    HourlyInput pm10(String value) {
        pm10 = new BigDecimal(value);
        return this;
    }

    HourlyInput pm25(String value) {
        pm25 = new BigDecimal(value);
        return this;
    }

    HourlyInput pm10Rolling24h(String value) {
        pm10Rolling24h = new BigDecimal(value);
        return this;
    }

    HourlyInput pm25Rolling24h(String value) {
        pm25Rolling24h = new BigDecimal(value);
        return this;
    }

    HourlyInput o3Rolling8h(String value) {
        o3Rolling8h = new BigDecimal(value);
        return this;
    }

    HourlyInput so2Rolling24h(String value) {
        so2Rolling24h = new BigDecimal(value);
        return this;
    }

    HourlyConcentrations build() {
        return new HourlyConcentrations(so2, no2, co, o3, pm10, pm25, pm10Rolling24h, pm25Rolling24h, o3Rolling8h,
                so2Rolling24h);
    }
}
