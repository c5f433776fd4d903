package io.cityops.simulators;

import io.cityops.ingest.reading.SensorKind;
import io.cityops.simulators.air.EpisodeScript;
import io.cityops.simulators.time.Instants;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The simulator's command line, parsed and checked. Times given without an offset are kept as text
 * and read in the catalogue's zone once it is loaded ({@link #start(ZoneId)}, {@link #episodes(ZoneId)}).
 *
 * @param command      simulate, replay or help
 * @param kind         what to simulate (air only so far)
 * @param target       where readings go
 * @param qos          MQTT QoS
 * @param catalogue    catalogue file; empty = the built-in Wanbailin catalogue
 * @param seed         random seed
 * @param startText    simulated start as typed; empty = now
 * @param speedUp      simulated seconds per wall second; infinity = as fast as possible; for replay 0 = as fast as possible
 * @param catchUp      backfill from a past start up to now, then continue at the speed-up
 * @param duration     simulated run length
 * @param rate         messages per wall second cap; 0 = none
 * @param faults       sensor and delivery faults on
 * @param invalidRate  share of extra invalid readings
 * @param episodeTexts forced episodes as typed
 * @param file         replay: the CSV file
 * @param zone         replay: zone of local timestamps; empty = the catalogue's
 * @param shiftToText  replay: instant the first reading is moved to, as typed
 */
