package io.cityops.simulators.time;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Instants due at themselves, for driving the loop in tests. */
final class ListSource implements TimedSource<Instant> {

    private final Deque<Instant> items;

    ListSource(List<Instant> items) {
        this.items = new ArrayDeque<>(items);
    }

    static ListSource every(Instant start, java.time.Duration step, int count) {
        return new ListSource(java.util.stream.IntStream.range(0, count).mapToObj(i -> start.plus(step.multipliedBy(i))).toList());
    }

    @Override
    public Optional<Instant> nextDue() {
        return Optional.ofNullable(items.peek());
    }

    @Override
    public Instant next() {
        Instant next = items.poll();
        if (next == null) {
            throw new NoSuchElementException();
        }
        return next;
    }
}
