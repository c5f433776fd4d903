package io.cityops.jobs.influx;

import java.io.IOException;

/**
 * InfluxDB did not take a request: it refused it (HTTP 4xx, for instance bad line protocol or a
 * field type conflict; never retried), or it kept failing (5xx, timeouts, connection errors)
 * beyond the configured retries. The message names InfluxDB's own error text.
 */
public final class InfluxWriteException extends IOException {

    private static final long serialVersionUID = 1L;

    /** HTTP status of the last answer, or {@link #NO_ANSWER} when the last attempt got none. */
    private final int statusCode;
    private final String responseBody;

    public static final int NO_ANSWER = -1;

    InfluxWriteException(String message, int statusCode, String responseBody, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.responseBody = responseBody;
    }

    public int statusCode() {
        return statusCode;
    }

    /** InfluxDB's answer, for instance {@code {"error":"partial write: field type conflict: …"}}; empty without one. */
    public String responseBody() {
        return responseBody;
    }
}
