package io.cityops.simulators.air;

import io.cityops.simulators.Seeds;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which days are special: winter pollution episodes, spring dust days and summer ozone days, each
 * drawn per season from its own seeded stream (so they do not depend on when a run starts), plus
 * the scripted episodes, which take precedence over natural ones (the latest-starting one over
 * earlier ones).
 */
final class EpisodeCalendar {

    private final long seed;
    private final ZoneId zone;
    private final List<Episode> scripted;
    private final Map<Integer, List<Episode>> winterEpisodes = new ConcurrentHashMap<>();
    private final Map<Integer, List<DustEvent>> dustEvents = new ConcurrentHashMap<>();

    EpisodeCalendar(long seed, ZoneId zone, List<EpisodeScript> scripts) {
        this.seed = seed;
        this.zone = zone;
        this.scripted = scripts.stream()
                .map(s -> new Episode(s.start(), s.duration(), s.peakPm25(), true))
                .sorted(Comparator.comparing(Episode::start))
                .toList();
    }

    /**
     * The episode shaping the air at {@code t}, if any; a scripted one wins over a natural one, and
     * of the scripted ones the latest to have started, so that a scripted episode takes effect at its
     * start even during an earlier one's span or clean air after it.
     */
    Optional<Episode> episodeAt(Instant t) {
        for (int i = scripted.size() - 1; i >= 0; i--) {
            Episode e = scripted.get(i);
            if (e.influences(t)) {
                return Optional.of(e);
            }
        }
        LocalDate date = LocalDate.ofInstant(t, zone);
        int season = date.getMonthValue() >= 7 ? date.getYear() : date.getYear() - 1;
        for (Episode e : winterEpisodes(season)) {
            if (e.influences(t)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The dust event at {@code t}, if any (the strongest when two overlap). */
    Optional<DustEvent> dustAt(Instant t) {
        LocalDate date = LocalDate.ofInstant(t, zone);
        DustEvent strongest = null;
        double best = 0;
        for (DustEvent d : dustEvents(date.getYear())) {
            double strength = d.envelope(t) * d.pm10();
            if (strength > best) {
                best = strength;
                strongest = d;
            }
        }
        return Optional.ofNullable(strongest);
    }

    /** The afternoon O3 peak of an ozone day, µg/m³ (180–260), or empty on an ordinary day. */
    Optional<Double> ozonePeak(LocalDate date) {
        double chance = Seasons.ozoneDayChance(date);
        if (chance == 0 || Seeds.uniformAt(seed, "ozone-day", date.toEpochDay()) >= chance) {
            return Optional.empty();
        }
        return Optional.of(180 + 80 * Seeds.uniformAt(seed, "ozone-peak", date.toEpochDay()));
    }

    /**
     * Natural episodes of the heating season starting in November of {@code year}: gaps of 8–32
     * days, each 2–5 days long with a plateau of 150–300 µg/m³, starting in the afternoon or evening.
     */
    List<Episode> winterEpisodes(int year) {
        return winterEpisodes.computeIfAbsent(year, y -> {
            SplittableRandom random = Seeds.random(seed, "winter-episodes", y);
            Instant seasonEnd = LocalDate.of(y + 1, Month.MARCH, 28).atStartOfDay(zone).toInstant();
            LocalDate day = LocalDate.of(y, Month.NOVEMBER, 1).plusDays(6 + random.nextInt(20));
            List<Episode> episodes = new ArrayList<>();
            while (true) {
                Duration duration = Duration.ofHours(48 + random.nextInt(73));
                Instant start = day.atTime(12 + random.nextInt(10), 0).atZone(zone).toInstant();
                double level = 150 + 150 * random.nextDouble();
                if (start.plus(duration).isAfter(seasonEnd)) {
                    return List.copyOf(episodes);
                }
                episodes.add(new Episode(start, duration, level, false));
                day = LocalDate.ofInstant(start.plus(duration), zone).plusDays(8 + random.nextInt(25));
            }
        });
    }

    /** Spring dust events of {@code year}: 2–5, between 10 March and 20 May, one or two days each. */
    List<DustEvent> dustEvents(int year) {
        return dustEvents.computeIfAbsent(year, y -> {
            SplittableRandom random = Seeds.random(seed, "dust-events", y);
            int count = 2 + random.nextInt(4);
            List<DustEvent> events = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                LocalDate day = LocalDate.of(y, Month.MARCH, 10).plusDays(random.nextInt(72));
                Duration duration = Duration.ofHours(random.nextDouble() < 0.3 ? 48 : 24);
                double pm10 = 200 + 300 * random.nextDouble();
                double ratio = 2.3 + 0.6 * random.nextDouble();
                events.add(new DustEvent(day.atTime(6, 0).atZone(zone).toInstant(), duration, pm10, ratio));
            }
            events.sort(Comparator.comparing(DustEvent::start));
            return List.copyOf(events);
        });
    }
}
