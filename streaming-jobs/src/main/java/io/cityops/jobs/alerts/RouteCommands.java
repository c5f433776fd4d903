package io.cityops.jobs.alerts;

import io.cityops.ingest.catalogue.AlertCatalogue;
import io.cityops.jobs.common.KafkaMessage;
import java.util.Objects;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Routes operator commands to the state of their alert. A command that cannot be routed — not JSON,
 * no alert id of the form rule:subject:n, a rule the catalogue does not know — is answered at once
 * with a rejection on the {@link #REJECTED} side output (reason {@code invalid_command} or
 * {@code unknown_alert}, alert null).
 */
public final class RouteCommands extends ProcessFunction<KafkaMessage, CommandRequest> {

    private static final long serialVersionUID = 1L;

    public static final OutputTag<KafkaMessage> REJECTED = new OutputTag<>("unroutable-commands") {
    };

    private final AlertCatalogue catalogue;

    public RouteCommands(AlertCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    @Override
    public void processElement(KafkaMessage message, Context ctx, Collector<CommandRequest> out) {
        CommandJson.Parsed parsed = CommandJson.parse(message.key(), message.value());
        if (parsed.command() == null) {
            reject(ctx, parsed.commandId(), parsed.alertId(), "invalid_command", parsed.problem());
            return;
        }
        String ruleId = AlertIds.ruleOf(parsed.command().key());
        if (catalogue.rule(ruleId).isEmpty()) {
            reject(ctx, parsed.commandId(), parsed.alertId(), "unknown_alert", "no rule '" + ruleId + "' in the catalogue");
            return;
        }
        out.collect(parsed.command());
    }

    private static void reject(Context ctx, String commandId, String alertId, String reason, String detail) {
        byte[] json = AlertJson.rejection(commandId, alertId, reason, detail, null, null, null);
        ctx.output(REJECTED, new KafkaMessage(alertId, json));
    }
}
