package dev.corpora.bootstrap.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP for what a generated client cannot send: malformed JSON, wrong types, missing headers. */
final class RawHttp {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RawHttp() {
    }

    static HttpResponse<String> send(String method, String url, String authorization, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return exchange(request);
    }

    /** As {@link #send(String, String, String, String)}, with one more header, such as an Idempotency-Key. */
    static HttpResponse<String> send(String method, String url, String authorization, String jsonBody,
                                     String header, String value) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody))
                .header("Content-Type", "application/json")
                .header(header, value);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return exchange(request);
    }

    /** Sends a request built by hand, for what {@link #send} does not set: no Content-Type, HEAD... */
    static HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
