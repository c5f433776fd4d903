package io.cityops.simulators.air;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * The PM10 a construction-site dust monitor sees from its own site: a steady working-hours level
 * plus bumps of 40–300 µg/m³ lasting 10–60 minutes (earthmoving, trucks), about one every 40
 * minutes. Sequential state, drawn from the station's own stream.
 */
final class ConstructionSite {

    private static final double MEAN_SECONDS_BETWEEN_BUMPS = 2400;

    private final SplittableRandom random;
    private final double workingLevel;
    private Instant bumpStart;
    private Instant bumpEnd;
    private double bumpHeight;

    ConstructionSite(SplittableRandom random, double workingLevel) {
        this.random = random;
        this.workingLevel = workingLevel;
    }

    /** PM10 added at {@code t} (local time {@code local}); {@code step} is the reporting interval. */
    double pm10At(Instant t, LocalDateTime local, long stepSeconds) {
        if (!Seasons.constructionHours(local)) {
            bumpEnd = null;
            return 0;
        }
        if (bumpEnd == null || !t.isBefore(bumpEnd)) {
            bumpEnd = null;
            double chance = 1 - Math.exp(-stepSeconds / MEAN_SECONDS_BETWEEN_BUMPS);
            if (random.nextDouble() < chance) {
                bumpStart = t;
                bumpEnd = t.plusSeconds(600 + random.nextInt(3000));
                bumpHeight = 40 + 260 * random.nextDouble();
            }
        }
        double bump = 0;
        if (bumpEnd != null) {
            double length = bumpEnd.getEpochSecond() - bumpStart.getEpochSecond();
            double f = (t.getEpochSecond() - bumpStart.getEpochSecond()) / length;
            bump = bumpHeight * Math.sin(Math.PI * (0.05 + 0.9 * f));
        }
        return workingLevel + bump;
    }
}