public record SimulatorOptions(
        Command command,
        SensorKind kind,
        Target target,
        int qos,
        Optional<Path> catalogue,
        long seed,
        Optional<String> startText,
        double speedUp,
        boolean catchUp,
        Optional<Duration> duration,
        double rate,
        boolean faults,
        double invalidRate,
        List<String> episodeTexts,
        Optional<Path> file,
        Optional<ZoneId> zone,
        Optional<String> shiftToText) {

    public enum Command { SIMULATE, REPLAY, HELP }

    /** Where readings go. */
    public sealed interface Target {
        record Mqtt(String serverUri) implements Target {
        }

        record Kafka(String bootstrapServers) implements Target {
        }

        record Stdout() implements Target {
        }
    }

    public static final String USAGE = """
            Usage:
              simulator [--kind air] (--mqtt URI | --kafka HOST:PORT | --stdout) [options]
              simulator replay --file FILE.csv (--mqtt URI | --kafka HOST:PORT | --stdout) [replay options]
              simulator --help

            Where readings go (exactly one):
              --mqtt URI              MQTT broker, e.g. tcp://127.0.0.1:1883; topic city/{kind}/{sensorId}/reading
              --kafka HOST:PORT       Kafka brokers; topic city.readings, key = sensor id, acks=all, idempotent
              --stdout                one JSON reading per line on standard output
              --qos 0|1|2             MQTT quality of service (default 1)

            Simulation options:
              --kind air              what to simulate (default air; energy and network are not there yet)
              --catalogue PATH        catalogue YAML (default: the built-in Wanbailin catalogue)
              --seed N                random seed; same seed, catalogue and start = same readings (default 42)
              --start ISO|now         simulated start, e.g. 2026-01-10T00:00+08:00, or 2026-01-10T00:00 in the
                                      catalogue's zone (default now, truncated to the minute)
              --speed-up X|max        simulated seconds per wall second (default 1; 60 = an hour a minute;
                                      max = as fast as the publisher allows)
              --catch-up              from a past --start, publish up to now as fast as possible, then go on
                                      at --speed-up (the "backfill, then live" demo mode)
              --duration PT..         stop after this much simulated time, e.g. PT6H or P30D (default: never)
              --rate N                at most N messages per wall second; without --speed-up the clock runs
                                      as fast as the rate allows (default: no cap)
              --faults on|off         stuck sensors, spikes, drop-outs, duplicates, late and out-of-order
                                      delivery at small rates (default on)
              --invalid-rate P        share of readings followed by a clearly invalid one (unknown sensor,
                                      negative concentration) for the dead-letter path (default 0)
              --episode START/DURATION/PEAK
                                      force a heavy-pollution episode, e.g. 2026-01-10T18:00+08:00/P3D/250
                                      (PEAK = plateau PM2.5 in µg/m³; repeatable)

            Replay options:
              --file PATH             CSV: header sensorId,ts,pm25,pm10,so2,no2,co,o3 (any subset of the value
                                      columns; empty cell = not measured) or sensorId,ts,pollutant,value
              --zone ZONE             zone of timestamps without offset (default: the catalogue's, Asia/Shanghai)
              --speed-up X            0 = as fast as possible (default), 1 = real time, 60 = an hour a minute
              --shift-to ISO|now      move all timestamps so that the first reading is at this instant
              --rate N                at most N messages per wall second
              --catalogue PATH        catalogue whose zone is the default zone

            Exit codes: 0 done, 1 failed (broker unreachable, unreadable file), 2 bad options.
            """;

    private static final Set<String> FLAGS = Set.of("stdout", "catch-up", "help");
    private static final Set<String> SIMULATE_OPTIONS = Set.of("kind", "mqtt", "kafka", "stdout", "qos", "catalogue", "seed",
            "start", "speed-up", "catch-up", "duration", "rate", "faults", "invalid-rate", "episode", "help");
    private static final Set<String> REPLAY_OPTIONS = Set.of("mqtt", "kafka", "stdout", "qos", "catalogue", "file", "zone",
            "speed-up", "shift-to", "rate", "kind", "help");

    public SimulatorOptions {
        episodeTexts = List.copyOf(episodeTexts);
    }

    /** Parses the arguments; every problem is a {@link UsageException} naming the option. */
    public static SimulatorOptions parse(String[] args) throws UsageException {
        List<String> list = new ArrayList<>(List.of(args));
        Command command = Command.SIMULATE;
        if (!list.isEmpty() && list.get(0).equals("replay")) {
            command = Command.REPLAY;
            list.remove(0);
        }
        Map<String, List<String>> given = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (FLAGS.contains(name)) {
                value = "true";
            } else {
                if (i + 1 >= list.size()) {
                    throw new UsageException("--" + name + " needs a value");
                }
                value = list.get(++i);
            }
            Set<String> allowed = command == Command.REPLAY ? REPLAY_OPTIONS : SIMULATE_OPTIONS;
            if (!allowed.contains(name)) {
                throw new UsageException("unknown option --" + name + (command == Command.REPLAY ? " for replay" : ""));
            }
            if (!name.equals("episode") && given.containsKey(name)) {
                throw new UsageException("--" + name + " is given twice");
            }
            given.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        if (given.containsKey("help")) {
            return new SimulatorOptions(Command.HELP, SensorKind.AIR, new Target.Stdout(), 1, Optional.empty(), 42,
                    Optional.empty(), 1, false, Optional.empty(), 0, true, 0, List.of(), Optional.empty(), Optional.empty(), Optional.empty());
        }
        Options o = new Options(given);

        SensorKind kind = o.kind();
        Target target = o.target();
        double qosNumber = o.number("qos", 1, 0, 2);
        if (Math.rint(qosNumber) != qosNumber) {
            throw new UsageException("--qos must be 0, 1 or 2");
        }
        int qos = (int) qosNumber;
        Optional<Path> catalogue = o.string("catalogue").map(Path::of);
        double rate = o.number("rate", 0, 0, Double.MAX_VALUE);

        if (command == Command.REPLAY) {
            Path file = o.string("file").map(Path::of).orElseThrow(() -> new UsageException("replay needs --file FILE.csv"));
            Optional<ZoneId> zone = o.zone();
            double speedUp = o.speedUp(0);
            Optional<String> shiftTo = o.string("shift-to");
            if (shiftTo.isPresent()) {
                checkInstant(shiftTo.get(), "--shift-to");
            }
            return new SimulatorOptions(command, kind, target, qos, catalogue, 42, Optional.empty(), speedUp, false,
                    Optional.empty(), rate, false, 0, List.of(), Optional.of(file), zone, shiftTo);
        }

        long seed = o.seed();
        Optional<String> start = o.string("start").filter(s -> !s.equals("now"));
        if (start.isPresent()) {
            checkInstant(start.get(), "--start");
        }
        double speedUp = given.containsKey("speed-up") ? o.speedUp(1) : (rate > 0 ? Double.POSITIVE_INFINITY : 1);
        if (speedUp == 0) {
            throw new UsageException("--speed-up must be positive for a simulation (max = as fast as possible)");
        }
        boolean catchUp = given.containsKey("catch-up");
        if (catchUp && start.isEmpty()) {
            throw new UsageException("--catch-up needs a --start in the past");
        }
        Optional<Duration> duration = o.duration();
        boolean faults = o.onOff("faults", true);
        double invalidRate = o.number("invalid-rate", 0, 0, 1);
        List<String> episodes = given.getOrDefault("episode", List.of());
        for (String e : episodes) {
            try {
                EpisodeScript.parse(e, ZoneId.of("Asia/Shanghai"));
            } catch (IllegalArgumentException | DateTimeException ex) {
                throw new UsageException("--episode: " + ex.getMessage());
            }
        }
        return new SimulatorOptions(command, kind, target, qos, catalogue, seed, start, speedUp, catchUp, duration, rate,
                faults, invalidRate, episodes, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The simulated start in {@code zone}; empty = now. */
    public Optional<Instant> start(ZoneId zone) {
        return startText.map(s -> Instants.parse(s, zone));
    }

    public List<EpisodeScript> episodes(ZoneId zone) {
        return episodeTexts.stream().map(e -> EpisodeScript.parse(e, zone)).toList();
    }

    /** Replay: the instant the first reading moves to; "now" is the wall clock's now. */
    public Optional<Instant> shiftTo(ZoneId zone, Instant now) {
        return shiftToText.map(s -> s.equals("now") ? now : Instants.parse(s, zone));
    }

    private static void checkInstant(String text, String option) throws UsageException {
        if (text.equals("now")) {
            return;
        }
        try {
            Instants.parse(text, ZoneId.of("Asia/Shanghai"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    /** Typed access to the given options. */
    private record Options(Map<String, List<String>> given) {

        Optional<String> string(String name) {
            List<String> values = given.get(name);
            return values == null ? Optional.empty() : Optional.of(values.get(0));
        }

        double number(String name, double fallback, double min, double max) throws UsageException {
            Optional<String> text = string(name);
            if (text.isEmpty()) {
                return fallback;
            }
            double v;
            try {
                v = Double.parseDouble(text.get());
            } catch (NumberFormatException e) {
                throw new UsageException("--" + name + " must be a number, got '" + text.get() + "'");
            }
            if (!(v >= min && v <= max)) {
                throw new UsageException("--" + name + " must be " + (max == Double.MAX_VALUE ? "at least " + plain(min)
                        : "between " + plain(min) + " and " + plain(max)) + ", got " + text.get());
            }
            return v;
        }

        long seed() throws UsageException {
            Optional<String> text = string("seed");
            try {
                return text.map(Long::parseLong).orElse(42L);
            } catch (NumberFormatException e) {
                throw new UsageException("--seed must be a whole number, got '" + text.get() + "'");
            }
        }

        double speedUp(double fallback) throws UsageException {
            Optional<String> text = string("speed-up");
            if (text.isPresent() && text.get().toLowerCase(Locale.ROOT).matches("max|inf|infinity")) {
                return Double.POSITIVE_INFINITY;
            }
            return number("speed-up", fallback, 0, Double.MAX_VALUE);
        }

        Optional<Duration> duration() throws UsageException {
            Optional<String> text = string("duration");
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                Duration d = Duration.parse(text.get());
                if (d.isNegative() || d.isZero()) {
                    throw new UsageException("--duration must be positive, got " + text.get());
                }
                return Optional.of(d);
            } catch (DateTimeParseException e) {
                throw new UsageException("--duration must be ISO-8601 like PT6H or P30D, got '" + text.get() + "'");
            }
        }

        Optional<ZoneId> zone() throws UsageException {
            Optional<String> text = string("zone");
            try {
                return text.map(ZoneId::of);
            } catch (DateTimeException e) {
                throw new UsageException("--zone must be a time zone like Asia/Shanghai, got '" + text.get() + "'");
            }
        }

        boolean onOff(String name, boolean fallback) throws UsageException {
            Optional<String> text = string(name);
            if (text.isEmpty()) {
                return fallback;
            }
            return switch (text.get()) {
                case "on" -> true;
                case "off" -> false;
                default -> throw new UsageException("--" + name + " must be on or off, got '" + text.get() + "'");
            };
        }

        SensorKind kind() throws UsageException {
            String text = string("kind").orElse("air");
            SensorKind kind = SensorKind.fromWireName(text)
                    .orElseThrow(() -> new UsageException("--kind must be air, energy or network, got '" + text + "'"));
            if (kind != SensorKind.AIR) {
                throw new UsageException("--kind " + text + ": only the air simulator exists so far");
            }
            return kind;
        }

        Target target() throws UsageException {
            List<Target> targets = new ArrayList<>();
            Optional<String> mqtt = string("mqtt");
            if (mqtt.isPresent()) {
                if (!mqtt.get().matches("(tcp|ssl|ws|wss)://[^\\s]+")) {
                    throw new UsageException("--mqtt must be a broker URI like tcp://127.0.0.1:1883, got '" + mqtt.get() + "'");
                }
                targets.add(new Target.Mqtt(mqtt.get()));
            }
            Optional<String> kafka = string("kafka");
            if (kafka.isPresent()) {
                if (!kafka.get().matches("[^\\s:,]+:\\d+(,[^\\s:,]+:\\d+)*")) {
                    throw new UsageException("--kafka must be HOST:PORT[,HOST:PORT...], got '" + kafka.get() + "'");
                }
                targets.add(new Target.Kafka(kafka.get()));
            }
            if (given.containsKey("stdout")) {
                targets.add(new Target.Stdout());
            }
            if (targets.size() != 1) {
                throw new UsageException(targets.isEmpty()
                        ? "say where readings go: --mqtt URI, --kafka HOST:PORT or --stdout"
                        : "give only one of --mqtt, --kafka and --stdout");
            }
            return targets.get(0);
        }

        private static String plain(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
    }
}
