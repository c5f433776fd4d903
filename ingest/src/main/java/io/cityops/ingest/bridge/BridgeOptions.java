package io.cityops.ingest.bridge;

import io.cityops.ingest.Topics;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Command-line options and environment variables of {@link BridgeMain}, turned into a
 * {@link BridgeConfig}. An option wins over its variable; unknown options and unknown
 * {@code CITYOPS_BRIDGE_*} variables are errors, not silently ignored.
 */
final class BridgeOptions {

    static final String ENV_PREFIX = "CITYOPS_BRIDGE_";

    /** One setting: its option, its variable, its default (null when none) and its help. */
    private record Setting(String option, String env, String defaultValue, String help) {
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting("--mqtt", "CITYOPS_BRIDGE_MQTT_URI", "tcp://127.0.0.1:1883", "MQTT broker URI"),
            new Setting("--client-id", "CITYOPS_BRIDGE_CLIENT_ID", "cityops-bridge",
                    "MQTT client id; keep it stable, the persistent session belongs to it"),
            new Setting("--group", "CITYOPS_BRIDGE_SHARED_GROUP", null,
                    "shared-subscription group: bridges with the same group split the messages"),
            new Setting("--kafka", "CITYOPS_BRIDGE_KAFKA_BOOTSTRAP", "127.0.0.1:9092", "Kafka bootstrap servers"),
            new Setting("--topic", "CITYOPS_BRIDGE_TOPIC", Topics.READINGS, "Kafka topic for readings"),
            new Setting("--invalid-topic", "CITYOPS_BRIDGE_INVALID_TOPIC", Topics.READINGS_INVALID,
                    "Kafka topic for messages on a non-reading MQTT topic"),
            new Setting("--max-inflight", "CITYOPS_BRIDGE_MAX_INFLIGHT", Integer.toString(BridgeConfig.DEFAULT_MAX_IN_FLIGHT),
                    "Paho's window of unacknowledged QoS 1 messages"),
            new Setting("--reconnect-min", "CITYOPS_BRIDGE_RECONNECT_MIN", "500ms", "first back-off delay (e.g. 500ms, 2s, 1m)"),
            new Setting("--reconnect-max", "CITYOPS_BRIDGE_RECONNECT_MAX", "30s", "largest back-off delay"),
            new Setting("--kafka-property", "CITYOPS_BRIDGE_KAFKA_PROPERTIES", null,
                    "extra producer setting key=value (repeatable; the variable takes a comma-separated list)"));

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)");

    private BridgeOptions() {
    }

    static String usage() {
        StringBuilder text = new StringBuilder("Usage: BridgeMain [options]\n"
                + "Forwards readings from MQTT topics city/{kind}/{sensorId}/reading to Kafka.\n\nOptions (environment variable, default):\n");
        for (Setting s : SETTINGS) {
            text.append(String.format("  %-24s %s%n  %-24s   (%s%s)%n", s.option() + " VALUE", s.help(), "", s.env(),
                    s.defaultValue() == null ? "" : ", " + s.defaultValue()));
        }
        text.append("  --help                   print this text\n");
        return text.toString();
    }

    /** @throws IllegalArgumentException naming the bad option, variable or value */
    static BridgeConfig parse(String[] args, Map<String, String> env) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> kafkaProperties = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (!e.getKey().startsWith(ENV_PREFIX)) {
                continue;
            }
            Setting setting = SETTINGS.stream().filter(s -> s.env().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown environment variable " + e.getKey()));
            if (setting.option().equals("--kafka-property")) {
                for (String pair : e.getValue().split(",")) {
                    if (!pair.isBlank()) {
                        putProperty(kafkaProperties, pair.trim(), setting.env());
                    }
                }
            } else {
                values.put(setting.option(), e.getValue());
            }
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            String option = name;
            Setting setting = SETTINGS.stream().filter(s -> s.option().equals(option)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown option " + option));
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + name + " needs a value");
                }
                value = args[++i];
            }
            if (setting.option().equals("--kafka-property")) {
                putProperty(kafkaProperties, value, name);
            } else {
                values.put(name, value);
            }
        }
        return new BridgeConfig(
                value(values, "--mqtt"),
                value(values, "--client-id"),
                value(values, "--group"),
                value(values, "--kafka"),
                value(values, "--topic"),
                value(values, "--invalid-topic"),
                integer(values, "--max-inflight"),
                duration(values, "--reconnect-min"),
                duration(values, "--reconnect-max"),
                kafkaProperties);
    }

    static boolean wantsHelp(String[] args) {
        return List.of(args).contains("--help") || List.of(args).contains("-h");
    }

    private static void putProperty(Map<String, String> properties, String pair, String where) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException(where + ": '" + pair + "' is not key=value");
        }
        properties.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }

    private static String value(Map<String, String> values, String option) {
        String value = values.get(option);
        if (value != null && value.isBlank()) {
            value = null;
        }
        if (value == null) {
            value = SETTINGS.stream().filter(s -> s.option().equals(option)).findFirst().orElseThrow().defaultValue();
        }
        return value;
    }

    private static int integer(Map<String, String> values, String option) {
        String text = value(values, option);
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a whole number");
        }
    }

    static Duration duration(Map<String, String> values, String option) {
        String text = value(values, option).trim();
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a duration such as 500ms, 2s or 1m");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
    }
}
