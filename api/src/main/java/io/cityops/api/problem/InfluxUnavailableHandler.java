package io.cityops.api.problem;

import io.cityops.api.influx.InfluxUnavailableException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Produces
@Singleton
class InfluxUnavailableHandler implements ExceptionHandler<InfluxUnavailableException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(InfluxUnavailableHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InfluxUnavailableException exception) {
        LOG.warn("{} {}: {}", request.getMethod(), request.getPath(), exception.getMessage());
        // The detail names no host: the client can only wait, the operator has the log.
        return ProblemType.STORAGE_UNAVAILABLE.response("The series storage (InfluxDB) is unavailable; try again shortly.", null);
    }
}
