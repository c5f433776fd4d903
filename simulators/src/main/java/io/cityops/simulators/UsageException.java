package io.cityops.simulators;

/** The command line cannot be run as given; the message says why, the usage text follows. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
