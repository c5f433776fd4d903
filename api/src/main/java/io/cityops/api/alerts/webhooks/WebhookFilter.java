package io.cityops.api.alerts.webhooks;

import io.cityops.api.alerts.Alert;
import io.cityops.api.alerts.AlertVocabulary;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.reading.SensorKind;
import java.util.List;

/** Which alerts a subscription wants; checked against the catalogue and the vocabulary when the API starts. */
final class WebhookFilter {

    private final WebhookSubscription subscription;
    private final Catalogue catalogue;

    WebhookFilter(WebhookSubscription subscription, Catalogue catalogue) {
        this.subscription = subscription;
        this.catalogue = catalogue;
        String key = WebhookSubscription.PREFIX + "." + subscription.name();
        subscription.severities().stream().filter(s -> !AlertVocabulary.SEVERITIES.contains(s)).findFirst()
                .ifPresent(s -> {
                    throw new IllegalArgumentException(key + ".severities: unknown severity '" + s + "'; expected one of "
                            + AlertVocabulary.SEVERITIES);
                });
        subscription.kinds().stream().filter(k -> SensorKind.fromWireName(k).isEmpty()).findFirst()
                .ifPresent(k -> {
                    throw new IllegalArgumentException(key + ".kinds: unknown kind '" + k + "'");
                });
        subscription.regions().stream().filter(r -> catalogue.region(r).isEmpty()).findFirst()
                .ifPresent(r -> {
                    throw new IllegalArgumentException(key + ".regions: no region '" + r + "' in the catalogue");
                });
    }

    boolean matches(Alert alert) {
        return anyOrContains(subscription.severities(), alert.severity())
                && anyOrContains(subscription.kinds(), alert.kind())
                && (subscription.regions().isEmpty() || (alert.region() != null
                && subscription.regions().stream().anyMatch(r -> catalogue.isWithin(alert.region(), r))));
    }

    private static boolean anyOrContains(List<String> wanted, String value) {
        return wanted.isEmpty() || wanted.contains(value);
    }
}
