package org.w3id.kechuang.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.kechuang.server.Http.enc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The endpoint as a stranger or a hostile page meets it: the UI's endpoint answers, queries reach no
 * address the operator did not allow, other sites cannot write through an admin's browser, request
 * size bounds parsing, and client mistakes are 4xx with a message. Real servers on loopback only.
 */
class EndpointHardeningTest {

    static final String PASSWORD = "pw-for-tests";
    static final String ADMIN = Http.basic("admin", PASSWORD);

    /** A loopback HTTP server standing for "some internal service": counts hits, answers an error with a secret. */
    static HttpServer internal;
    static final AtomicInteger internalHits = new AtomicInteger();
    static String internalUrl;

    static KgServer readOnly;
    static KgServer withPassword;

    @BeforeAll
    static void start() throws IOException {
        internal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        internal.createContext("/", exchange -> {
            internalHits.incrementAndGet();
            byte[] body = "SECRET-INTERNAL-TEXT".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        internal.start();
        internalUrl = "http://127.0.0.1:" + internal.getAddress().getPort() + "/sparql";
        readOnly = KgServer.create().dataset(TestData.twoArticles(DatasetGraphFactory.createTxnMem()))
            .port(0).maxRequestBytes(64 * 1024).build().start();
        withPassword = KgServer.create().dataset(TestData.twoArticles(DatasetGraphFactory.createTxnMem()))
            .port(0).password(PASSWORD).allowServices(List.of(internalUrl)).build().start();
    }

    @AfterAll
    static void stop() {
        readOnly.stop();
        withPassword.stop();
        internal.stop(0);
    }

    private static HttpResponse<String> postForm(String url, String body, String... headers) {
        HttpRequest.Builder r = Http.request(url).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
        for ( int i = 0; i < headers.length; i += 2 )
            r.header(headers[i], headers[i + 1]);
        return Http.send(r);
    }

    // 1. The UI's endpoint

    @Test
    void theDatasetUrlWithATrailingSlashAnswersQueries() {
        HttpResponse<String> r = postForm(readOnly.datasetUrl() + "/", "query=" + enc("ASK {}"));
        assertEquals(200, r.statusCode(), r.body());
        HttpResponse<String> pw = postForm(withPassword.datasetUrl() + "/", "query=" + enc("ASK {}"));
        assertEquals(200, pw.statusCode(), "a reader is not asked for the password: " + pw.body());
    }

    @Test
    void theUiIsToldTheNamedQueryEndpointFirst() {
        JsonNode server = Http.json(Http.get(readOnly.serverUrl() + "$/server").body());
        JsonNode query = null;
        for ( JsonNode s : server.at("/datasets/0/ds.services") )
            if ( s.get("srv.type").asText().equals("query") )
                query = s;
        assertEquals("sparql", query.at("/srv.endpoints/0").asText());
    }

    // 2. SERVICE

    @Test
    void serviceToAnAddressNotAllowedIsRefusedWithoutContactingIt() {
        int before = internalHits.get();
        HttpResponse<String> r = Http.query(readOnly.datasetUrl() + "/sparql",
            "SELECT * { SERVICE <" + internalUrl + "> { ?s ?p ?o } }");
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains("not allowed"), r.body());
        HttpResponse<String> viaVariable = Http.query(readOnly.datasetUrl() + "/sparql",
            "SELECT * { BIND(<" + internalUrl + "> AS ?x) SERVICE ?x { ?s ?p ?o } }");
        assertTrue(viaVariable.statusCode() >= 400 && viaVariable.statusCode() < 500, viaVariable.body());
        assertEquals(before, internalHits.get(), "the server made no request to the named address");
    }

    @Test
    void anAllowedServiceIsCalledButItsErrorBodyIsNotEchoed() {
        int before = internalHits.get();
        HttpResponse<String> r = Http.query(withPassword.datasetUrl() + "/sparql",
            "SELECT * { SERVICE <" + internalUrl + "> { ?s ?p ?o } }");
        assertTrue(internalHits.get() > before, "the allowed endpoint was called");
        assertEquals(502, r.statusCode(), r.body());
        assertFalse(r.body().contains("SECRET-INTERNAL-TEXT"), r.body());
    }

    // 3. Cross-site writes and framing

    @Test
    void aWriteFromAnotherSiteIsRefusedEvenWithThePassword() {
        String insert = "update=" + enc("INSERT DATA { GRAPH <urn:x:g9> { <urn:x:csrf> <urn:x:p> <urn:x:o> } }");
        HttpResponse<String> crossSite = postForm(withPassword.datasetUrl() + "/update", insert,
            "Authorization", ADMIN, "Origin", "http://evil.example");
        assertEquals(403, crossSite.statusCode(), crossSite.body());
        HttpResponse<String> noOriginButCrossSite = postForm(withPassword.datasetUrl() + "/update", insert,
            "Authorization", ADMIN, "Sec-Fetch-Site", "cross-site");
        assertEquals(403, noOriginButCrossSite.statusCode());
        assertEquals(0, Http.count(withPassword.datasetUrl() + "/sparql",
            "SELECT (COUNT(*) AS ?n) { <urn:x:csrf> ?p ?o }"), "nothing was inserted");
        String self = withPassword.serverUrl().substring(0, withPassword.serverUrl().length() - 1);
        HttpResponse<String> sameSite = postForm(withPassword.datasetUrl() + "/update", insert,
            "Authorization", ADMIN, "Origin", self);
        assertEquals(200, sameSite.statusCode(), sameSite.body());
        assertEquals(1, Http.count(withPassword.datasetUrl() + "/sparql",
            "SELECT (COUNT(*) AS ?n) { <urn:x:csrf> ?p ?o }"));
    }

    @Test
    void pagesCannotBeFramedByOtherSites() {
        HttpResponse<String> ui = Http.get(withPassword.serverUrl());
        assertEquals("DENY", ui.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(ui.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    }

    // 4. Bounded parsing

    @Test
    void aRequestOverTheSizeLimitGets413Unparsed() {
        String huge = "query=" + enc("# " + "x".repeat(200_000) + "\nASK {}");
        long start = System.nanoTime();
        HttpResponse<String> r = postForm(readOnly.datasetUrl() + "/sparql", huge);
        assertEquals(413, r.statusCode());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
        HttpResponse<String> raw = Http.post(readOnly.datasetUrl() + "/sparql", "application/sparql-query",
            "# " + "y".repeat(100_000) + "\nASK {}");
        assertEquals(413, raw.statusCode());
        assertEquals(200, postForm(readOnly.datasetUrl() + "/sparql", "query=" + enc("ASK {}")).statusCode());
    }

    @Test
    void theRequestLogNamesAQueryByHashAndLengthNotItsText() {
        String line = RequestLog.describe("SELECT * { ?s ?p \"private words\" }");
        assertFalse(line.contains("private"), line);
        assertTrue(line.matches("sparql sha256:[0-9a-f]{12} \\(\\d+ chars\\)"), line);
    }

    // 8. Client errors are 4xx

    @Test
    void malformedUrlsAndFormsAre400() {
        HttpResponse<String> badEscape = postForm(readOnly.datasetUrl() + "/sparql", "query=%ZZ");
        assertEquals(400, badEscape.statusCode());
        HttpResponse<String> badUtf8 = Http.send(Http.request(readOnly.datasetUrl() + "/sparql")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'q', 'u', 'e', 'r', 'y', '=', (byte) 0xff, (byte) 0xfe})));
        assertEquals(400, badUtf8.statusCode());
        HttpResponse<String> badUtf8Escaped = Http.get(readOnly.datasetUrl() + "/sparql?query=%FF%FE");
        assertEquals(400, badUtf8Escaped.statusCode());
    }

