package io.cityops.api.alerts;

import io.cityops.api.alerts.AlertEvent.Rejection;
import io.cityops.api.alerts.AlertEvent.Transition;
import io.cityops.api.problem.NotFoundException;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Turns an operator's request into a command on {@code city.alert-commands} and answers with what the
 * alert job wrote back: the API never changes an alert itself.
 */
@Singleton
@Requires(property = KafkaProperties.BOOTSTRAP_SERVERS)
class AlertCommandService {

    private final AlertView view;
    private final AlertCommandProducer producer;
    private final AlertsProperties properties;
    private final Clock clock;

    AlertCommandService(AlertView view, AlertCommandProducer producer, AlertsProperties properties, Clock clock) {
        this.view = view;
        this.producer = producer;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @return the alert after the transition the command caused
     * @throws AlertProblem when the job rejected the command, or did not answer in time
     */
    Alert issue(String alertId, String actionName, CommandRequest request) {
        AlertAction action = AlertAction.fromWireName(actionName).orElseThrow(() -> new NotFoundException("action",
                "no action '" + actionName + "'; expected one of " + AlertAction.names()));
        CommandValidator.validate(action, request);
        view.alert(alertId).orElseThrow(() -> new NotFoundException("id", "no alert with id '" + alertId + "'"));

        AlertCommand command = new AlertCommand(UUID.randomUUID().toString(), alertId, action.wireName(),
                request.actor().strip(), request.note(), request.assignee() == null ? null : request.assignee().strip(),
                action == AlertAction.CLOSE ? request.verified() : null, request.expectedVersion(),
                clock.instant().toString());
        CompletableFuture<AlertEvent> answer = view.awaitAnswer(command.commandId());
        try {
            producer.send(command);
            return outcome(answer.get(properties.answerTimeout().toMillis(), TimeUnit.MILLISECONDS));
        } catch (AlertCommandProducer.NotSentException e) {
            throw new AlertProblem(AlertProblem.Kind.UNAVAILABLE, "The command was not sent: " + e.getMessage()
                    + ". Nothing changed; try again shortly.", null, null);
        } catch (TimeoutException e) {
            throw new AlertProblem(AlertProblem.Kind.NO_ANSWER, "Command " + command.commandId() + " was written but the"
                    + " alert job did not answer within " + properties.answerTimeout() + "; it may still apply it. Read"
                    + " the alert again before retrying.", null, view.alert(alertId).orElse(null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AlertProblem(AlertProblem.Kind.UNAVAILABLE, "interrupted while waiting for the answer", null, null);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            view.forgetAnswer(command.commandId());
        }
    }

    private static Alert outcome(AlertEvent answer) {
        if (answer instanceof Transition transition) {
            return transition.current();
        }
        throw rejected((Rejection) answer);
    }

    private static AlertProblem rejected(Rejection rejection) {
        String detail = rejection.detail() == null ? rejection.reason() : rejection.detail();
        AlertProblem.Kind kind = switch (rejection.reason()) {
            case "stale_version", "invalid_transition" -> AlertProblem.Kind.CONFLICT;
            case "unknown_alert" -> AlertProblem.Kind.UNKNOWN_ALERT;
            default -> AlertProblem.Kind.INVALID_COMMAND;
        };
        return new AlertProblem(kind, detail, rejection.reason(), rejection.alert().orElse(null));
    }
}
