package io.cityops.api.problem;

import io.cityops.api.influx.InfluxQueryException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Produces
@Singleton
class InfluxQueryFailedHandler implements ExceptionHandler<InfluxQueryException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(InfluxQueryFailedHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InfluxQueryException exception) {
        LOG.error("{} {}: {}", request.getMethod(), request.getPath(), exception.getMessage());
        return ProblemType.STORAGE_QUERY_FAILED.response("The series query failed; the error is logged.", null);
    }
}