    @Test
    void aGetOnATaskOperationIsAClientError() {
        HttpResponse<String> admin = Http.send(Http.request(withPassword.serverUrl() + "$/backup/kg")
            .header("Authorization", ADMIN).GET());
        assertEquals(405, admin.statusCode(), admin.body());
        HttpResponse<String> compact = Http.send(Http.request(withPassword.serverUrl() + "$/compact/kg")
            .header("Authorization", ADMIN).GET());
        assertEquals(405, compact.statusCode());
        assertEquals(403, Http.get(readOnly.serverUrl() + "$/backup/kg").statusCode());
    }

    // 13. Admin reads

    @Test
    void adminReadsNeedThePasswordButPingAndThePublicListingDoNot() {
        for ( String path : List.of("$/stats", "$/tasks", "$/backups-list", "$/metrics") ) {
            assertEquals(403, Http.get(readOnly.serverUrl() + path).statusCode(), path);
            assertEquals(401, Http.get(withPassword.serverUrl() + path).statusCode(), path);
        }
        assertEquals(200, Http.send(Http.request(withPassword.serverUrl() + "$/stats")
            .header("Authorization", ADMIN).GET()).statusCode());
        assertEquals(200, Http.get(readOnly.serverUrl() + "$/ping").statusCode());
        String anonymous = Http.get(withPassword.serverUrl() + "$/server").body();
        assertFalse(anonymous.contains("uptime") || anonymous.contains("version") || anonymous.contains("update"), anonymous);
        String admin = Http.send(Http.request(withPassword.serverUrl() + "$/server").header("Authorization", ADMIN).GET()).body();
        assertTrue(admin.contains("uptime") && admin.contains("update"), admin);
    }

