package io.cityops.simulators.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.SensorKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvReadingParserTest {

    private static final CsvReadingParser PARSER = new CsvReadingParser(ZoneId.of("Asia/Shanghai"), SensorKind.AIR);

    @Test
    void readsTheWideLayoutWithEmptyCellsAsNotMeasuredAndLocalTimesInTheZone() throws IOException {
        CsvParseResult result = parse("""
                # comment line
                sensorId,ts,pm25,pm10,so2,no2,co,o3
                aq-1,2026-01-15T08:00,80.5,120.1,12,40,0.9,60
                aq-2,2026-01-15 08:00:00,75,,,,,
                """);

        assertThat(result.layout()).isEqualTo(CsvLayout.WIDE);
        assertThat(result.badRows()).isEmpty();
        assertThat(result.dataRows()).isEqualTo(2);
        assertThat(result.readings()).containsExactly(
                new Reading("aq-1", SensorKind.AIR, Instant.parse("2026-01-15T00:00:00Z"), null,
                        Map.of("pm25", 80.5, "pm10", 120.1, "so2", 12.0, "no2", 40.0, "co", 0.9, "o3", 60.0)),
                new Reading("aq-2", SensorKind.AIR, Instant.parse("2026-01-15T00:00:00Z"), null, Map.of("pm25", 75.0)));
    }

    @Test
    void readsTheLongLayoutGroupingRowsOfOneSensorAndTimeIntoOneReading() throws IOException {
        CsvParseResult result = parse("""
                sensorId,ts,pollutant,value
                aq-1,2026-01-15T08:00:00+08:00,pm25,80.5
                aq-2,2026-01-15T07:00:00Z,pm10,200
                aq-1,2026-01-15T08:00:00+08:00,PM10,120
                """);

        assertThat(result.layout()).isEqualTo(CsvLayout.LONG);
        assertThat(result.badRows()).isEmpty();
        assertThat(result.readings()).containsExactly(
                new Reading("aq-1", SensorKind.AIR, Instant.parse("2026-01-15T00:00:00Z"), null, Map.of("pm25", 80.5, "pm10", 120.0)),
                new Reading("aq-2", SensorKind.AIR, Instant.parse("2026-01-15T07:00:00Z"), null, Map.of("pm10", 200.0)));
    }

    @Test
    void reportsBadRowsWithTheirLineNumbersAndKeepsTheGoodOnes() throws IOException {
        CsvParseResult result = parse("""
                sensorId,ts,pm25,pm10
                aq-1,2026-01-15T08:00,80,120

                aq-1,yesterday,80,120
                aq-1,2026-01-15T09:00,lots,120
                aq-1,2026-01-15T10:00,80
                ,2026-01-15T11:00,80,120
                aq-1,2026-01-15T12:00,,
                aq-1,2026-01-15T08:00,81,121
                aq-1,2026-01-15T13:00,-5,120
                """);

        assertThat(result.readings()).extracting(Reading::ts).containsExactly(
                Instant.parse("2026-01-15T00:00:00Z"), Instant.parse("2026-01-15T05:00:00Z"));
        assertThat(result.badRows()).extracting(BadRow::line).containsExactly(4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(result.badRows()).extracting(BadRow::problem).satisfiesExactly(
                p -> assertThat(p).contains("ts 'yesterday'"),
                p -> assertThat(p).contains("pm25 'lots' is not a number"),
                p -> assertThat(p).contains("expected 4 fields", "found 3"),
                p -> assertThat(p).contains("sensorId is empty"),
                p -> assertThat(p).contains("no values"),
                p -> assertThat(p).contains("already given on line 2"));
        assertThat(result.dataRows()).as("blank lines are not rows").isEqualTo(8);
    }

    @Test
    void longLayoutRowsWithUnknownPollutantsOrRepeatedValuesAreBadRows() throws IOException {
        CsvParseResult result = parse("""
                sensorId,ts,pollutant,value
                aq-1,2026-01-15T08:00,pm25,80
                aq-1,2026-01-15T08:00,benzene,3
                aq-1,2026-01-15T08:00,pm25,81
                aq-1,2026-01-15T08:00,pm10,
                """);

        assertThat(result.readings()).hasSize(1);
        assertThat(result.badRows()).extracting(BadRow::line).containsExactly(3L, 4L, 5L);
        assertThat(result.badRows().get(0).problem()).contains("unknown air value key 'benzene'");
        assertThat(result.badRows().get(1).problem()).contains("first on line 2");
    }

    @Test
    void quotedFieldsAreUnquoted() throws IOException {
        CsvParseResult result = parse("""
                "sensorId","ts","pm25"
                "aq-1","2026-01-15T08:00","80.5"
                """);

        assertThat(result.readings()).singleElement().satisfies(r -> {
            assertThat(r.sensorId()).isEqualTo("aq-1");
            assertThat(r.values()).containsEntry("pm25", 80.5);
        });
    }

    @Test
    void aFileWithoutAUsableHeaderCannotBeReplayed() {
        assertThatThrownBy(() -> parse("# only a comment\n")).isInstanceOf(CsvFormatException.class).hasMessageContaining("no header");
        assertThatThrownBy(() -> parse("station,time,pm25\n")).hasMessageContaining("sensorId and ts");
        assertThatThrownBy(() -> parse("sensorId,ts,pm25,benzene\n")).hasMessageContaining("'benzene' is not a air value key");
        assertThatThrownBy(() -> parse("sensorId,ts,pollutant\n")).hasMessageContaining("long-format header");
    }

    private static CsvParseResult parse(String csv) throws IOException {
        return PARSER.parse(new BufferedReader(new StringReader(csv)), "test.csv");
    }
}
