package io.cityops.jobs.air.aqi;

import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.cityops.jobs.air.aqi.AqiStandard.HJ_633_2012;
import static io.cityops.jobs.air.aqi.AqiStandard.HJ_633_2026;
import static io.cityops.jobs.air.aqi.DailyInput.daily;
import static io.cityops.jobs.air.aqi.HourlyInput.hourly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report record: over-standard pollutants, its invariants, stable key order and serialisation. */
class AqiReportTest {

    private static Map<String, Integer> iaqi(Object... keysAndValues) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (Integer) keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void overStandardPollutantsUnder2012AreThoseAbove100OzoneOnce() {
        // HJ 633-2012: over-standard = IAQI > 100 (DOMAIN.md §1.1); exactly 100 is within the standard.
        AqiReport report = new AqiReport(HJ_633_2012, 200, AqiCategory.MODERATELY_POLLUTED, List.of("so2"),
                iaqi("o3_8h", 120, "so2", 200, "pm10", 100, "o3", 150, "pm25", 101, "co", 12), Map.of());

        assertThat(report.overStandardPollutants()).containsExactly("pm25", "so2", "o3");
    }

    @Test
    void the8HourOzoneAloneAbove100MakesOzoneOverStandard() {
        AqiReport report = new AqiReport(HJ_633_2012, 128, AqiCategory.LIGHTLY_POLLUTED, List.of("o3"),
                iaqi("o3", 90, "o3_8h", 128), Map.of());

        assertThat(report.overStandardPollutants()).containsExactly("o3");
    }

    @Test
    void hj6332026DefinesNoOverStandardPollutant() {
        AqiReport report = new AqiReport(HJ_633_2026, 300, AqiCategory.HEAVILY_POLLUTED, List.of("o3"),
                iaqi("pm25", 150, "o3_8h", 300), Map.of());

        assertThat(report.overStandardPollutants()).isEmpty();
    }

    @Test
    void mapsAreKeptInTheStableKeyOrder() {
        Map<String, BigDecimal> concentrations = new LinkedHashMap<>();
        concentrations.put("o3_8h", BigDecimal.ONE);
        concentrations.put("co", BigDecimal.ONE);
        concentrations.put("pm25", BigDecimal.ONE);
        AqiReport report = new AqiReport(HJ_633_2012, 30, AqiCategory.EXCELLENT, List.of(),
                iaqi("o3", 1, "o3_8h", 2, "no2", 3, "so2", 4, "pm10", 5, "pm25", 6, "co", 7), concentrations);

        assertThat(report.iaqi().keySet()).containsExactly("pm25", "pm10", "so2", "no2", "co", "o3", "o3_8h");
        assertThat(report.concentrations().keySet()).containsExactly("pm25", "co", "o3_8h");
    }

    @Test
    void aReportRejectsInconsistentContent() {
        assertThatThrownBy(() -> new AqiReport(HJ_633_2012, 120, AqiCategory.GOOD, List.of(), Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not match AQI 120");
        assertThatThrownBy(() -> new AqiReport(HJ_633_2012, 120, null, List.of(), Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both");
        assertThatThrownBy(() -> new AqiReport(HJ_633_2012, null, AqiCategory.GOOD, List.of(), Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both");
        assertThatThrownBy(() -> new AqiReport(HJ_633_2012, 60, AqiCategory.GOOD, List.of("o3_8h"), Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("o3_8h");
        assertThatThrownBy(() -> new AqiReport(HJ_633_2012, 60, AqiCategory.GOOD, List.of(), Map.of("pm2.5", 60),
                Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pm2.5");
        assertThatThrownBy(() -> new AqiReport(null, null, null, List.of(), Map.of(), Map.of()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("standard");
    }

    @Test
    void notAvailableMeansNoAqi() {
        AqiReport report = new AqiReport(HJ_633_2026, null, null, null, null, null);

        assertThat(report.available()).isFalse();
        assertThat(report.primaryPollutants()).isEmpty();
        assertThat(report.iaqi()).isEmpty();
        assertThat(report.concentrations()).isEmpty();
    }

    @Test
    void reportsAndInputsSurviveJavaSerialisation() throws Exception {
        HourlyConcentrations hour = hourly().so2("900").so2Rolling24h("300").pm25Rolling24h("90.5").co("4.05").build();
        AqiReport report = AqiCalculator.hourly(HJ_633_2012, hour);
        DailyConcentrations day = daily().pm25("60").build();
        AqiReport notAvailable = AqiCalculator.daily(HJ_633_2026, day);

        assertThat(javaRoundTrip(hour)).isEqualTo(hour);
        assertThat(javaRoundTrip(report)).isEqualTo(report);
        assertThat(javaRoundTrip(day)).isEqualTo(day);
        assertThat(javaRoundTrip(notAvailable)).isEqualTo(notAvailable);
    }

    @Test
    void reportsAndInputsAreFlinkPojosWithoutKryo() throws IOException {
        // The air-quality job ships these records between operators with generic types disabled.
        SerializerConfigImpl config = new SerializerConfigImpl();
        config.setGenericTypes(false);

        HourlyConcentrations hour = hourly().so2("900").so2Rolling24h("300").pm25("70").pm25Rolling24h("90.5").build();
        DailyConcentrations day = daily().pm25("60").o3Max8h("801").build();
        AqiReport published = AqiCalculator.hourly(HJ_633_2012, hour);
        AqiReport notAvailable = AqiCalculator.daily(HJ_633_2026, daily().pm25("60").build());

        assertThat(flinkRoundTrip(HourlyConcentrations.class, hour, config)).isEqualTo(hour);
        assertThat(flinkRoundTrip(DailyConcentrations.class, day, config)).isEqualTo(day);
        AqiReport copy = flinkRoundTrip(AqiReport.class, published, config);
        assertThat(copy).isEqualTo(published);
        assertThat(copy.iaqi().keySet()).containsExactlyElementsOf(published.iaqi().keySet());
        assertThat(flinkRoundTrip(AqiReport.class, notAvailable, config)).isEqualTo(notAvailable);
    }

    private static <T> T flinkRoundTrip(Class<T> type, T value, SerializerConfigImpl config) throws IOException {
        TypeInformation<T> info = TypeInformation.of(type);
        assertThat(info).as(type.getSimpleName()).isInstanceOf(PojoTypeInfo.class);
        TypeSerializer<T> serializer = info.createSerializer(config);
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(value, out);
        return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }

    @SuppressWarnings("unchecked")
    private static <T> T javaRoundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
