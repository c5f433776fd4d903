package io.cityops.simulators.air;

import io.cityops.simulators.Seeds;

/**
 * Smooth random variation as a pure function of time: a standard normal value at each whole knot
 * (hashed from the seed, the channel and the knot number), blended with a smoothstep in between.
 * Every station asking for the same channel at the same instant gets the same value, which is what
 * makes the district's weather coherent, and the value does not depend on when a run started.
 */
final class ValueNoise {

    private ValueNoise() {
    }

    /** The noise of {@code channel} at position {@code x}, measured in knots. */
    static double at(long seed, String channel, double x) {
        double floor = Math.floor(x);
        long knot = (long) floor;
        double f = x - floor;
        double g0 = Seeds.gaussianAt(seed, channel, knot);
        double g1 = Seeds.gaussianAt(seed, channel, knot + 1);
        double t = f * f * (3 - 2 * f);
        return g0 + (g1 - g0) * t;
    }
}
