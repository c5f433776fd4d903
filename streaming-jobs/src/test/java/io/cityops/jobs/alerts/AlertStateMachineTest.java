package io.cityops.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.junit.jupiter.api.Test;

/**
 * The alert job's state machine in an operator harness, over the shipped rules: region-aqi raises
 * above AQI 150 (info), 200 (warning), 300 (critical), clears below 100, and must be accepted within
 * 30 minutes and resolved within 24 hours (catalogue/wanbailin.yaml).
 */
class AlertStateMachineTest {

    private static final String AQI = "region-aqi";
    private static final String XIAYUAN = "wbl-xiayuan";
    private static final String FIRST = "region-aqi:wbl-xiayuan:1";

    /** Hour ends of an episode on 28 November 2026 (UTC). */
    private static final Instant HOUR_1 = Instant.parse("2026-11-28T01:00:00Z");
    private static final Instant HOUR_2 = HOUR_1.plus(Duration.ofHours(1));
    private static final Instant HOUR_3 = HOUR_1.plus(Duration.ofHours(2));
    private static final Instant HOUR_4 = HOUR_1.plus(Duration.ofHours(3));
    private static final Instant HOUR_5 = HOUR_1.plus(Duration.ofHours(4));
    private static final Instant HOUR_6 = HOUR_1.plus(Duration.ofHours(5));
    private static final Instant HOUR_7 = HOUR_1.plus(Duration.ofHours(6));
    /** The wall clock when the first hour's result arrives: live, just after the hour. */
    private static final Instant LIVE = HOUR_1.plusSeconds(40);

    private static List<String> actions(List<JsonNode> records) {
        return records.stream().map(r -> r.path("transition").path("action").asText()).toList();
    }

    @Test
    void aConditionFlappingInsideTheHysteresisBandOpensOneAlert() throws Exception {
        try (AlertHarness alerts = AlertHarness.start(LIVE)) {
            alerts.observe(AQI, XIAYUAN, "160", HOUR_1); // breach: opens
            alerts.observe(AQI, XIAYUAN, "140", HOUR_2); // in the band: nothing
            alerts.observe(AQI, XIAYUAN, "155", HOUR_3); // breach again while active: a value update
            alerts.observe(AQI, XIAYUAN, "101", HOUR_4); // in the band
            alerts.observe(AQI, XIAYUAN, "151", HOUR_5);
            alerts.observe(AQI, XIAYUAN, "99", HOUR_6);  // below the clear threshold: cleared
            alerts.observe(AQI, XIAYUAN, "152", HOUR_7); // returns before anyone closed it: same alert

            List<JsonNode> records = alerts.allRecords();
            assertThat(actions(records)).containsExactly("opened", "condition_cleared", "condition_returned");
            assertThat(records).extracting(r -> r.path("alert").path("id").asText()).containsOnly(FIRST);
            JsonNode last = records.get(2).path("alert");
            assertThat(last.path("version").asInt()).isEqualTo(3);
            assertThat(last.path("condition").asText()).isEqualTo("active");
            assertThat(last.path("firstSeen").asText()).isEqualTo(HOUR_1.toString());
            assertThat(last.path("peak").decimalValue()).isEqualByComparingTo("160");
            assertThat(last.path("current").decimalValue()).isEqualByComparingTo("152");
            assertThat(last.path("lastSeen").asText()).isEqualTo(HOUR_7.toString());
            assertThat(last.path("audit")).hasSize(3);
        }
    }

