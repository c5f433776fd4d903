package io.cityops.standalone;

import java.io.IOException;
import java.net.ServerSocket;

/** Ports for a standalone run inside a test, so it never collides with a run on the default ports. */
final class FreePorts {

    private FreePorts() {
    }

    static int one() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A free port whose successor is free too (Kafka's controller takes port + 1). */
    static int adjacentPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = one();
            try (ServerSocket next = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                // try another pair
            }
        }
        throw new IOException("no two adjacent free ports found");
    }
}
