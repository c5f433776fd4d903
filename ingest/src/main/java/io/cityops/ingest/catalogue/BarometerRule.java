package io.cityops.ingest.catalogue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of the dual-control barometer (see docs/energy.md for the rule).
 *
 * @param baseYear          the base year of the intensity targets (2020 for the 14th Five-Year Plan)
 * @param totalsYellowShare projected year-end consumption above this share of the quota is yellow (0.95)
 * @param targets           the intensity targets; annual ones take precedence over multi-year ones
 */
public record BarometerRule(int baseYear, BigDecimal totalsYellowShare, List<IntensityTarget> targets) implements Serializable {
    public BarometerRule {
        Objects.requireNonNull(totalsYellowShare, "totalsYellowShare");
        targets = List.copyOf(targets);
    }

    /** The target that sets the pace of {@code year}: the shortest span covering it. */
    public Optional<IntensityTarget> targetFor(IntensityTarget.Dimension dimension, int year) {
        return targets.stream()
                .filter(t -> t.dimension() == dimension && t.covers(year))
                .min(Comparator.comparingInt(IntensityTarget::years));
    }
}
