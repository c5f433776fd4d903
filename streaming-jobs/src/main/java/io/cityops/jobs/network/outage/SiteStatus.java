package io.cityops.jobs.network.outage;

import java.util.Objects;

/**
 * A site's state: either a change (went down, restored) or the state at the end of a reporting period.
 *
 * @param site      site id
 * @param region    its sub-district
 * @param event     {@link #SNAPSHOT}, {@link #DOWN} or {@link #RESTORED}
 * @param up        whether the site is up after the event
 * @param cause     while down or on restoration: why it was down
 * @param since     while down and on restoration: start of the outage, else -1
 * @param at        event time the state refers to (period end, outage start, restoration)
 * @param detectedAt event time at which the change was noticed (for silence: when the silence time ran out)
 * @param outageMs  on restoration: how long the outage lasted
 * @param replayed  computed while catching up with history
 */
public record SiteStatus(String site, String region, String event, boolean up, String cause, long since, long at,
                         long detectedAt, long outageMs, boolean replayed) {

    public static final String SNAPSHOT = "snapshot";
    public static final String DOWN = "down";
    public static final String RESTORED = "restored";

    public SiteStatus {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(event, "event");
    }
}
