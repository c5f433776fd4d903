package io.cityops.simulators.replay;

import io.cityops.ingest.reading.Reading;
import java.util.List;

/**
 * What a CSV file held.
 *
 * @param layout   the layout recognised from the header
 * @param readings the readings, in time order (ties in file order)
 * @param badRows  the rows skipped, with line numbers
 * @param dataRows data rows read (comments and blank lines not counted)
 */
public record CsvParseResult(CsvLayout layout, List<Reading> readings, List<BadRow> badRows, long dataRows) {

    public CsvParseResult {
        readings = List.copyOf(readings);
        badRows = List.copyOf(badRows);
    }
}
