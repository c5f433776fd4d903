package io.cityops.simulators.air;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.Sensor;
import io.cityops.ingest.reading.SensorKind;
import io.cityops.simulators.Seeds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The district's air as a pure function of time and seed (DOMAIN.md §4, general North-China
 * patterns): seasonal levels (heating season 1 November – 31 March much dirtier, PM2.5 summer
 * 15–40), diurnal shapes per pollutant, day-to-day weather (a smooth random "stagnation" factor),
 * 2–5-day winter episodes ending with a cold front, spring dust days, summer ozone days.
 *
 * <p>Everything here is shared by all stations, which is what makes neighbouring stations move
 * together; {@link StationGenerator} adds each station's bias and noise. Local time is the
 * catalogue's zone (Asia/Shanghai for Wanbailin).
 */
public final class AirQualityModel {

    private final Catalogue catalogue;
    private final long seed;
    private final ZoneId zone;
    private final EpisodeCalendar calendar;
    private final List<EpisodeScript> scripts;

    public AirQualityModel(Catalogue catalogue, long seed, List<EpisodeScript> scripts) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.seed = seed;
        this.zone = catalogue.timeZone();
        this.scripts = List.copyOf(scripts);
        this.calendar = new EpisodeCalendar(seed, zone, this.scripts);
    }

    public AirQualityModel(Catalogue catalogue, long seed) {
        this(catalogue, seed, List.of());
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public long seed() {
        return seed;
    }

    public ZoneId zone() {
        return zone;
    }

    public List<EpisodeScript> scripts() {
        return scripts;
    }

    /** The catalogue's air stations, by id. */
    public List<Sensor> stations() {
        return catalogue.sensors().stream()
                .filter(s -> s.kind() == SensorKind.AIR)
                .sorted(Comparator.comparing(Sensor::id))
                .toList();
    }

    /** The readings of every station from {@code start} on, in time order. */
    public AirReadingSupplier readings(Instant start) {
        return new AirReadingSupplier(this, start);
    }

    /** The district-wide state of the air at {@code t}. */
    public DistrictConditions conditionsAt(Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        LocalDate date = local.toLocalDate();
        double hour = local.getHour() + local.getMinute() / 60.0 + local.getSecond() / 3600.0;
        double summer = Seasons.summerness(date);
        double winter = 1 - summer;
        boolean heating = Seasons.heatingSeason(date);
        double heatingFactor = Seasons.heatingFactor(date);
        double dayPosition = date.toEpochDay() + hour / 24.0;

        // Weather: a smooth day-to-day stagnation factor (wider swings in winter) and a little
        // variation within the day; both shared by every station.
        double stagnation = Math.exp((0.22 + 0.13 * winter) * ValueNoise.at(seed, "stagnation", dayPosition));
        double hourly = Math.exp(0.08 * ValueNoise.at(seed, "hourly-weather", t.getEpochSecond() / 10_800.0));

        Optional<Episode> episode = calendar.episodeAt(t);
        double e = episode.map(ep -> ep.envelope(t)).orElse(0.0);
        double clean = episode.map(ep -> ep.cleanAirFactor(t)).orElse(1.0);
        double episodeLevel = episode.map(Episode::level).orElse(0.0);

        // PM2.5: base level (summer ~28, winter ~42 before heating, ×1.9 in the heating season),
        // diurnal shape flatter in summer and during episodes, episode blended in by its envelope.
        double normalPm25 = (28 + 14 * winter) * heatingFactor * stagnation;
        double amplitude = (0.35 + 0.65 * winter) * (1 - 0.45 * e);
        double pm25Diurnal = 1 + amplitude * (DiurnalProfiles.at(DiurnalProfiles.PM25, hour) - 1);
        double pm25Level = (normalPm25 * (1 - e) + episodeLevel * e) * clean;
        double pm25 = pm25Level * pm25Diurnal * hourly;

        // PM10 ≈ 1.6–2.0 × PM2.5 (a little coarser in dry, windy spring), plus dust.
        double ratio = 1.6 + 0.4 * Seeds.uniformAt(seed, "pm10-ratio", date.toEpochDay()) + (Seasons.spring(date) ? 0.15 : 0);
        double pm10 = pm25 * ratio;
        Optional<DustEvent> dust = calendar.dustAt(t);
        double dustPm10 = dust.map(d -> d.pm10() * d.envelope(t)).orElse(0.0)
                * Math.exp(0.12 * ValueNoise.at(seed, "dust-gusts", t.getEpochSecond() / 3600.0));
        if (dustPm10 > 0) {
            pm10 += dustPm10;
            pm25 += dustPm10 / dust.get().coarseRatio();
        }

        // NO2 ≈ 40 annual, traffic shape, less at weekends, trapped by stagnant air.
        double no2Mean = 40 * (0.85 + 0.3 * winter) * (heating ? 1.1 : 1.0);
        double no2Shape = 1 + 0.9 * (DiurnalProfiles.at(DiurnalProfiles.NO2, hour) - 1);
        double weekend = Seasons.weekend(date) ? 0.85 : 1.0;
        double no2 = no2Mean * no2Shape * weekend * Math.sqrt(stagnation) * (1 + 0.5 * e) * Math.sqrt(clean) * hourly;

        // SO2 10–30 (heating coal), late-morning peak.
        double so2 = (11 + 11 * (heatingFactor - 1) / 0.9) * DiurnalProfiles.at(DiurnalProfiles.SO2, hour)
                * Math.pow(stagnation, 0.6) * (1 + 0.6 * e) * Math.sqrt(clean) * hourly;

        // CO in mg/m³: about 0.6 in summer, 1.5 with heating (1–3 on ordinary winter days), up to
        // 3–4 in episodes; PM2.5's shape, damped.
        double coShape = 1 + 0.6 * amplitude * (DiurnalProfiles.at(DiurnalProfiles.PM25, hour) - 1);
        double co = (0.6 + (heatingFactor - 1)) * coShape * Math.pow(stagnation, 0.7) * (1 + 1.2 * e) * Math.sqrt(clean) * hourly;

        // O3: background plus photochemistry peaking at 15:00, strong in summer (180–260 on ozone
        // days), weak in winter and under episode haze; NO2 titrates it, hence the anti-correlation.
        Optional<Double> ozonePeak = calendar.ozonePeak(date);
        double background = 28 + 22 * summer;
        double photo = ozonePeak.map(p -> p - background)
                .orElseGet(() -> (20 + 75 * summer) * Math.exp(0.2 * ValueNoise.at(seed, "sunshine", dayPosition)));
        photo *= (1 - 0.6 * e);
        double o3 = Math.max(2, background + photo * DiurnalProfiles.sunlight(hour) - O3_TITRATION * (no2 - no2Mean));

        return new DistrictConditions(t, local, heating, pm25, pm10, so2, no2, co, o3, e,
                e > 0 ? episodeLevel : 0, dustPm10, ozonePeak.isPresent());
    }

    /** µg/m³ of O3 lost per µg/m³ of NO2 above its seasonal mean (NO + O3 → NO2 + O2). */
    static final double O3_TITRATION = 0.5;
}
