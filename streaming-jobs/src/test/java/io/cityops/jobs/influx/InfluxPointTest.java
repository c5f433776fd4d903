package io.cityops.jobs.influx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rows follow the "special characters" and "data types" sections of the InfluxDB 1.x line
 * protocol reference (docs.influxdata.com/influxdb/v1/write_protocols/line_protocol_reference).
 */
class InfluxPointTest {

    private static final Instant T = Instant.ofEpochMilli(1465839830100L);

    static Stream<Arguments> escaping() {
        return Stream.of(
                // measurement: commas and spaces are escaped, an equals sign is not
                row("plain measurement", point("weather").field("temperature", 82L), "weather temperature=82i"),
                row("comma in measurement", point("wea,ther").field("temperature", 82L), "wea\\,ther temperature=82i"),
                row("space in measurement", point("wea ther").field("temperature", 82L), "wea\\ ther temperature=82i"),
                row("equals sign in measurement is literal", point("wea=ther").field("t", 1L), "wea=ther t=1i"),
                // tag keys, tag values and field keys: commas, equals signs and spaces
                row("space in tag value", point("weather").tag("location", "us midwest").field("temperature", 82L),
                        "weather,location=us\\ midwest temperature=82i"),
                row("comma in tag value", point("weather").tag("location", "us,midwest").field("temperature", 82L),
                        "weather,location=us\\,midwest temperature=82i"),
                row("equals sign in tag value", point("weather").tag("location", "us=midwest").field("temperature", 82L),
                        "weather,location=us\\=midwest temperature=82i"),
                row("comma in tag key", point("weather").tag("loc,ation", "us").field("temperature", 82L),
                        "weather,loc\\,ation=us temperature=82i"),
                row("equals sign in field key", point("weather").field("temp=rature", 82L),
                        "weather temp\\=rature=82i"),
                row("space in field key", point("weather").field("temp rature", 82L), "weather temp\\ rature=82i"),
                row("quotes need no escape in tags", point("weather").tag("note", "\"x\"").field("t", 1L),
                        "weather,note=\"x\" t=1i"),
                row("backslash in tag value is literal", point("weather").tag("path", "a\\b").field("t", 1L),
                        "weather,path=a\\b t=1i"),
                // string field values: double quotes and backslashes; commas, spaces, equals signs stay
                row("double quotes in string field", point("weather").field("temperature", "too\"hot\""),
                        "weather temperature=\"too\\\"hot\\\"\""),
                row("backslash in string field", point("weather").field("temperature_str", "too hot\\cold"),
                        "weather temperature_str=\"too hot\\\\cold\""),
                row("comma, space and equals sign in string field", point("weather").field("note", "a, b = c"),
                        "weather note=\"a, b = c\""),
                row("unicode passes through", point("空气").tag("区", "万柏林").field("名", "太原"),
                        "空气,区=万柏林 名=\"太原\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escaping")
    void escapesSpecialCharactersPerTheLineProtocolReference(String rule, InfluxPoint.Builder point,
                                                             String expected) {
        assertThat(point.build().toLineProtocol()).isEqualTo(expected + " 1465839830100");
    }

    static Stream<Arguments> fieldTypes() {
        return Stream.of(
                row("Long is an integer", 82L, "82i"),
                row("Integer is an integer", -5, "-5i"),
                row("Short is an integer", (short) 7, "7i"),
                row("Long.MAX_VALUE keeps every digit", Long.MAX_VALUE, "9223372036854775807i"),
                row("Double is a float", 82.0, "82.0"),
                row("negative Double", -1.25, "-1.25"),
                row("large Double in scientific notation", 1.0E10, "1.0E10"),
                row("small Double in scientific notation", 1.0E-5, "1.0E-5"),
                row("Float keeps its short form", 0.1f, "0.1"),
                row("BigDecimal keeps its scale", new BigDecimal("12.50"), "12.50"),
                row("BigDecimal integer value is still a float", new BigDecimal("3"), "3"),
                row("Boolean true", true, "true"),
                row("Boolean false", false, "false"),
                row("String is quoted", "good", "\"good\""),
                row("empty String is an empty quoted string", "", "\"\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldTypes")
    void writesEachFieldTypeInItsLineProtocolForm(String rule, Object value, String expected) {
        assertThat(point("m").field("v", value).build().toLineProtocol()).isEqualTo("m v=" + expected + " 1465839830100");
    }

    @Test
    void writesTagsSortedByKeyAndFieldsInInsertionOrder() {
        InfluxPoint point = InfluxPoint.builder("air_hourly", T)
                .tag("subject_type", "station").tag("subject", "aq-wbl-0001")
                .field("aqi", 87L).field("category", "moderate").field("valid", true)
                .build();

        assertThat(point.toLineProtocol()).isEqualTo(
                "air_hourly,subject=aq-wbl-0001,subject_type=station aqi=87i,category=\"moderate\",valid=true "
                        + "1465839830100");
    }

    @Test
    void sortsTagsByNaturalOrderWhateverTheCallersComparator() {
        TreeMap<String, String> reversed = new TreeMap<>(java.util.Comparator.reverseOrder());
        reversed.put("a", "1");
        reversed.put("b", "2");

        InfluxPoint point = new InfluxPoint("m", reversed, Map.of("v", 1L), T);

        assertThat(point.toLineProtocol()).isEqualTo("m,a=1,b=2 v=1i 1465839830100");
    }

    @Test
    void writesTheTimestampInMillisecondsTruncatingFinerPrecision() {
        Instant withNanos = Instant.ofEpochSecond(1465839830L, 100_999_999L);

        assertThat(InfluxPoint.builder("m", withNanos).field("v", 1L).build().toLineProtocol())
                .isEqualTo("m v=1i 1465839830100");
    }

    @Test
    void skipsNullFieldValues() {
        InfluxPoint point = point("m").field("aqi", null).field("valid", false).build();

        assertThat(point.fields()).containsOnlyKeys("valid");
        assertThat(point.toLineProtocol()).isEqualTo("m valid=false 1465839830100");
    }

    @Test
    void refusesAPointWithoutAnyFieldValue() {
        assertThatThrownBy(() -> point("air_hourly").field("aqi", null).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("air_hourly").hasMessageContaining("at least one field");
    }

    @Test
    void refusesNonFiniteFloats() {
        assertThatThrownBy(() -> point("m").field("pm25", Double.NaN).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pm25").hasMessageContaining("NaN");
        assertThatThrownBy(() -> point("m").field("pm25", Float.POSITIVE_INFINITY).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity");
    }

    @Test
    void refusesFieldTypesLineProtocolCannotCarry() {
        assertThatThrownBy(() -> point("m").field("when", Instant.EPOCH).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("when").hasMessageContaining("java.time.Instant");
    }

    @Test
    void refusesEmptyOrMissingTagValues() {
        assertThatThrownBy(() -> point("m").tag("subject", "").field("v", 1L).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tag subject");
        assertThatThrownBy(() -> point("m").tag("subject", null).field("v", 1L).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tag subject");
    }

    @Test
    void refusesLineBreaksAnywhere() {
        assertThatThrownBy(() -> point("m\n").field("v", 1L).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line break");
        assertThatThrownBy(() -> point("m").tag("t", "a\nb").field("v", 1L).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line break");
        assertThatThrownBy(() -> point("m").field("note", "a\r\nb").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line break");
    }

    @Test
    void refusesAnEmptyMeasurementOrMissingTime() {
        assertThatThrownBy(() -> InfluxPoint.builder("", T).field("v", 1L).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("measurement");
        assertThatThrownBy(() -> InfluxPoint.builder("m", null).field("v", 1L).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("time");
    }

    @Test
    void copiesTheCallersMapsSoLaterChangesDoNotAlterThePoint() {
        TreeMap<String, String> tags = new TreeMap<>(Map.of("subject", "a"));
        Map<String, Object> fields = new HashMap<>(Map.of("v", 1L));
        InfluxPoint point = new InfluxPoint("m", tags, fields, T);

        tags.put("subject", "b");
        fields.put("v", 2L);

        assertThat(point.toLineProtocol()).isEqualTo("m,subject=a v=1i 1465839830100");
        assertThatThrownBy(() -> point.fields().put("w", 3L)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void pointsWithTheSameIdentityAndFieldsAreEqual() {
        assertThat(point("m").tag("s", "a").field("v", 1L).build())
                .isEqualTo(point("m").tag("s", "a").field("v", 1L).build());
    }

    private static InfluxPoint.Builder point(String measurement) {
        return InfluxPoint.builder(measurement, T);
    }

    private static Arguments row(Object... values) {
        return Arguments.of(values);
    }
}
