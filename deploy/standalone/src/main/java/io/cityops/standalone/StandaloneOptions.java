package io.cityops.standalone;

import io.cityops.ingest.reading.SensorKind;
import io.cityops.simulators.air.EpisodeScript;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Options of the standalone run, parsed from {@code --name value} or {@code --name=value}.
 *
 * @param dataDir           folder for Kafka's log, InfluxDB's data and Flink's checkpoints
 * @param apiPort           HTTP port of the API and the operations page
 * @param mqttPort          port of the in-process MQTT broker
 * @param kafkaPort         client port of the in-process Kafka broker
 * @param kafkaControllerPort KRaft controller port
 * @param influxdbUrl       an existing InfluxDB; when empty a local influxd is started
 * @param influxdbPort      HTTP port of the local influxd
 * @param influxdbDatabase  database the job writes and the API reads
 * @param cataloguePath     a catalogue file replacing the default one
 * @param simulators        which simulators run (empty: none, so external publishers drive event time)
 * @param simulationStart   simulated time the simulators start at; empty: the start of yesterday, local time
 * @param speedUp           simulated seconds per wall second once caught up with the wall clock
 * @param seed              simulator seed
 * @param parallelism       Flink parallelism
 * @param episodes          heavy-pollution episodes the air simulator is forced to produce
 * @param networkOutage     a scripted outage of one 5G site for the network simulator, if any
 */
