package io.cityops.api.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces
@Singleton
class BadParameterHandler implements ExceptionHandler<BadParameterException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, BadParameterException exception) {
        return ProblemType.BAD_PARAMETER.response(exception.getMessage(), exception.parameter());
    }
}
