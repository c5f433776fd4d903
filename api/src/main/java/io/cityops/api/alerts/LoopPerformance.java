package io.cityops.api.alerts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The figures of a closed loop for one group of alerts (a region or a team): on-time acceptance rate,
 * on-time resolution rate, closure rate and mean time to resolve. Rates are exact decimals to four
 * places (half up), null when nothing was due.
 */
final class LoopPerformance {

    static final int RATE_SCALE = 4;

    private int alerts;
    private int acceptanceDue;
    private int acceptedOnTime;
    private int resolutionDue;
    private int resolvedOnTime;
    private int closed;
    private int resolved;
    private Duration resolving = Duration.ZERO;

    void add(AlertOutcome outcome) {
        alerts++;
        acceptanceDue += outcome.acceptanceDue() ? 1 : 0;
        acceptedOnTime += outcome.acceptedOnTime() ? 1 : 0;
        resolutionDue += outcome.resolutionDue() ? 1 : 0;
        resolvedOnTime += outcome.resolvedOnTime() ? 1 : 0;
        closed += outcome.closed() ? 1 : 0;
        if (outcome.timeToResolve() != null) {
            resolved++;
            resolving = resolving.plus(outcome.timeToResolve());
        }
    }

    /** Groups the alerts by {@code key} and measures each group, plus the whole as {@code total}. */
    static ObjectNode measure(List<Alert> alerts, Function<Alert, String> key, Instant now) {
        Map<String, LoopPerformance> groups = new TreeMap<>();
        LoopPerformance total = new LoopPerformance();
        for (Alert alert : alerts) {
            AlertOutcome outcome = AlertOutcome.of(alert, now);
            groups.computeIfAbsent(key.apply(alert), k -> new LoopPerformance()).add(outcome);
            total.add(outcome);
        }
        ObjectNode result = AlertJson.object();
        List<ObjectNode> rows = new ArrayList<>();
        groups.forEach((name, group) -> rows.add(group.json(name)));
        result.putArray("groups").addAll(rows);
        result.set("total", total.json(null));
        return result;
    }

    ObjectNode json(String key) {
        ObjectNode row = AlertJson.object();
        if (key != null) {
            row.put("key", key);
        }
        row.put("alerts", alerts);
        row.put("acceptanceDue", acceptanceDue);
        row.put("acceptedOnTime", acceptedOnTime);
        row.put("onTimeAcceptanceRate", rate(acceptedOnTime, acceptanceDue));
        row.put("resolutionDue", resolutionDue);
        row.put("resolvedOnTime", resolvedOnTime);
        row.put("onTimeResolutionRate", rate(resolvedOnTime, resolutionDue));
        row.put("closed", closed);
        row.put("closureRate", rate(closed, alerts));
        row.put("resolved", resolved);
        if (resolved == 0) {
            row.putNull("meanTimeToResolve");
            row.putNull("meanTimeToResolveSeconds");
        } else {
            BigDecimal seconds = BigDecimal.valueOf(resolving.toMillis())
                    .divide(BigDecimal.valueOf(1000L * resolved), 0, RoundingMode.HALF_UP);
            row.put("meanTimeToResolve", Duration.ofSeconds(seconds.longValueExact()).toString());
            row.put("meanTimeToResolveSeconds", seconds);
        }
        return row;
    }

    static BigDecimal rate(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_UP);
    }
}
