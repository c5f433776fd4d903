package io.cityops.api.alerts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;

/**
 * An RFC 9457 problem of the alert workflow. Besides the standard members it may carry {@code reason}
 * (the alert job's rejection reason) and {@code alert} (the alert as it stands, so a client that lost a
 * race sees what it lost to without another request).
 */
class AlertProblem extends RuntimeException {

    enum Kind {
        CONFLICT("alert-conflict", "The alert is not in the state the command expects", HttpStatus.CONFLICT),
        INVALID_COMMAND("alert-invalid-command", "The alert job refused the command as invalid", HttpStatus.BAD_REQUEST),
        UNKNOWN_ALERT("alert-unknown", "The alert job does not know the alert", HttpStatus.NOT_FOUND),
        UNAVAILABLE("alerts-unavailable", "The alert command path is unavailable", HttpStatus.SERVICE_UNAVAILABLE),
        NO_ANSWER("alert-no-answer", "The alert job did not answer in time", HttpStatus.GATEWAY_TIMEOUT);

        private final String type;
        private final String title;
        private final HttpStatus status;

        Kind(String slug, String title, HttpStatus status) {
            this.type = "urn:cityops:problem:" + slug;
            this.title = title;
            this.status = status;
        }
    }

    private final Kind kind;
    private final String reason;
    private final Alert alert;

    AlertProblem(Kind kind, String detail, @Nullable String reason, @Nullable Alert alert) {
        super(detail);
        this.kind = kind;
        this.reason = reason;
        this.alert = alert;
    }

    Kind kind() {
        return kind;
    }

    HttpResponse<String> response() {
        ObjectNode body = AlertJson.object();
        body.put("type", kind.type);
        body.put("title", kind.title);
        body.put("status", kind.status.getCode());
        body.put("detail", getMessage());
        if (reason != null) {
            body.put("reason", reason);
        }
        if (alert != null) {
            body.set("alert", alert.json());
        }
        return HttpResponse.<String>status(kind.status).contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                .body(AlertJson.write(body));
    }
}
