package io.cityops.ingest.catalogue;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** The alert rules the alert job applies to the rule observations on {@code city.indicators}. */
public record AlertCatalogue(List<AlertRuleSpec> rules) implements Serializable {

    /** The section is absent from the catalogue: no rules. */
    public static final AlertCatalogue NONE = new AlertCatalogue(List.of());

    public AlertCatalogue {
        rules = List.copyOf(rules);
    }

    public Optional<AlertRuleSpec> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The rules that watch this indicator for this subject. */
    public List<AlertRuleSpec> rulesFor(String indicator, String subjectType, String subject) {
        return rules.stream()
                .filter(r -> r.indicator().equals(indicator) && r.subjectType().equals(subjectType) && r.appliesTo(subject))
                .toList();
    }
}
