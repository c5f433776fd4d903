package io.cityops.api.influx;

/** InfluxDB could not be reached or answered with a server error; the API answers 503. */
public class InfluxUnavailableException extends RuntimeException {
    public InfluxUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public InfluxUnavailableException(String message) {
        super(message);
    }
}
