package org.w3id.kechuang.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.kechuang.server.Http.enc;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server started with a password: writes and admin operations need it, reads do not. */
class KgServerPasswordTest {

    static final String PASSWORD = "s3cret-密码";
    static final String INSERT = "INSERT DATA { GRAPH <urn:x:g3> { <urn:x:s> <urn:x:p> <urn:x:o> } }";

    @TempDir
    static Path adminArea;

    static KgServer server;
    static String base;
    static String kg;

    @BeforeAll
    static void start() {
        server = KgServer.create()
            .dataset(TestData.twoArticles(DatasetGraphFactory.createTxnMem()))
            .port(0)
            .password(PASSWORD)
            .adminArea(adminArea)
            .corsOrigins(List.of("https://allowed.example"))
            .build().start();
        base = server.serverUrl();
        kg = server.datasetUrl();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> update(String authorization) {
        HttpRequest.Builder r = Http.request(kg + "/update").header("Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString(INSERT));
        if ( authorization != null )
            r.header("Authorization", authorization);
        return Http.send(r);
    }

    @Test
    void updateNeedsThePassword() {
        HttpResponse<String> none = update(null);
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), "challenge");
        assertEquals(401, update(Http.basic("admin", "wrong")).statusCode());
        assertEquals(401, update(Http.basic("someone", PASSWORD)).statusCode());
        assertEquals(0, Http.count(kg + "/sparql",
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:x:g3> { ?s ?p ?o } }"));

        HttpResponse<String> ok = update(Http.basic("admin", PASSWORD));
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
        assertEquals(1, Http.count(kg + "/sparql",
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:x:g3> { ?s ?p ?o } }"));
    }

    @Test
    void readsStayOpenButWrongCredentialsAreNeverIgnored() {
        assertEquals(200, Http.query(kg + "/sparql", "ASK {}").statusCode());
        HttpResponse<String> wrong = Http.send(Http.request(kg + "/sparql?query=" + enc("ASK {}"))
            .header("Authorization", Http.basic("admin", "wrong")).GET());
        assertEquals(401, wrong.statusCode());
    }

    @Test
    void graphStoreWriteNeedsThePassword() {
        String url = kg + "/data?graph=" + enc("urn:x:g4");
        HttpRequest.Builder put = Http.request(url).header("Content-Type", "text/turtle")
            .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1, 2 ."));
        assertEquals(401, Http.send(put).statusCode());
        HttpResponse<String> ok = Http.send(put.header("Authorization", Http.basic("admin", PASSWORD)));
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 201 || ok.statusCode() == 204, "status " + ok.statusCode());
        assertEquals(2, Http.count(kg + "/sparql",
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:x:g4> { ?s ?p ?o } }"));
    }

    @Test
    void serviceDescriptionOffersUpdate() {
        assertTrue(Http.get(kg, "text/turtle").body().contains("SPARQL11Update"));
    }

    @Test
    void adminOperationsNeedThePassword() throws Exception {
        String create = base + "$/datasets?dbName=extra&dbType=mem";
        HttpResponse<String> none = Http.post(create, "application/x-www-form-urlencoded", "");
        assertEquals(401, none.statusCode());
        HttpResponse<String> wrong = Http.send(Http.request(create).header("Authorization", Http.basic("admin", "nope"))
            .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(401, wrong.statusCode());
        assertEquals(401, Http.post(base + "$/backup/kg", "text/plain", "").statusCode());

        HttpResponse<String> ok = Http.send(Http.request(create).header("Authorization", Http.basic("admin", PASSWORD))
            .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(Http.send(Http.request(base + "$/datasets").header("Authorization", Http.basic("admin", PASSWORD)).GET())
            .body().contains("\"/extra\""));
        assertFalse(Http.get(base + "$/datasets").body().contains("\"/extra\""), "anonymous readers see /kg only");

        HttpResponse<String> backup = Http.send(Http.request(base + "$/backup/kg")
            .header("Authorization", Http.basic("admin", PASSWORD)).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, backup.statusCode(), backup.body());
        // The backup runs as a task; wait for it, then find it in the admin area given
        // (not in "run/" of the working folder).
        String task = Http.json(backup.body()).get("taskId").asText();
        long deadline = System.currentTimeMillis() + 15_000;
        while ( !Http.json(Http.send(Http.request(base + "$/tasks/" + task)
                .header("Authorization", Http.basic("admin", PASSWORD)).GET()).body()).has("finished") ) {
            assertTrue(System.currentTimeMillis() < deadline, "backup task did not finish");
            Thread.sleep(100);
        }
        try (var files = Files.list(adminArea.resolve("backups"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("kg_")), "backup file written");
        }
    }

    @Test
    void corsAllowsTheConfiguredOriginOnly() {
        String url = kg + "/sparql?query=" + enc("ASK {}");
        HttpResponse<String> allowed = Http.send(Http.request(url).header("Origin", "https://allowed.example").GET());
        assertEquals("https://allowed.example", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> evil = Http.send(Http.request(url).header("Origin", "https://evil.example").GET());
        assertEquals(200, evil.statusCode());
        assertTrue(evil.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no CORS for other origins");

        // Pre-flight, as a browser sends before a cross-origin POST.
        HttpResponse<String> preflight = Http.send(Http.request(kg + "/sparql")
            .header("Origin", "https://allowed.example")
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals("https://allowed.example", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> evilPreflight = Http.send(Http.request(kg + "/sparql")
            .header("Origin", "https://evil.example")
            .header("Access-Control-Request-Method", "POST")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(evilPreflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }
}
