package io.cityops.jobs.influx;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logback logs everything at DEBUG when no configuration file is on the test classpath, and a
 * mini-cluster then writes thousands of lines per job; keep warnings and the sink's own messages.
 */
final class QuietLogs {

    private QuietLogs() {
    }

    static void warningsAndSinkMessages() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof Logger root && root.getLevel() == Level.DEBUG) {
            root.setLevel(Level.WARN);
            ((Logger) LoggerFactory.getLogger("io.cityops.jobs.influx")).setLevel(Level.INFO);
        }
    }
}
