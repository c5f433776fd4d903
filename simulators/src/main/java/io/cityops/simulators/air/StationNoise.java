package io.cityops.simulators.air;

import io.cityops.ingest.catalogue.SensorClass;

/**
 * How far a station's readings stray from the district's air, by instrument grade: a fixed bias
 * (siting, calibration), a slowly wandering error (AR(1) with correlation time {@code tauSeconds})
 * and white noise. Micro-stations (low-cost optical sensors) stray most.
 */
record StationNoise(double biasSigma, double wanderSigma, double whiteSigma, double tauSeconds) {

    static StationNoise of(SensorClass sensorClass) {
        return switch (sensorClass) {
            case NATIONAL_CONTROL, REFERENCE -> new StationNoise(0.04, 0.07, 0.02, 3 * 3600);
            case DUST_MONITOR -> new StationNoise(0.10, 0.12, 0.08, 3600);
            default -> new StationNoise(0.12, 0.15, 0.10, 3600);
        };
    }
}
