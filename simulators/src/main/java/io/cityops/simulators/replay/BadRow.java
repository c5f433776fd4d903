package io.cityops.simulators.replay;

/**
 * A CSV row that could not be turned into a reading; it is skipped and counted.
 *
 * @param line    1-based line number in the file
 * @param text    the row as read
 * @param problem what is wrong with it
 */
public record BadRow(long line, String text, String problem) {

    @Override
    public String toString() {
        return "line " + line + ": " + problem + " [" + text + "]";
    }
}
