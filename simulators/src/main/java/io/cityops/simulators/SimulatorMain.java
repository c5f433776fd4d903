package io.cityops.simulators;

import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.simulators.air.AirSimulation;
import io.cityops.simulators.air.AirSimulationConfig;
import io.cityops.simulators.fault.FaultConfig;
import io.cityops.simulators.publish.JsonLinesPublisher;
import io.cityops.simulators.publish.KafkaReadingPublisher;
import io.cityops.simulators.publish.MqttPublisherConfig;
import io.cityops.simulators.publish.MqttReadingPublisher;
import io.cityops.simulators.publish.PublisherException;
import io.cityops.simulators.publish.ReadingPublisher;
import io.cityops.simulators.replay.CsvFormatException;
import io.cityops.simulators.replay.CsvReplayer;
import io.cityops.simulators.replay.ReplayConfig;
import io.cityops.simulators.time.SimulatedClock;
import io.cityops.simulators.time.WallClock;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The simulators' command line: {@code simulator --mqtt tcp://127.0.0.1:1883 --speed-up 60} or
 * {@code simulator replay --file history.csv --kafka 127.0.0.1:9092}. See
 * {@link SimulatorOptions#USAGE}. Progress and problems go to standard error, so that with
 * {@code --stdout} standard output carries nothing but readings.
 */
public final class SimulatorMain {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_OPTIONS = 2;

    private SimulatorMain() {
    }

    public static void main(String[] args) {
        // Readings own standard output: anything else that writes to System.out (a logging
        // framework's console appender, for one) is sent to standard error instead. Done before any
        // logger initialises, so console appenders pick up the redirected stream.
        PrintStream readings = System.out;
        System.setOut(System.err);
        int code = run(args, readings, System.err, true);
        System.exit(code);
    }

    /**
     * Runs a command line to its end.
     *
     * @param stopOnShutdown whether Ctrl-C (JVM shutdown) should stop the run cleanly
     * @return the exit code
     */
    static int run(String[] args, PrintStream out, PrintStream err, boolean stopOnShutdown) {
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println();
            err.print(SimulatorOptions.USAGE);
            return BAD_OPTIONS;
        }
        if (options.command() == SimulatorOptions.Command.HELP) {
            out.print(SimulatorOptions.USAGE);
            return OK;
        }
        try {
            Catalogue catalogue = options.catalogue().map(CatalogueLoader::load).orElseGet(CatalogueLoader::loadDefault);
            return options.command() == SimulatorOptions.Command.REPLAY
                    ? replay(options, catalogue, out, err)
                    : simulate(options, catalogue, out, err, stopOnShutdown);
        } catch (PublisherException | CsvFormatException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("interrupted");
            return FAILED;
        }
    }

    private static int simulate(SimulatorOptions options, Catalogue catalogue, PrintStream out, PrintStream err,
            boolean stopOnShutdown) throws InterruptedException {
        ZoneId zone = catalogue.timeZone();
        Instant start = options.start(zone).orElseGet(() -> SimulatedClock.nowTruncatedToMinute(WallClock.system()));
        AirSimulationConfig config = new AirSimulationConfig(options.seed(), Optional.of(start), options.speedUp(),
                options.catchUp(), options.duration(), options.rate(),
                options.faults() ? FaultConfig.defaults() : FaultConfig.none(), options.invalidRate(), options.episodes(zone));
        ReadingPublisher publisher = publisher(options, out);
        AirSimulation simulation;
        try {
            simulation = AirSimulation.start(config, catalogue, publisher);
        } catch (RuntimeException e) {
            publisher.close();
            throw e;
        }
        err.println("simulating " + catalogue.sensors().stream().filter(s -> s.kind() == options.kind()).count()
                + " air stations from " + start + " (seed " + options.seed() + ", speed-up " + speed(options.speedUp())
                + (options.catchUp() ? " after catching up" : "") + ") to " + describe(options.target()));

        AtomicBoolean stopped = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                try {
                    simulation.close();
                } finally {
                    publisher.close();
                    err.println("published " + simulation.sent() + " readings" + acknowledged(publisher)
                            + simulation.faultCounts().map(c -> "; faults " + c).orElse(""));
                    done.countDown();
                }
            }
        };
        Thread hook = new Thread(() -> {
            stop.run();
        }, "simulator-shutdown");
        if (stopOnShutdown) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
        while (!simulation.awaitCompletion(Duration.ofSeconds(60))) {
            err.println("... " + simulation.sent() + " readings published");
        }
        if (stopOnShutdown) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                done.await();
                return OK;
            }
        }
        stop.run();
        return simulation.failure().isPresent() ? FAILED : OK;
    }

    private static int replay(SimulatorOptions options, Catalogue catalogue, PrintStream out, PrintStream err)
            throws InterruptedException {
        ZoneId zone = options.zone().orElse(catalogue.timeZone());
        ReplayConfig config = new ReplayConfig(zone, options.kind(), options.speedUp(),
                options.shiftTo(zone, SimulatedClock.nowTruncatedToMinute(WallClock.system())), options.rate());
        CsvReplayer replayer = CsvReplayer.open(options.file().orElseThrow(), config);
        replayer.parsed().badRows().forEach(bad -> err.println("skipped " + bad));
        err.println(options.file().get() + ": " + replayer.readings().size() + " readings (" + replayer.parsed().layout()
                + " layout), " + replayer.parsed().badRows().size() + " bad rows skipped; replaying to " + describe(options.target()));
        try (ReadingPublisher publisher = publisher(options, out)) {
            long published = replayer.replay(publisher);
            publisher.flush();
            err.println("published " + published + " readings" + acknowledged(publisher));
        }
        return OK;
    }

    private static ReadingPublisher publisher(SimulatorOptions options, PrintStream out) {
        SimulatorOptions.Target target = options.target();
        if (target instanceof SimulatorOptions.Target.Mqtt mqtt) {
            return MqttReadingPublisher.connect(MqttPublisherConfig.defaults(mqtt.serverUri()).withQos(options.qos()));
        }
        if (target instanceof SimulatorOptions.Target.Kafka kafka) {
            return KafkaReadingPublisher.connect(kafka.bootstrapServers());
        }
        return new JsonLinesPublisher(out);
    }

    private static String describe(SimulatorOptions.Target target) {
        if (target instanceof SimulatorOptions.Target.Mqtt mqtt) {
            return "MQTT " + mqtt.serverUri();
        }
        if (target instanceof SimulatorOptions.Target.Kafka kafka) {
            return "Kafka " + kafka.bootstrapServers();
        }
        return "standard output";
    }

    private static String acknowledged(ReadingPublisher publisher) {
        return publisher instanceof JsonLinesPublisher ? "" : " (" + publisher.sent() + " acknowledged)";
    }

    private static String speed(double speedUp) {
        return Double.isInfinite(speedUp) ? "max" : Double.toString(speedUp);
    }
}
