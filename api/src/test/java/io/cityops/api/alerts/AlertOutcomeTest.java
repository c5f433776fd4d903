package io.cityops.api.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Time limits read from audit trails. Without limits on the alert, the job's markers decide (docs/alerts.md:
 * {@code escalated} = not accepted within the limit, {@code resolve_overdue} = not resolved within it).
 */
class AlertOutcomeTest {

    private static final Instant OPENED = Instant.parse("2026-11-28T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

    /** Trail: action@minutes-after-opening, space separated; limits empty when the alert carries none. */
    @ParameterizedTest(name = "{0} [{1}/{2}] -> acceptance due {3} on time {4}, resolution due {5} on time {6}")
    @CsvSource(delimiter = '|', value = {
            // opened, nothing else: nothing is due yet
            "opened@0                                        |      |       | false | false | false | false",
            // accepted before any escalation: on time
            "opened@0 accepted@5                             |      |       | true  | true  | false | false",
            // escalated, then accepted: late
            "opened@0 escalated@30 accepted@40               |      |       | true  | false | false | false",
            // escalated, never accepted: due and late
            "opened@0 escalated@30                           |      |       | true  | false | false | false",
            // the whole loop without markers: on time throughout
            "opened@0 accepted@5 assigned@6 resolved@90 closed@120 |  |      | true  | true  | true  | true",
            // resolution overdue before resolving: late
            "opened@0 accepted@5 assigned@6 resolve_overdue@240 resolved@300 | | | true | true | true | false",
            // limits on the alert decide: accepted in 20 of 15 minutes is late, resolved in 90 of 120 on time
            "opened@0 accepted@20 assigned@21 resolved@90    | PT15M | PT2H | true  | false | true  | true",
            // a limit that ran out with nothing done makes the alert due (and late)
            "opened@0                                        | PT15M | PT2H | true  | false | true  | false",
    })
    void readsTheTrailAgainstTheLimits(String trail, String acceptWithin, String resolveWithin, boolean acceptanceDue,
                                       boolean acceptedOnTime, boolean resolutionDue, boolean resolvedOnTime) {
        AlertOutcome outcome = AlertOutcome.of(alert("a:x:1", "wbl-xiayuan", null, trail, acceptWithin, resolveWithin), NOW);

        assertThat(outcome.acceptanceDue()).as("acceptance due").isEqualTo(acceptanceDue);
        assertThat(outcome.acceptedOnTime()).as("accepted on time").isEqualTo(acceptedOnTime);
        assertThat(outcome.resolutionDue()).as("resolution due").isEqualTo(resolutionDue);
        assertThat(outcome.resolvedOnTime()).as("resolved on time").isEqualTo(resolvedOnTime);
    }

    @Test
    void measuresRatesAndMeanTimeToResolvePerGroup() {
        List<Alert> alerts = List.of(
                alert("a:1", "wbl-xiayuan", "env-team-2", "opened@0 accepted@5 assigned@6 resolved@60 closed@70", null, null),
                alert("a:2", "wbl-xiayuan", "env-team-2", "opened@0 escalated@30 accepted@40 assigned@41 resolved@120", null, null),
                alert("a:3", "wbl-xiayuan", null, "opened@0 accepted@3", null, null),
                alert("a:4", "wbl-heping", "env-team-1", "opened@0 accepted@1 assigned@2 resolved@30 closed@31", null, null));

        JsonNode byRegion = LoopPerformance.measure(alerts, Alert::region, NOW);
        JsonNode xiayuan = byRegion.path("groups").get(1);
        JsonNode total = byRegion.path("total");

        assertThat(xiayuan.path("key").asText()).isEqualTo("wbl-xiayuan");
        assertThat(xiayuan.path("alerts").asInt()).isEqualTo(3);
        // 2 of 3 accepted on time; both resolutions on time; 1 of 3 closed; (60 + 120) / 2 minutes to resolve.
        assertThat(xiayuan.path("onTimeAcceptanceRate").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(xiayuan.path("onTimeResolutionRate").decimalValue()).isEqualByComparingTo("1.0000");
        assertThat(xiayuan.path("closureRate").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(xiayuan.path("meanTimeToResolve").asText()).isEqualTo("PT1H30M");
        assertThat(xiayuan.path("meanTimeToResolveSeconds").asLong()).isEqualTo(5400);
        assertThat(total.path("closureRate").decimalValue()).isEqualByComparingTo("0.5000");
        assertThat(total.path("meanTimeToResolveSeconds").asLong()).isEqualTo(4200);

        Function<Alert, String> team = a -> a.assignee() == null ? "(unassigned)" : a.assignee();
        JsonNode byTeam = LoopPerformance.measure(alerts, team, NOW);
        assertThat(byTeam.path("groups")).extracting(g -> g.path("key").asText())
                .containsExactly("(unassigned)", "env-team-1", "env-team-2");
        assertThat(byTeam.path("groups").get(0).path("onTimeResolutionRate").isNull()).isTrue();
    }

    private static Alert alert(String id, String region, String assignee, String trail, String acceptWithin,
                               String resolveWithin) {
        StringBuilder audit = new StringBuilder();
        String state = "open";
        int version = 0;
        for (String step : trail.strip().split("\\s+")) {
            String[] parts = step.split("@");
            version++;
            if (version > 1) {
                audit.append(',');
            }
            audit.append("{\"version\":").append(version).append(",\"action\":\"").append(parts[0])
                    .append("\",\"actor\":\"someone\",\"at\":\"").append(OPENED.plusSeconds(60L * Integer.parseInt(parts[1])))
                    .append("\"}");
            if (List.of("opened", "accepted", "assigned", "resolved", "closed").contains(parts[0])) {
                state = parts[0].equals("opened") ? "open" : parts[0];
            }
        }
        String json = "{\"id\":\"" + id + "\",\"version\":" + version + ",\"state\":\"" + state + "\",\"region\":\""
                + region + "\",\"assignee\":" + (assignee == null ? "null" : "\"" + assignee + "\"")
                + ",\"openedAt\":\"" + OPENED + "\""
                + (acceptWithin == null || acceptWithin.isBlank() ? "" : ",\"acceptWithin\":\"" + acceptWithin.strip() + "\"")
                + (resolveWithin == null || resolveWithin.isBlank() ? "" : ",\"resolveWithin\":\"" + resolveWithin.strip() + "\"")
                + ",\"audit\":[" + audit + "]}";
        try {
            return new Alert((ObjectNode) AlertJson.read(json.getBytes(StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
