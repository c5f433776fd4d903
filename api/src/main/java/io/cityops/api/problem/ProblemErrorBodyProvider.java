package io.cityops.api.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

/**
 * Errors the framework answers itself (no such route, method not allowed, an unhandled exception) come
 * out as problem details too, so a client reads every error the same way. Their type is
 * {@code about:blank}: the status says it all.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemErrorBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext errorContext, HttpResponse<?> response) {
        String detail = errorContext.getErrors().stream().findFirst().map(Error::getMessage).orElse(null);
        return new Problem("about:blank", response.reason(), response.code(), detail, null);
    }

    @Override
    public String contentType() {
        return MediaType.APPLICATION_JSON_PROBLEM;
    }
}
