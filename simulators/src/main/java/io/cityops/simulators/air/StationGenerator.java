package io.cityops.simulators.air;

import io.cityops.ingest.catalogue.Sensor;
import io.cityops.ingest.catalogue.SensorClass;
import io.cityops.ingest.reading.Pollutant;
import io.cityops.ingest.reading.Reading;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.ingest.reading.ValueLimits;
import io.cityops.simulators.Seeds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One station's readings: the district's air ({@link AirQualityModel#conditionsAt}) times the
 * station's bias and noise, at the station's reporting interval, for the pollutants it measures.
 * Its random streams are derived from the seed and the station id alone, so adding a station to the
 * catalogue does not change any other station's numbers.
 */
final class StationGenerator {

    private static final Pollutant[] ALL = Pollutant.values();

    private final AirQualityModel model;
    private final Sensor sensor;
    private final List<Pollutant> measured;
    private final long intervalSeconds;
    private final StationNoise noise;
    private final double rho;
    private final double[] bias = new double[ALL.length];
    private final double[] wander = new double[ALL.length];
    private final SplittableRandom noiseRandom;
    private final ConstructionSite site;
    private Instant nextTs;

    StationGenerator(AirQualityModel model, Sensor sensor, Instant start) {
        this.model = model;
        this.sensor = sensor;
        if (sensor.reportingIntervalSeconds() <= 0) {
            throw new IllegalArgumentException("sensor " + sensor.id() + " has no positive reporting interval");
        }
        this.intervalSeconds = sensor.reportingIntervalSeconds();
        this.measured = measured(sensor);
        this.noise = StationNoise.of(sensor.sensorClass());
        this.rho = Math.exp(-intervalSeconds / noise.tauSeconds());
        SplittableRandom setup = Seeds.random(model.seed(), "station-setup", sensor.id());
        for (int i = 0; i < ALL.length; i++) {
            bias[i] = Math.exp(noise.biasSigma() * Seeds.gaussian(setup));
            wander[i] = Seeds.gaussian(setup);
        }
        double workingLevel = 15 + 35 * setup.nextDouble();
        this.noiseRandom = Seeds.random(model.seed(), "station-noise", sensor.id());
        this.site = sensor.sensorClass() == SensorClass.DUST_MONITOR
                ? new ConstructionSite(Seeds.random(model.seed(), "station-site", sensor.id()), workingLevel)
                : null;
        this.nextTs = firstSlotAtOrAfter(start, intervalSeconds);
    }

    String sensorId() {
        return sensor.id();
    }

    Instant nextTs() {
        return nextTs;
    }

    /** The reading at {@link #nextTs()}; moves on to the next slot. */
    Reading next() {
        Instant ts = nextTs;
        nextTs = ts.plusSeconds(intervalSeconds);
        DistrictConditions air = model.conditionsAt(ts);

        double[] value = new double[ALL.length];
        double variance = noise.wanderSigma() * noise.wanderSigma() + noise.whiteSigma() * noise.whiteSigma();
        double innovation = Math.sqrt(1 - rho * rho);
        for (int i = 0; i < ALL.length; i++) {
            // Every pollutant's noise is stepped even when not measured: a fixed number of draws
            // per reading keeps the stream aligned whatever the station measures.
            wander[i] = rho * wander[i] + innovation * Seeds.gaussian(noiseRandom);
            double white = Seeds.gaussian(noiseRandom);
            double factor = Math.exp(noise.wanderSigma() * wander[i] + noise.whiteSigma() * white - variance / 2);
            value[i] = district(air, ALL[i]) * bias[i] * factor;
        }
        int no2 = Pollutant.NO2.ordinal();
        int o3 = Pollutant.O3.ordinal();
        // More NO2 here than in the district means more O3 titrated here.
        value[o3] = Math.max(1, value[o3] - AirQualityModel.O3_TITRATION * (value[no2] - air.no2()));
        int pm10 = Pollutant.PM10.ordinal();
        int pm25 = Pollutant.PM25.ordinal();
        if (site != null) {
            value[pm10] += site.pm10At(ts, air.localTime(), intervalSeconds);
        }
        value[pm10] = Math.max(value[pm10], value[pm25] * 1.05);

        Map<String, Double> values = new LinkedHashMap<>();
        for (Pollutant p : measured) {
            values.put(p.key(), rounded(p, value[p.ordinal()]));
        }
        return new Reading(sensor.id(), SensorKind.AIR, ts, ts.getEpochSecond() / intervalSeconds, values);
    }

    /** Reported as analysers do: µg/m³ to 0.1, CO (mg/m³) to 0.01, inside the contract's limits. */
    private static double rounded(Pollutant p, double v) {
        double max = ValueLimits.of(SensorKind.AIR, p.key()).orElseThrow().max();
        double clamped = Math.min(max, Math.max(0, v));
        return p == Pollutant.CO ? Math.round(clamped * 100) / 100.0 : Math.round(clamped * 10) / 10.0;
    }

    private static double district(DistrictConditions air, Pollutant p) {
        return switch (p) {
            case PM25 -> air.pm25();
            case PM10 -> air.pm10();
            case SO2 -> air.so2();
            case NO2 -> air.no2();
            case CO -> air.co();
            case O3 -> air.o3();
        };
    }

    private static List<Pollutant> measured(Sensor sensor) {
        if (sensor.measures().isEmpty()) {
            return List.of(ALL);
        }
        List<Pollutant> list = new ArrayList<>();
        for (String key : sensor.measures()) {
            list.add(Pollutant.fromKey(key).orElseThrow(() -> new IllegalArgumentException(
                    "sensor " + sensor.id() + " measures " + key + ", which is not an air pollutant")));
        }
        return List.copyOf(list);
    }

    /** Readings sit on the interval grid (multiples of the interval since the epoch). */
    static Instant firstSlotAtOrAfter(Instant start, long intervalSeconds) {
        long seconds = start.getEpochSecond() + (start.getNano() > 0 ? 1 : 0);
        long slot = Math.floorDiv(seconds + intervalSeconds - 1, intervalSeconds) * intervalSeconds;
        return Instant.ofEpochSecond(slot);
    }
}