    @Test
    void anOpenedAlertCarriesTheAgreedShape() throws Exception {
        try (AlertHarness alerts = AlertHarness.start(LIVE)) {
            alerts.observe(AQI, XIAYUAN, "212", HOUR_1);

            JsonNode record = alerts.newRecords().get(0);
            assertThat(record.path("type").asText()).isEqualTo("transition");
            assertThat(record.path("commandId").isNull()).isTrue();
            JsonNode t = record.path("transition");
            assertThat(t.path("version").asInt()).isEqualTo(1);
            assertThat(t.path("actor").asText()).isEqualTo("system");
            assertThat(t.path("from").isNull()).isTrue();
            assertThat(t.path("to").asText()).isEqualTo("open");
            assertThat(t.path("severity").asText()).isEqualTo("warning");
            JsonNode a = record.path("alert");
            assertThat(a.path("ruleId").asText()).isEqualTo(AQI);
            assertThat(a.path("kind").asText()).isEqualTo("air");
            assertThat(a.path("indicator").asText()).isEqualTo("aqi_hourly");
            assertThat(a.path("subjectType").asText()).isEqualTo("region");
            assertThat(a.path("subject").asText()).isEqualTo(XIAYUAN);
            assertThat(a.path("region").asText()).isEqualTo(XIAYUAN);
            assertThat(a.path("state").asText()).isEqualTo("open");
            assertThat(a.path("severity").asText()).isEqualTo("warning");
            assertThat(a.path("openedAt").asText()).isEqualTo(HOUR_1.toString());
            assertThat(a.path("assignee").isNull()).isTrue();
            assertThat(a.path("acceptOverdue").asBoolean()).isFalse();
            assertThat(a.path("replayed").asBoolean()).isFalse();
            assertThat(a.path("detail").asText()).isEqualTo("value 212");
            assertThat(alerts.influxRows()).singleElement().satisfies(row -> {
                assertThat(row.alertId()).isEqualTo(FIRST);
                assertThat(row.action()).isEqualTo("opened");
                assertThat(row.region()).isEqualTo(XIAYUAN);
            });
        }
    }

    @Test
    void aStaleCommandIsRejectedWithTheAlertAsItStands() throws Exception {
        try (AlertHarness alerts = AlertHarness.start(LIVE)) {
            alerts.observe(AQI, XIAYUAN, "212", HOUR_1);
            alerts.newRecords();

            alerts.command("c-1", FIRST, "accept", "li.wei", 1, Map.of(), LIVE.plusSeconds(60));
            alerts.command("c-2", FIRST, "accept", "zhang.min", 1, Map.of(), LIVE.plusSeconds(61));

            List<JsonNode> records = alerts.newRecords();
            assertThat(records).hasSize(2);
            JsonNode accepted = records.get(0);
            assertThat(accepted.path("type").asText()).isEqualTo("transition");
            assertThat(accepted.path("commandId").asText()).isEqualTo("c-1");
            assertThat(accepted.path("transition").path("actor").asText()).isEqualTo("li.wei");
            assertThat(accepted.path("alert").path("state").asText()).isEqualTo("accepted");
            JsonNode rejected = records.get(1);
            assertThat(rejected.path("type").asText()).isEqualTo("rejection");
            assertThat(rejected.path("commandId").asText()).isEqualTo("c-2");
            assertThat(rejected.path("alertId").asText()).isEqualTo(FIRST);
            assertThat(rejected.path("reason").asText()).isEqualTo("stale_version");
            assertThat(rejected.path("detail").asText()).contains("version 1").contains("version 2");
            assertThat(rejected.path("alert").path("version").asInt()).isEqualTo(2);
            assertThat(rejected.path("alert").path("state").asText()).isEqualTo("accepted");
            assertThat(rejected.path("alert").path("audit").get(1).path("actor").asText()).isEqualTo("li.wei");
        }
    }

    @Test
    void commandsForAnAlertThatDoesNotExistOrThatTheWorkflowForbidsAreRejected() throws Exception {
        try (AlertHarness alerts = AlertHarness.start(LIVE)) {
            alerts.command("c-1", "region-aqi:wbl-xiayuan:7", "accept", "li.wei", 1, Map.of(), LIVE);
            alerts.observe(AQI, XIAYUAN, "212", HOUR_1);
            alerts.command("c-2", "region-aqi:wbl-xiayuan:2", "accept", "li.wei", 1, Map.of(), LIVE);
            alerts.command("c-3", FIRST, "escalate", "li.wei", 1, Map.of(), LIVE);
            alerts.command("c-4", FIRST, "resolve", "li.wei", 1, Map.of("note", "done"), LIVE); // not yet accepted

            List<JsonNode> rejections = alerts.allRecords().stream()
                    .filter(r -> r.path("type").asText().equals("rejection")).toList();
            assertThat(rejections).extracting(r -> r.path("reason").asText())
                    .containsExactly("unknown_alert", "unknown_alert", "invalid_command", "invalid_transition");
            assertThat(rejections.get(0).path("alert").isNull()).isTrue();
            assertThat(rejections.get(1).path("detail").asText()).contains(FIRST);
            assertThat(rejections.get(2).path("alert").path("version").asInt()).isEqualTo(1);
        }
    }

