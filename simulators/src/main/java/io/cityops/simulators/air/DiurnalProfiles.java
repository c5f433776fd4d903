package io.cityops.simulators.air;

/**
 * Hour-of-day shapes (local time), each normalised to a mean of 1 and interpolated linearly between
 * whole hours, so that a value is a smooth function of the time of day.
 */
final class DiurnalProfiles {

    /**
     * PM2.5: night peak 21:00–02:00 at 1.3–1.5 × the mean (shallow night boundary layer plus evening
     * heating), secondary peak 08:00–10:00 (morning traffic), minimum 14:00–16:00 (deep afternoon
     * mixing). Also the shape of CO.
     */
    static final double[] PM25 = normalise(
            1.42, 1.38, 1.30, 1.18, 1.05, 0.98, 0.97, 1.02, 1.10, 1.12, 1.02, 0.88,
            0.76, 0.66, 0.60, 0.59, 0.64, 0.76, 0.90, 1.06, 1.22, 1.34, 1.42, 1.44);

    /** NO2: traffic peaks 07:00–09:00 and 18:00–22:00, a night low and an afternoon photolysis dip. */
    static final double[] NO2 = normalise(
            0.95, 0.85, 0.75, 0.68, 0.66, 0.72, 0.92, 1.25, 1.38, 1.28, 1.05, 0.92,
            0.85, 0.80, 0.78, 0.80, 0.90, 1.08, 1.30, 1.40, 1.38, 1.30, 1.18, 1.05);

    /** SO2: late-morning peak when elevated stack plumes mix down, low at night. */
    static final double[] SO2 = normalise(
            0.80, 0.78, 0.76, 0.75, 0.75, 0.78, 0.82, 0.90, 1.02, 1.18, 1.32, 1.38,
            1.32, 1.20, 1.08, 1.00, 0.95, 0.94, 0.96, 0.98, 0.96, 0.92, 0.88, 0.84);

    private DiurnalProfiles() {
    }

    /** The profile's value at a fractional hour of day (0 ≤ hour < 24). */
    static double at(double[] profile, double hourOfDay) {
        double h = ((hourOfDay % 24) + 24) % 24;
        int i = (int) Math.floor(h);
        double f = h - i;
        return profile[i] * (1 - f) + profile[(i + 1) % 24] * f;
    }

    /**
     * Photochemical production of O3: zero before 08:00 and after 22:00, a bell peaking at 15:00
     * (14:00–16:00 is the afternoon O3 peak).
     */
    static double sunlight(double hourOfDay) {
        double x = (hourOfDay - 8) / 14.0;
        if (x <= 0 || x >= 1) {
            return 0;
        }
        return Math.pow(Math.sin(Math.PI * x), 1.3);
    }

    private static double[] normalise(double... hourly) {
        if (hourly.length != 24) {
            throw new IllegalArgumentException("a profile needs 24 hourly values");
        }
        double mean = 0;
        for (double v : hourly) {
            mean += v / 24;
        }
        double[] out = new double[24];
        for (int i = 0; i < 24; i++) {
            out[i] = hourly[i] / mean;
        }
        return out;
    }
}