    // 14. LOAD

    @Test
    void loadOfLocalFilesOrUnlistedUrlsIsRefused() {
        for ( String source : List.of("file:///etc/passwd", internalUrl) ) {
            int before = internalHits.get();
            HttpResponse<String> r = Http.send(Http.request(withPassword.datasetUrl() + "/update")
                .header("Content-Type", "application/sparql-update").header("Authorization", ADMIN)
                .POST(HttpRequest.BodyPublishers.ofString("LOAD <" + source + "> INTO GRAPH <urn:x:loaded>")));
            assertEquals(403, r.statusCode(), r.body());
            assertFalse(r.body().contains("root:"), r.body());
            assertEquals(before, internalHits.get());
        }
    }

    // 17. Declared charsets

    @Test
    void aQueryBodyInADeclaredCharsetIsReadInThatCharset() {
        String query = "SELECT (COUNT(*) AS ?n) { ?s ?p \"张三\"@zh }";
        for ( String charset : List.of("GBK", "UTF-16") ) {
            HttpResponse<String> r = Http.send(Http.request(readOnly.datasetUrl() + "/sparql")
                .header("Content-Type", "application/sparql-query; charset=" + charset)
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(query.getBytes(Charset.forName(charset)))));
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(1, Http.json(r.body()).at("/results/bindings/0/n/value").asLong(), charset);
        }
        HttpResponse<String> unknown = Http.send(Http.request(readOnly.datasetUrl() + "/sparql")
            .header("Content-Type", "application/sparql-query; charset=x-no-such-charset")
            .POST(HttpRequest.BodyPublishers.ofString("ASK {}")));
        assertEquals(415, unknown.statusCode());
    }

    // 7. A query stopped by the time limit

    @Test
    void aQueryStoppedByTheTimeLimitEndsAsAnErrorTheClientSees() throws Exception {
        // Held back far beyond what half a second can produce on a fast machine, so the stop comes within it.
        KgServer slow = KgServer.create().dataset(TestData.manyTriples(DatasetGraphFactory.createTxnMem(), 3000))
            .port(0).queryTimeout(Duration.ofMillis(500)).resultHoldBytes(256 * 1024 * 1024).build().start();
        KgServer streaming = KgServer.create().dataset(TestData.manyTriples(DatasetGraphFactory.createTxnMem(), 3000))
            .port(0).queryTimeout(Duration.ofMillis(500)).resultHoldBytes(1024).build().start();
        String crossJoin = "SELECT * { ?a ?b ?c . ?d ?e ?f }";
        try {
            HttpResponse<String> held = Http.query(slow.datasetUrl() + "/sparql", crossJoin);
            assertEquals(503, held.statusCode(), "stopped within the held part: a plain error");
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest r = HttpRequest.newBuilder(URI.create(streaming.datasetUrl() + "/sparql?query=" + enc(crossJoin)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).build();
            try {
                HttpResponse<String> whole = client.send(r, HttpResponse.BodyHandlers.ofString());
                throw new AssertionError("stopped after rows went out, the response must be broken off, not ended: "
                    + whole.statusCode() + " " + whole.body().length() + " chars, ending "
                    + whole.body().substring(Math.max(0, whole.body().length() - 200)));
            } catch (IOException expected) {
                // The connection was broken off: the client knows the result is incomplete.
            }
            assertEquals(200, Http.query(streaming.datasetUrl() + "/sparql", "ASK {}").statusCode(), "still serving");
        } finally {
            slow.stop();
            streaming.stop();
        }
    }
}
