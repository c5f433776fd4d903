package io.cityops.api.alerts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Produces
@Singleton
class AlertProblemHandler implements ExceptionHandler<AlertProblem, HttpResponse<String>> {

    private static final Logger LOG = LoggerFactory.getLogger(AlertProblemHandler.class);

    @Override
    public HttpResponse<String> handle(HttpRequest request, AlertProblem problem) {
        if (problem.kind() == AlertProblem.Kind.UNAVAILABLE || problem.kind() == AlertProblem.Kind.NO_ANSWER) {
            LOG.warn("{} {}: {}", request.getMethod(), request.getPath(), problem.getMessage());
        }
        return problem.response();
    }
}
