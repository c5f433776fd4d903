package io.cityops.api;

import io.micronaut.runtime.Micronaut;

/** Runs the API on its own: {@code java -cp … io.cityops.api.Application}. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        // The api jar ships no logback.xml, so that a program embedding it keeps its own logging setup.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "cityops-api-logback.xml");
        }
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
