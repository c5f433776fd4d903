package io.cityops.jobs.air;

/**
 * A local day that has data and whose daily report is not final yet.
 *
 * @param dayEnd   end of the day, epoch ms
 * @param revision revision of the daily report last published
 * @param reported whether the daily report has been published
 */
public record DayEntry(long dayEnd, int revision, boolean reported) {

    public DayEntry revised() {
        return new DayEntry(dayEnd, revision + 1, true);
    }

    public DayEntry published() {
        return new DayEntry(dayEnd, revision, true);
    }
}
