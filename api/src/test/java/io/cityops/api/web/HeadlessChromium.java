package io.cityops.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Renders a page in headless Chromium and returns the DOM once its scripts have run. Virtual time lets the page's
 * timers and requests complete without the test waiting out real seconds.
 */
final class HeadlessChromium {

    private static final int VIRTUAL_TIME_BUDGET_MS = 5_000;
    private static final int WALL_CLOCK_LIMIT_S = 60;

    private final Path executable;

    private HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    /** The installed Chromium (Debian package {@code chromium}), if any. */
    static Optional<HeadlessChromium> installed() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .map(Path::of).filter(Files::isExecutable).findFirst().map(HeadlessChromium::new);
    }

    String dumpDom(String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("page-chromium");
        Path out = Files.createTempFile("page-dom", ".html");
        Process process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--user-data-dir=" + profile,
                "--virtual-time-budget=" + VIRTUAL_TIME_BUDGET_MS, "--dump-dom", url)
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertThat(process.waitFor(WALL_CLOCK_LIMIT_S, TimeUnit.SECONDS))
                    .as("chromium finished within %d s", WALL_CLOCK_LIMIT_S).isTrue();
            assertThat(process.exitValue()).as("chromium's exit code").isZero();
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(out);
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