    @Test
    void anAlertNotAcceptedInTimeEscalatesOnTheWallClock() throws Exception {
        try (AlertHarness alerts = AlertHarness.start(LIVE)) {
            alerts.observe(AQI, XIAYUAN, "160", HOUR_1); // info
            alerts.newRecords();

            alerts.clockAt(HOUR_1.plus(Duration.ofMinutes(30)).minusMillis(1));
            assertThat(alerts.newRecords()).isEmpty();

            alerts.clockAt(HOUR_1.plus(Duration.ofMinutes(30)));
            List<JsonNode> records = alerts.newRecords();
            assertThat(actions(records)).containsExactly("escalated");
            JsonNode escalated = records.get(0);
            assertThat(escalated.path("transition").path("severity").asText()).isEqualTo("warning");
            assertThat(escalated.path("transition").path("at").asText())
                    .isEqualTo(HOUR_1.plus(Duration.ofMinutes(30)).toString());
            assertThat(escalated.path("alert").path("acceptOverdue").asBoolean()).isTrue();
            assertThat(escalated.path("alert").path("severity").asText()).isEqualTo("warning");
            // the resolve limit (24 hours) is the one timer left
            assertThat(alerts.registeredTimers()).isEqualTo(1);

            alerts.clockAt(HOUR_1.plus(Duration.ofHours(24)));
            assertThat(actions(alerts.newRecords())).containsExactly("resolve_overdue");
            assertThat(alerts.registeredTimers()).isZero();
        }
    }

    @Test
    void anAlertAcceptedInTimeDoesNotEscalate() throws Exception {
        try (AlertHarness alerts = AlertHarness.start(LIVE)) {
            alerts.observe(AQI, XIAYUAN, "160", HOUR_1);
            alerts.command("c-1", FIRST, "accept", "li.wei", 1, Map.of(), HOUR_1.plus(Duration.ofMinutes(10)));
            alerts.newRecords();

            alerts.clockAt(HOUR_1.plus(Duration.ofHours(2)));
            assertThat(alerts.newRecords()).isEmpty();
        }
    }

    @Test
    void anAlertRaisedByReplayedHistoryIsMarkedAndPagesNoOne() throws Exception {
        try (AlertHarness alerts = AlertHarness.start(HOUR_1.plus(Duration.ofDays(30)))) {
            alerts.observe(AQI, XIAYUAN, "250", HOUR_1, true);

            assertThat(alerts.newRecords()).singleElement()
                    .satisfies(r -> assertThat(r.path("alert").path("replayed").asBoolean()).isTrue());
            assertThat(alerts.registeredTimers()).isZero();
            alerts.clockAt(HOUR_1.plus(Duration.ofDays(31)));
            assertThat(alerts.newRecords()).isEmpty();
        }
    }

