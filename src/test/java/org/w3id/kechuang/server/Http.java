package org.w3id.kechuang.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Real HTTP calls to a test server, with short helpers for the SPARQL protocol. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {}

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    static HttpResponse<String> get(String url) {
        return send(request(url).GET());
    }

    static HttpResponse<String> get(String url, String accept) {
        return send(request(url).header("Accept", accept).GET());
    }

    static HttpResponse<String> post(String url, String contentType, String body) {
        return send(request(url).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** GET a SPARQL query on an endpoint, results as JSON. */
    static HttpResponse<String> query(String endpoint, String query) {
        return get(endpoint + "?query=" + enc(query), "application/sparql-results+json");
    }

    /** The single integer value of {@code ?n} in a one-row SELECT result. */
    static long count(String endpoint, String query) {
        HttpResponse<String> r = query(endpoint, query);
        if ( r.statusCode() != 200 )
            throw new AssertionError("HTTP " + r.statusCode() + ": " + r.body());
        return json(r.body()).at("/results/bindings/0/n/value").asLong();
    }

    static long countAll(String endpoint) {
        return count(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    }

    static JsonNode json(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
