package io.cityops.simulators.replay;

/** The file cannot be replayed at all (no header, an unreadable header); single bad rows are not this. */
public final class CsvFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CsvFormatException(String message) {
        super(message);
    }
}
