package io.cityops.api.alerts;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.Region;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A validated alert listing request. Empty sets mean "any".
 *
 * @param region alerts of this region or any region within it
 * @param from   alerts opened at or after
 * @param to     alerts opened before
 * @param page   0-based page number
 */
record AlertQuery(Set<String> states, Set<String> severities, Optional<Region> region, Set<String> kinds,
                  Optional<Instant> from, Optional<Instant> to, int page, int size) {

    boolean matches(Alert alert, Catalogue catalogue) {
        if (!states.isEmpty() && !states.contains(alert.state())) {
            return false;
        }
        if (!severities.isEmpty() && !severities.contains(alert.severity())) {
            return false;
        }
        if (!kinds.isEmpty() && !kinds.contains(alert.kind())) {
            return false;
        }
        if (region.isPresent() && (alert.region() == null || !catalogue.isWithin(alert.region(), region.get().id()))) {
            return false;
        }
        Optional<Instant> opened = alert.openedAt();
        if (from.isPresent() && (opened.isEmpty() || opened.get().isBefore(from.get()))) {
            return false;
        }
        return to.isEmpty() || (opened.isPresent() && opened.get().isBefore(to.get()));
    }
}
