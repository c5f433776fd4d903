package io.cityops.api.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The view keeps each alert's newest version and hands every transition on exactly once. */
class AlertViewTest {

    private final AlertView view = new AlertView();
    private long offset;

    @Test
    void keepsTheNewestVersionOfEachAlert() {
        apply(transition("a:x:1", 1, "open", null));
        apply(transition("a:x:1", 2, "accepted", "c-1"));
        apply(transition("a:y:1", 1, "open", null));

        assertThat(view.alert("a:x:1").orElseThrow().state()).isEqualTo("accepted");
        assertThat(view.alerts()).hasSize(2);
    }

    @Test
    void dropsATransitionWhoseVersionWasAlreadyApplied() {
        assertThat(apply(transition("a:x:1", 1, "open", null))).isTrue();
        assertThat(apply(transition("a:x:1", 2, "accepted", "c-1"))).isTrue();
        // A job restarted from a checkpoint writes both again.
        assertThat(apply(transition("a:x:1", 1, "open", null))).isFalse();
        assertThat(apply(transition("a:x:1", 2, "accepted", "c-1"))).isFalse();

        assertThat(view.alert("a:x:1").orElseThrow().version()).isEqualTo(2);
        assertThat(view.status().duplicates()).isEqualTo(2);
        assertThat(view.status().records()).isEqualTo(2);
    }

    @Test
    void dropsARejectionAlreadySeen() {
        assertThat(apply(rejection("a:x:1", "c-9"))).isTrue();
        assertThat(apply(rejection("a:x:1", "c-9"))).isFalse();
    }

    @Test
    void aSubscriberGetsTheBacklogAfterItsOffsetThenLiveRecordsEachOnce() {
        apply(transition("a:x:1", 1, "open", null));
        apply(transition("a:x:1", 2, "accepted", null));
        apply(transition("a:x:1", 3, "assigned", null));
        List<Long> seen = new ArrayList<>();

        AlertView.Registration registration = view.subscribe(0, event -> seen.add(event.offset()));
        apply(transition("a:x:1", 3, "assigned", null));
        apply(transition("a:x:1", 4, "resolved", null));
        registration.close();
        apply(transition("a:x:1", 5, "closed", null));

        assertThat(seen).containsExactly(1L, 2L, 4L);
    }

    @Test
    void theAnswerToACommandIsTheRecordCarryingItsId() {
        apply(transition("a:x:1", 1, "open", null));
        var answer = view.awaitAnswer("c-7");

        apply(transition("a:x:1", 2, "accepted", "c-7"));

        assertThat(answer).isCompleted();
        assertThat(answer.join().alert().orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aRecordThatIsNotTheDocumentedJsonIsSkippedWithAReason() {
        assertThat(AlertRecordParser.parse(0, "not json".getBytes(StandardCharsets.UTF_8)).problem()).startsWith("not JSON");
        assertThat(AlertRecordParser.parse(0, "{\"type\":\"gossip\"}".getBytes(StandardCharsets.UTF_8)).problem())
                .contains("unknown record type");
        assertThat(AlertRecordParser.parse(0, "{\"type\":\"transition\",\"alert\":{\"id\":\"a\"}}"
                .getBytes(StandardCharsets.UTF_8)).valid()).isFalse();
    }

    private boolean apply(byte[] record) {
        AlertRecordParser.Result result = AlertRecordParser.parse(offset++, record);
        assertThat(result.valid()).as(result.problem()).isTrue();
        return view.apply(result.event());
    }

    private static byte[] transition(String id, long version, String state, String commandId) {
        return ("{\"type\":\"transition\",\"commandId\":" + (commandId == null ? "null" : "\"" + commandId + "\"")
                + ",\"transition\":{\"version\":" + version + "},\"alert\":{\"id\":\"" + id + "\",\"version\":" + version
                + ",\"state\":\"" + state + "\"}}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] rejection(String id, String commandId) {
        return ("{\"type\":\"rejection\",\"commandId\":\"" + commandId + "\",\"alertId\":\"" + id
                + "\",\"reason\":\"stale_version\",\"detail\":\"expected 1\",\"alert\":null}").getBytes(StandardCharsets.UTF_8);
    }
}
