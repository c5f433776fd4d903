package io.cityops.simulators.replay;

import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.ingest.reading.ValueLimits;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads historical readings from CSV. The header decides the layout: {@code sensorId,ts} followed
 * by value columns (wide), or {@code sensorId,ts,pollutant,value} (long). Timestamps are ISO-8601
 * with an offset ({@code 2026-01-15T08:00:00+08:00}, {@code ...Z}) or local date-times
 * ({@code 2026-01-15T08:00}, {@code 2026-01-15 08:00:00}) read in the configured zone. Lines
 * starting with {@code #} and blank lines are skipped. Fields may be double-quoted.
 *
 * <p>A bad row (wrong number of fields, no sensor id, unreadable time, a value that is not a
 * number, a reading without values) is reported with its line number and skipped; it does not stop
 * the replay. Implausible but well-formed values (negative, huge) are kept: judging them is the
 * validator's job, and replaying them exercises the dead-letter path. Readings carry no
 * {@code seq}.
 */
public final class CsvReadingParser {

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private final ZoneId zone;
    private final SensorKind kind;

    /**
     * @param zone zone of timestamps written without an offset
     * @param kind the kind of every reading in the file
     */
    public CsvReadingParser(ZoneId zone, SensorKind kind) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public CsvParseResult parse(BufferedReader in, String source) throws IOException {
        long lineNumber = 0;
        String line;
        Header header = null;
        List<BadRow> bad = new ArrayList<>();
        Map<Key, Map<String, Double>> readings = new LinkedHashMap<>();
        Map<Key, Long> firstLine = new LinkedHashMap<>();
        long dataRows = 0;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (header == null) {
                header = header(trimmed, source, lineNumber);
                continue;
            }
            dataRows++;
            try {
                List<String> fields = fields(trimmed);
                if (fields.size() != header.columns.size()) {
                    throw new RowProblem("expected " + header.columns.size() + " fields as in the header, found " + fields.size());
                }
                String sensorId = fields.get(header.sensorId);
                if (sensorId.isEmpty()) {
                    throw new RowProblem("sensorId is empty");
                }
                Instant ts = timestamp(fields.get(header.ts));
                Key key = new Key(sensorId, ts);
                if (header.layout == CsvLayout.WIDE) {
                    Map<String, Double> values = new LinkedHashMap<>();
                    for (int i = 0; i < header.columns.size(); i++) {
                        String column = header.columns.get(i);
                        if (i != header.sensorId && i != header.ts && !fields.get(i).isEmpty()) {
                            values.put(column, number(column, fields.get(i)));
                        }
                    }
                    if (values.isEmpty()) {
                        throw new RowProblem("no values (every value column is empty)");
                    }
                    if (readings.containsKey(key)) {
                        throw new RowProblem("a reading of " + sensorId + " at " + ts + " was already given on line " + firstLine.get(key));
                    }
                    readings.put(key, values);
                    firstLine.put(key, lineNumber);
                } else {
                    String pollutant = fields.get(header.pollutant).toLowerCase(Locale.ROOT);
                    if (!ValueLimits.keys(kind).contains(pollutant)) {
                        throw new RowProblem("unknown " + kind.wireName() + " value key '" + fields.get(header.pollutant)
                                + "' (one of " + ValueLimits.keys(kind) + ")");
                    }
                    if (fields.get(header.value).isEmpty()) {
                        throw new RowProblem("value is empty");
                    }
                    double value = number(pollutant, fields.get(header.value));
                    Map<String, Double> values = readings.computeIfAbsent(key, k -> new LinkedHashMap<>());
                    firstLine.putIfAbsent(key, lineNumber);
                    if (values.containsKey(pollutant)) {
                        throw new RowProblem(pollutant + " of " + sensorId + " at " + ts + " was already given (first on line "
                                + firstLine.get(key) + ")");
                    }
                    values.put(pollutant, value);
                }
            } catch (RowProblem p) {
                bad.add(new BadRow(lineNumber, trimmed, p.getMessage()));
            }
        }
        if (header == null) {
            throw new CsvFormatException(source + ": no header row (expected sensorId,ts,... or sensorId,ts,pollutant,value)");
        }
        List<Reading> out = new ArrayList<>();
        readings.forEach((key, values) -> out.add(new Reading(key.sensorId, kind, key.ts, null, values)));
        out.sort(Comparator.comparing(Reading::ts));
        return new CsvParseResult(header.layout, out, bad, dataRows);
    }

    private Header header(String line, String source, long lineNumber) {
        List<String> columns;
        try {
            columns = fields(line).stream().map(String::strip).toList();
        } catch (RowProblem p) {
            throw new CsvFormatException(source + " line " + lineNumber + ": unreadable header: " + p.getMessage());
        }
        List<String> lower = columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        int sensorId = lower.indexOf("sensorid");
        int ts = lower.indexOf("ts");
        if (sensorId < 0 || ts < 0) {
            throw new CsvFormatException(source + " line " + lineNumber + ": the header must name the columns sensorId and ts, got " + line);
        }
        int pollutant = lower.indexOf("pollutant");
        int value = lower.indexOf("value");
        if (pollutant >= 0 || value >= 0) {
            if (pollutant < 0 || value < 0 || columns.size() != 4) {
                throw new CsvFormatException(source + " line " + lineNumber
                        + ": a long-format header is exactly sensorId,ts,pollutant,value (in any order), got " + line);
            }
            return new Header(CsvLayout.LONG, lower, sensorId, ts, pollutant, value);
        }
        List<String> known = ValueLimits.keys(kind);
        for (int i = 0; i < lower.size(); i++) {
            if (i != sensorId && i != ts && !known.contains(lower.get(i))) {
                throw new CsvFormatException(source + " line " + lineNumber + ": column '" + columns.get(i)
                        + "' is not a " + kind.wireName() + " value key (one of " + known + ")");
            }
        }
        if (columns.size() == 2) {
            throw new CsvFormatException(source + " line " + lineNumber + ": the header has no value columns (e.g. pm25,pm10)");
        }
        if (lower.stream().distinct().count() != lower.size()) {
            throw new CsvFormatException(source + " line " + lineNumber + ": a column is named twice: " + line);
        }
        return new Header(CsvLayout.WIDE, lower, sensorId, ts, -1, -1);
    }

    private Instant timestamp(String text) throws RowProblem {
        if (text.isEmpty()) {
            throw new RowProblem("ts is empty");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException ignored) {
            // no offset: local time in the configured zone
        }
        try {
            return LocalDateTime.parse(text, LOCAL).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new RowProblem("ts '" + text + "' is neither ISO-8601 with an offset nor a local date-time like 2026-01-15T08:00");
        }
    }

    private static double number(String column, String text) throws RowProblem {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new RowProblem(column + " '" + text + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new RowProblem(column + " '" + text + "' is not a finite number");
        }
        return v;
    }

    /** Splits a CSV line: commas separate, double quotes enclose, two double quotes escape one. */
    static List<String> fields(String line) throws RowProblem {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                out.add(wasQuoted ? field.toString() : field.toString().strip());
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new RowProblem("a quoted field is not closed");
        }
        out.add(wasQuoted ? field.toString() : field.toString().strip());
        return out;
    }

    private record Header(CsvLayout layout, List<String> columns, int sensorId, int ts, int pollutant, int value) {
    }

    private record Key(String sensorId, Instant ts) {
    }

    /** Why a row is skipped; never leaves this class. */
    static final class RowProblem extends Exception {
        private static final long serialVersionUID = 1L;

        RowProblem(String message) {
            super(message, null, false, false);
        }
    }
}
