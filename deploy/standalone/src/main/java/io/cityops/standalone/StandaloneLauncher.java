package io.cityops.standalone;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Entry point of the standalone run: starts everything, stops everything on Ctrl-C. */
public final class StandaloneLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(StandaloneLauncher.class);

    private StandaloneLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help")) {
            System.out.print(StandaloneOptions.USAGE);
            return;
        }
        StandaloneOptions options;
        try {
            options = StandaloneOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(StandaloneOptions.USAGE);
            System.exit(2);
            return;
        }
        Standalone standalone = Standalone.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping CityOps Monitor");
            standalone.close();
            stopped.countDown();
        }, "standalone-shutdown"));
        LOG.info("CityOps Monitor is running: operations page and API on http://localhost:{} (Ctrl-C stops)",
                options.apiPort());
        stopped.await();
    }
}
