package io.cityops.jobs.energy;

import java.util.Objects;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/** Sends each meter hour to the meter, its entity, its sub-district and the district. */
final class RouteToSubjects implements FlatMapFunction<MeterHour, Contribution> {

    private static final long serialVersionUID = 1L;

    private final EnergySubjects subjects;

    RouteToSubjects(EnergySubjects subjects) {
        this.subjects = Objects.requireNonNull(subjects, "subjects");
    }

    @Override
    public void flatMap(MeterHour hour, Collector<Contribution> out) {
        for (EnergySubjects.Subject subject : subjects.of(hour.meter())) {
            out.collect(new Contribution(subject.id(), subject.type(), hour.hourStart(), hour.totals()));
        }
    }
}
