package io.cityops.jobs.alerts.rules;

import io.cityops.ingest.catalogue.AlertCatalogue;
import io.cityops.ingest.catalogue.AlertRuleSpec;
import java.util.List;

/** Turns the catalogue's rule declarations into the threshold rules the condition tracker applies. */
public final class CatalogueRules {

    private CatalogueRules() {
    }

    public static List<AlertRule> of(AlertCatalogue catalogue) {
        return catalogue.rules().stream().map(CatalogueRules::of).toList();
    }

    public static AlertRule of(AlertRuleSpec spec) {
        SubjectType subjectType = SubjectType.fromWireName(spec.subjectType()).orElseThrow(
                () -> new IllegalArgumentException("rule " + spec.id() + ": unknown subject type " + spec.subjectType()));
        List<SeverityLevel> levels = spec.levels().stream()
                .map(l -> new SeverityLevel(Severity.valueOf(l.severity().name()), l.threshold()))
                .toList();
        return new AlertRule(spec.id(), AlertKind.valueOf(spec.kind().name()), spec.indicator(), subjectType,
                Direction.valueOf(spec.direction().name()), spec.raise(), spec.clear(), spec.minDuration(), levels,
                new TimeLimits(spec.acceptWithin(), spec.resolveWithin()));
    }
}
