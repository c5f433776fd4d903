package io.cityops.api.alerts;

import io.cityops.api.alerts.AlertEvent.Transition;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The API's picture of {@code city.alerts}: every alert's latest version, and the applied records in
 * offset order for the stream. Delivery is at least once, so a transition whose (alert id, version) is
 * not newer than what was applied is dropped, and a rejection already seen (same command id) too; what
 * is dropped reaches neither the stream nor the webhooks.
 *
 * <p>Listeners are called in offset order while the view's lock is held, which is what makes "backlog,
 * then live" free of gaps and doubles; a listener must therefore only hand the event on (enqueue), never
 * block.
 */
@Singleton
public class AlertView {

    /** Stops a subscription. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private final Object lock = new Object();
    private final Map<String, Alert> latest = new HashMap<>();
    private final List<AlertEvent> log = new ArrayList<>();
    private final Set<String> rejectedCommands = new HashSet<>();
    private final List<Consumer<AlertEvent>> listeners = new ArrayList<>();
    private final Map<String, CompletableFuture<AlertEvent>> answers = new ConcurrentHashMap<>();
    private long duplicates;
    private long invalid;
    private volatile long liveFrom = Long.MAX_VALUE;
    private volatile boolean caughtUp;
    private volatile String readerFailure;

    /**
     * Applies one record.
     *
     * @return whether it was new (false for a duplicate of an applied transition or rejection)
     */
    public boolean apply(AlertEvent event) {
        boolean applied;
        synchronized (lock) {
            applied = event instanceof Transition transition
                    ? applyTransition(transition)
                    : event.commandId().map(rejectedCommands::add).orElse(true);
            if (applied) {
                log.add(event);
                listeners.forEach(listener -> listener.accept(event));
            } else {
                duplicates++;
            }
        }
        // The answer to a command is whatever carries its id; a duplicate answers as well as the original.
        event.commandId().map(answers::remove).ifPresent(answer -> answer.complete(event));
        return applied;
    }

    private boolean applyTransition(Transition transition) {
        Alert current = latest.get(transition.alertId());
        if (current != null && current.version() >= transition.version()) {
            return false;
        }
        latest.put(transition.alertId(), transition.current());
        return true;
    }

    /** Counts a record that could not be read (it is skipped). */
    void skipInvalid() {
        synchronized (lock) {
            invalid++;
        }
    }

    public Optional<Alert> alert(String id) {
        synchronized (lock) {
            return Optional.ofNullable(latest.get(id));
        }
    }

    public List<Alert> alerts() {
        synchronized (lock) {
            return List.copyOf(latest.values());
        }
    }

    /**
     * Sends {@code listener} every applied record after {@code afterOffset} (-1 for all), then each new one
     * as it is applied, each exactly once and in offset order.
     */
    public Registration subscribe(long afterOffset, Consumer<AlertEvent> listener) {
        synchronized (lock) {
            for (int i = firstAfter(afterOffset); i < log.size(); i++) {
                listener.accept(log.get(i));
            }
            listeners.add(listener);
        }
        return () -> {
            synchronized (lock) {
                listeners.remove(listener);
            }
        };
    }

    private int firstAfter(long offset) {
        int low = 0;
        int high = log.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (log.get(middle).offset() <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Registers interest in the answer to a command before the command is sent, so the answer cannot slip by. */
    public CompletableFuture<AlertEvent> awaitAnswer(String commandId) {
        return answers.computeIfAbsent(commandId, id -> new CompletableFuture<>());
    }

    public void forgetAnswer(String commandId) {
        answers.remove(commandId);
    }

    /** Records at or after this offset were written while the API was reading (not history found at start). */
    public boolean isLive(AlertEvent event) {
        return event.offset() >= liveFrom;
    }

    void startLiveAt(long offset) {
        liveFrom = offset;
    }

    void caughtUp() {
        caughtUp = true;
    }

    /** The reader stopped following the topic; the view is frozen from here on. */
    void readerFailed(String reason) {
        readerFailure = reason;
    }

    /** Why the view no longer follows the topic, or null while it does. */
    public String readerFailure() {
        return readerFailure;
    }

    public Status status() {
        synchronized (lock) {
            return new Status(caughtUp, latest.size(), log.size(), duplicates, invalid,
                    log.isEmpty() ? -1 : log.get(log.size() - 1).offset());
        }
    }

    /**
     * @param caughtUp   the history found at start has been read
     * @param duplicates records dropped as already applied
     * @param invalid    records skipped as unreadable
     */
    public record Status(boolean caughtUp, int alerts, int records, long duplicates, long invalid, long lastOffset) {
    }
}
