package io.cityops.api.influx;

/** InfluxDB rejected a query: a defect in the statement, not the caller's fault; the API answers 500. */
public class InfluxQueryException extends RuntimeException {
    public InfluxQueryException(String message) {
        super(message);
    }
}
