package io.cityops.simulators.time;

import java.time.Instant;
import java.util.Optional;

/**
 * Items that become due at simulated instants, in non-decreasing order of due time. A generator's
 * readings are due at their timestamps; a fault layer may make a reading due later (a late or
 * out-of-order delivery) or twice (a duplicate).
 *
 * @param <T> the item type
 */
public interface TimedSource<T> {

    /** When the next item is due, or empty when the source is exhausted. */
    Optional<Instant> nextDue();

    /**
     * Takes the next item, the one {@link #nextDue()} announced.
     *
     * @throws java.util.NoSuchElementException when the source is exhausted
     */
    T next();
}