    @Test
    void theLoopClosesAndOnlyABreachAfterClosureOpensTheNextNumber() throws Exception {
        try (AlertHarness alerts = AlertHarness.start(LIVE)) {
            alerts.observe(AQI, XIAYUAN, "212", HOUR_1);
            alerts.command("c-1", FIRST, "accept", "li.wei", 1, Map.of(), LIVE.plusSeconds(60));
            alerts.command("c-2", FIRST, "assign", "li.wei", 2, Map.of("assignee", "env-team-2"), LIVE.plusSeconds(120));
            alerts.command("c-3", FIRST, "resolve", "wang.fang", 3, Map.of("note", "site watered, works paused"),
                    LIVE.plusSeconds(3600));
            alerts.observe(AQI, XIAYUAN, "80", HOUR_2); // cleared: the fix can be verified
            alerts.command("c-4", FIRST, "close", "li.wei", 5, Map.of("verified", true), HOUR_2.plusSeconds(600));
            alerts.observe(AQI, XIAYUAN, "170", HOUR_3);

            List<JsonNode> records = alerts.allRecords();
            assertThat(actions(records)).containsExactly("opened", "accepted", "assigned", "resolved",
                    "condition_cleared", "closed", "opened");
            JsonNode closed = records.get(5).path("alert");
            assertThat(closed.path("state").asText()).isEqualTo("closed");
            assertThat(closed.path("assignee").asText()).isEqualTo("env-team-2");
            assertThat(closed.path("audit").get(3).path("note").asText()).isEqualTo("site watered, works paused");
            assertThat(records.get(6).path("alert").path("id").asText()).isEqualTo("region-aqi:wbl-xiayuan:2");
            assertThat(records.get(6).path("alert").path("version").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aBreachInsideQuietHoursOpensNothing() throws Exception {
        // 5g-site-efficiency-drop: below 2 GB/kWh for an hour, quiet 00:00-07:00 Shanghai time
        String rule = "5g-site-efficiency-drop";
        Instant threeAmLocal = Instant.parse("2026-11-27T19:00:00Z");
        try (AlertHarness alerts = AlertHarness.start(threeAmLocal)) {
            alerts.observe(rule, "site-1", "1.5", threeAmLocal);
            alerts.observe(rule, "site-1", "1.5", threeAmLocal.plus(Duration.ofHours(1)));
            alerts.observe(rule, "site-1", "1.5", threeAmLocal.plus(Duration.ofHours(2)));
            assertThat(alerts.newRecords()).isEmpty();

            Instant tenAmLocal = threeAmLocal.plus(Duration.ofHours(7));
            alerts.observe(rule, "site-1", "1.5", tenAmLocal);
            alerts.observe(rule, "site-1", "1.5", tenAmLocal.plus(Duration.ofHours(1)));
            assertThat(actions(alerts.newRecords())).containsExactly("opened");
        }
    }

    @Test
    void subjectsThatNeverRaiseKeepNoStateOrTimers() throws Exception {
        try (AlertHarness alerts = AlertHarness.start(LIVE)) {
            alerts.observe(AQI, XIAYUAN, "80", HOUR_1);
            alerts.observe(AQI, "wbl-heping", "120", HOUR_1);
            // a dust monitor breaches for less than its rule's hour, then recovers
            alerts.observe("dust-pm10-hourly", "aq-wbl-d001", "180", HOUR_1);
            assertThat(alerts.keyedStateEntries()).isEqualTo(1);
            alerts.observe("dust-pm10-hourly", "aq-wbl-d001", "90", HOUR_2);

            assertThat(alerts.allRecords()).isEmpty();
            assertThat(alerts.keyedStateEntries()).isZero();
            assertThat(alerts.registeredTimers()).isZero();
        }
    }

    @Test
    void restoringFromASnapshotNeitherLosesNorDuplicatesAlerts() throws Exception {
        OperatorSubtaskState snapshot;
        try (AlertHarness before = AlertHarness.start(LIVE)) {
            before.observe(AQI, XIAYUAN, "212", HOUR_1);
            before.command("c-1", FIRST, "accept", "li.wei", 1, Map.of(), LIVE.plusSeconds(60));
            assertThat(actions(before.newRecords())).containsExactly("opened", "accepted");
            snapshot = before.snapshot();
        }
        try (AlertHarness after = AlertHarness.restore(snapshot, LIVE.plusSeconds(120))) {
            // the condition goes on: no second alert is opened for the same episode
            after.observe(AQI, XIAYUAN, "230", HOUR_2);
            // the version the operator saw before the restart still applies
            after.command("c-2", FIRST, "assign", "li.wei", 2, Map.of("assignee", "env-team-2"), LIVE.plusSeconds(180));
            List<JsonNode> records = after.newRecords();
            assertThat(actions(records)).containsExactly("assigned");
            assertThat(records.get(0).path("alert").path("version").asInt()).isEqualTo(3);
            assertThat(records.get(0).path("alert").path("current").decimalValue()).isEqualByComparingTo("230");
            assertThat(records.get(0).path("alert").path("audit")).hasSize(3);
            // and the resolve limit's timer came back with the state
            after.clockAt(HOUR_1.plus(Duration.ofHours(24)));
            assertThat(actions(after.newRecords())).containsExactly("resolve_overdue");
        }
    }
}