record StandaloneOptions(
        Path dataDir,
        int apiPort,
        int mqttPort,
        int kafkaPort,
        int kafkaControllerPort,
        Optional<String> influxdbUrl,
        int influxdbPort,
        String influxdbDatabase,
        Optional<Path> cataloguePath,
        Set<SensorKind> simulators,
        Optional<Instant> simulationStart,
        double speedUp,
        long seed,
        int parallelism,
        List<EpisodeScript> episodes,
        Optional<NetworkOutage> networkOutage) {

    /**
     * {@code --network-outage SITE[@START][/LENGTH]}: the site falls silent at START (ISO-8601 with offset,
     * or {@code +DURATION} after launch such as {@code +10m}; default: at launch) for LENGTH (default 1h).
     */
    record NetworkOutage(String site, Optional<Instant> at, java.time.Duration afterLaunch, java.time.Duration length) {

        static NetworkOutage parse(String text) {
            String rest = text.strip();
            java.time.Duration length = java.time.Duration.ofHours(1);
            int slash = rest.indexOf('/');
            if (slash >= 0) {
                length = duration(rest.substring(slash + 1));
                rest = rest.substring(0, slash);
            }
            Optional<Instant> at = Optional.empty();
            java.time.Duration after = java.time.Duration.ZERO;
            int atSign = rest.indexOf('@');
            if (atSign >= 0) {
                String when = rest.substring(atSign + 1);
                rest = rest.substring(0, atSign);
                if (when.startsWith("+")) {
                    after = duration(when.substring(1));
                } else {
                    try {
                        at = Optional.of(java.time.OffsetDateTime.parse(when).toInstant());
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("--network-outage: start must be ISO-8601 with offset or +DURATION, got '"
                                + when + "'");
                    }
                }
            }
            if (rest.isBlank()) {
                throw new IllegalArgumentException("--network-outage: expected SITE[@START][/LENGTH], got '" + text + "'");
            }
            return new NetworkOutage(rest, at, after, length);
        }

        /** Where the outage starts in simulated time, given when the run was launched. */
        Instant start(Instant launch) {
            return at.orElse(launch.plus(afterLaunch));
        }

        private static java.time.Duration duration(String text) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(s|m|min|h|d)").matcher(text.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("--network-outage: expected a duration such as 90s, 30m, 2h or 1d, got '"
                        + text + "'");
            }
            long n = Long.parseLong(m.group(1));
            java.time.Duration d = switch (m.group(2)) {
                case "s" -> java.time.Duration.ofSeconds(n);
                case "m", "min" -> java.time.Duration.ofMinutes(n);
                case "h" -> java.time.Duration.ofHours(n);
                default -> java.time.Duration.ofDays(n);
            };
            if (d.isZero()) {
                throw new IllegalArgumentException("--network-outage: the outage needs a positive length");
            }
            return d;
        }
    }


    static final String USAGE = """
            Usage: run-standalone.sh [options]
              --data-dir DIR            data of Kafka, InfluxDB and Flink (default: var)
              --api-port N              API and operations page (default: 8080)
              --mqtt-port N             in-process MQTT broker (default: 1883)
              --kafka-port N            in-process Kafka broker (default: 9092; controller on N+1)
              --influxdb-url URL        use this InfluxDB instead of starting a local influxd
              --influxdb-port N         port of the local influxd (default: 8086)
              --influxdb-database NAME  database (default: cityops)
              --catalogue FILE          catalogue YAML replacing the built-in Wanbailin catalogue
              --simulators LIST         air, energy, network, a comma-separated list of them, or none
                                        (default: air,energy,network)
              --start ISO|yesterday|now simulated start time (default: yesterday = local midnight)
              --speed-up X              simulated seconds per wall second after catching up (default: 1)
              --seed N                  simulator seed (default: 42)
              --parallelism N           Flink parallelism (default: 2)
              --episode START/DURATION/PEAK
                                        force a pollution episode in the air simulator, for instance
                                        2026-12-06T08:00+08:00/PT18H/260 (PM2.5 plateau in µg/m³;
                                        a start without an offset is read as UTC); repeatable
              --network-outage SPEC     scripted outage of one 5G site: SITE[@START][/LENGTH], START as
                                        ISO-8601 or +30m after launch (default: at launch), LENGTH e.g. 2h
                                        (default 1h); e.g. g5-qianfeng-001@+10m/1h
              --help                    this text
            """;

    StandaloneOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        requirePort("api-port", apiPort);
        requirePort("mqtt-port", mqttPort);
        requirePort("kafka-port", kafkaPort);
        requirePort("kafka-port (controller)", kafkaControllerPort);
        requirePort("influxdb-port", influxdbPort);
        if (influxdbDatabase.isBlank()) {
            throw new IllegalArgumentException("--influxdb-database must not be blank");
        }
        if (!(speedUp > 0)) {
            throw new IllegalArgumentException("--speed-up must be positive, got " + speedUp);
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("--parallelism must be at least 1, got " + parallelism);
        }
        simulators = simulators.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(simulators));
        episodes = List.copyOf(episodes);
        Objects.requireNonNull(networkOutage, "networkOutage");
    }

    static StandaloneOptions defaults() {
        return parse(new String[0]);
    }

    /** The start of yesterday in the catalogue's zone: gives a full day and today's hours after catching up. */
    Instant effectiveSimulationStart(ZoneId zone, Instant now) {
        return simulationStart.orElseGet(() -> LocalDate.ofInstant(now, zone).minusDays(1).atStartOfDay(zone).toInstant());
    }

    static StandaloneOptions parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> episodes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (name.equals("help")) {
                value = "true";
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("Option --" + name + " needs a value");
            }
            if (name.equals("episode")) {
                episodes.add(value);
            } else {
                values.put(name, value);
            }
        }
        Options o = new Options(values);
        int kafkaPort = o.integer("kafka-port", 9092);
        StandaloneOptions options = new StandaloneOptions(
                Path.of(o.string("data-dir", "var")),
                o.integer("api-port", 8080),
                o.integer("mqtt-port", 1883),
                kafkaPort,
                kafkaPort + 1,
                o.optional("influxdb-url"),
                o.integer("influxdb-port", 8086),
                o.string("influxdb-database", "cityops"),
                o.optional("catalogue").map(Path::of),
                simulators(o.string("simulators", "air,energy,network")),
                start(o.string("start", "yesterday")),
                o.decimal("speed-up", 1.0),
                o.integer("seed", 42),
                o.integer("parallelism", 2),
                episodes.stream().map(StandaloneOptions::episode).toList(),
                o.optional("network-outage").map(NetworkOutage::parse));
        o.rejectUnknown();
        return options;
    }

    private static Set<SensorKind> simulators(String list) {
        if (list.equals("none")) {
            return Set.of();
        }
        Set<SensorKind> kinds = EnumSet.noneOf(SensorKind.class);
        for (String name : list.split(",")) {
            SensorKind kind = SensorKind.fromWireName(name.trim())
                    .orElseThrow(() -> new IllegalArgumentException("--simulators: unknown kind '" + name
                            + "' (air, energy, network or none)"));
            kinds.add(kind);
        }
        return kinds;
    }

    private static EpisodeScript episode(String value) {
        try {
            return EpisodeScript.parse(value, ZoneOffset.UTC);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--episode: " + e.getMessage(), e);
        }
    }

    private static Optional<Instant> start(String value) {
        if (value.equals("yesterday")) {
            return Optional.empty();
        }
        if (value.equals("now")) {
            return Optional.of(Instant.now());
        }
        try {
            return Optional.of(java.time.OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--start: expected ISO-8601 with offset (2026-11-28T00:00+08:00), 'yesterday' or 'now', got '" + value + "'");
        }
    }

    /** Typed access to the raw values that remembers which names were used. */
    private static final class Options {
        private final Map<String, String> values;
        private final Set<String> used = new java.util.HashSet<>();

        Options(Map<String, String> values) {
            this.values = values;
        }

        String string(String name, String fallback) {
            used.add(name);
            return values.getOrDefault(name, fallback);
        }

        Optional<String> optional(String name) {
            used.add(name);
            return Optional.ofNullable(values.get(name));
        }

        int integer(String name, int fallback) {
            String raw = string(name, Integer.toString(fallback));
            try {
                return Integer.parseInt(raw);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + ": expected a whole number, got '" + raw + "'");
            }
        }

        double decimal(String name, double fallback) {
            String raw = string(name, Double.toString(fallback));
            try {
                return Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + ": expected a number, got '" + raw + "'");
            }
        }

        void rejectUnknown() {
            for (String name : values.keySet()) {
                if (!used.contains(name) && !name.equals("help")) {
                    throw new IllegalArgumentException("Unknown option --" + name);
                }
            }
        }
    }

    private static void requirePort(String name, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("--" + name + " must be a TCP port (1-65535), got " + port);
        }
    }
}
