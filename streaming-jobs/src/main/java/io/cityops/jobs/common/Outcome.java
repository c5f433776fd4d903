package io.cityops.jobs.common;

/** What became of one reading, for loss accounting. */
public enum Outcome {
    /** Passed validation (duplicates and late readings are counted again under their own outcome). */
    ACCEPTED,
    /** Failed validation; the reason says why. */
    REJECTED,
    /** A repeat of a reading already seen. */
    DUPLICATE,
    /** Valid, but later than the allowed lateness of its period. */
    LATE
}
