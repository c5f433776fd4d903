package io.cityops.simulators.publish;

/** A reading could not be delivered, or the transport could not be reached. */
public final class PublisherException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PublisherException(String message) {
        super(message);
    }

    public PublisherException(String message, Throwable cause) {
        super(message, cause);
    }
}
