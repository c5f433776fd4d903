package io.cityops.api.alerts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityops.api.catalogue.CatalogueLookup;
import io.cityops.ingest.catalogue.Catalogue;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Pages of alerts, newest opened first (ties by id), so page boundaries are stable while nothing new
 * opens. Items are the alerts without their audit trail; {@code GET /api/v1/alerts/{id}} has it.
 */
@Singleton
class AlertListing {

    private static final Comparator<Alert> NEWEST_FIRST = Comparator
            .comparing((Alert a) -> a.openedAt().orElse(Instant.EPOCH)).reversed()
            .thenComparing(Alert::id);

    private final AlertView view;
    private final Catalogue catalogue;

    AlertListing(AlertView view, CatalogueLookup lookup) {
        this.view = view;
        this.catalogue = lookup.catalogue();
    }

    ObjectNode page(AlertQuery query) {
        List<Alert> matching = view.alerts().stream()
                .filter(alert -> query.matches(alert, catalogue))
                .sorted(NEWEST_FIRST)
                .toList();
        long first = (long) query.page() * query.size();
        ObjectNode page = AlertJson.object();
        page.put("page", query.page());
        page.put("size", query.size());
        page.put("total", matching.size());
        page.put("pages", (matching.size() + query.size() - 1) / query.size());
        ArrayNode items = page.putArray("items");
        matching.stream().skip(first).limit(query.size()).forEach(alert -> {
            ObjectNode item = alert.json().deepCopy();
            item.remove("audit");
            items.add(item);
        });
        return page;
    }
}
