package io.cityops.api.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;

/** The kinds of problem the API reports, each with a stable type URI and title (RFC 9457). */
public enum ProblemType {
    BAD_PARAMETER("bad-parameter", "Bad request parameter", HttpStatus.BAD_REQUEST),
    NOT_FOUND("not-found", "No such resource", HttpStatus.NOT_FOUND),
    STORAGE_UNAVAILABLE("storage-unavailable", "Series storage unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    STORAGE_QUERY_FAILED("storage-query-failed", "Series query failed", HttpStatus.INTERNAL_SERVER_ERROR);

    private final String type;
    private final String title;
    private final HttpStatus status;

    ProblemType(String slug, String title, HttpStatus status) {
        this.type = "urn:cityops:problem:" + slug;
        this.title = title;
        this.status = status;
    }

    public String type() {
        return type;
    }

    public HttpResponse<Problem> response(String detail, String parameter) {
        return HttpResponse.<Problem>status(status)
                .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                .body(new Problem(type, title, status.getCode(), detail, parameter));
    }
}
