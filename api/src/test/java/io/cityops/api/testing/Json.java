package io.cityops.api.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads answers as JSON trees, decimals exact, so tests see what a client sees. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {
    }

    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode get(BlockingHttpClient client, String path) {
        return parse(client.retrieve(path));
    }

    /** The error answer of a request that must fail. */
    public static HttpResponse<?> failure(BlockingHttpClient client, String path) {
        try {
            HttpResponse<String> response = client.exchange(path, String.class);
            throw new AssertionError("expected " + path + " to fail, got " + response.status());
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }

    public static JsonNode body(HttpResponse<?> response) {
        return parse(response.getBody(String.class).orElseThrow());
    }
}
