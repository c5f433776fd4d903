package io.cityops.jobs.energy;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.EnergyEntity;
import io.cityops.ingest.catalogue.EnergyMeter;
import io.cityops.ingest.schema.EnergySeries;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who a meter's consumption counts for: the meter, its entity, the sub-district the entity lies in and
 * the district; and where each subject lies.
 */
public final class EnergySubjects implements Serializable {

    /** A subject id with its type (meter, entity or region). */
    public record Subject(String id, String type) {
    }

    private static final long serialVersionUID = 1L;

    private final Catalogue catalogue;

    public EnergySubjects(Catalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** The subjects of one meter, each with its type, the meter first. */
    public List<Subject> of(String meterId) {
        EnergyMeter meter = catalogue.energy().meter(meterId)
                .orElseThrow(() -> new IllegalArgumentException("unknown meter " + meterId));
        EnergyEntity entity = catalogue.energy().entity(meter.entity()).orElseThrow();
        List<Subject> subjects = new ArrayList<>();
        subjects.add(new Subject(meter.id(), EnergySeries.SUBJECT_METER));
        subjects.add(new Subject(entity.id(), EnergySeries.SUBJECT_ENTITY));
        Set<String> regions = new LinkedHashSet<>();
        catalogue.subDistrictOf(entity.region()).ifPresent(r -> regions.add(r.id()));
        regions.add(catalogue.district().id());
        regions.forEach(r -> subjects.add(new Subject(r, EnergySeries.SUBJECT_REGION)));
        return subjects;
    }

    /** The region a subject lies in: itself for regions, the entity's region for entities and meters. */
    public String regionOf(String subject, String subjectType) {
        return switch (subjectType) {
            case EnergySeries.SUBJECT_REGION -> subject;
            case EnergySeries.SUBJECT_ENTITY -> catalogue.energy().entity(subject).map(EnergyEntity::region).orElse(null);
            default -> catalogue.energy().meter(subject).flatMap(m -> catalogue.energy().entity(m.entity()))
                    .map(EnergyEntity::region).orElse(null);
        };
    }
}
