package org.w3id.kechuang.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.w3id.kechuang.SeedStore;
import org.w3id.kechuang.server.KgServer;
import org.w3id.kechuang.store.KgStore;

/**
 * The seed articles built into a real TDB2 store in a temporary folder, plus one planted article whose
 * entity is named {@code <script>…}, served by a real server on 127.0.0.1 and a free port.
 */
final class ServedSeeds implements AutoCloseable {
    static final String W3ID = "https://w3id.org/kechuang/";
    static final String SCRIPT_NAME = "<script>alert('x')</script>研究院";
    /** The planted entity's IRI: the minter percent-encodes brackets, quotes and slashes. */
    static final String SCRIPT_IRI = W3ID + "resource/org/%3Cscript%3Ealert('x')%3C%2Fscript%3E研究院";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final KgStore store;
    final KgServer server;

    private ServedSeeds(KgStore store, KgServer server) {
        this.store = store;
        this.server = server;
    }

    private static ServedSeeds shared;

    /**
     * One served seed store for all the web tests of a run (building the seeds takes seconds), stopped
     * and deleted when the test JVM exits.
     */
    static synchronized ServedSeeds shared() {
        if ( shared == null ) {
            try {
                Path dir = java.nio.file.Files.createTempDirectory("kechuang-web");
                shared = start(dir, null);
                ServedSeeds s = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    s.close();
                    deleteQuietly(dir);
                }));
            } catch (Exception e) {
                throw new IllegalStateException("cannot serve the seed store", e);
            }
        }
        return shared;
    }

    private static void deleteQuietly(Path dir) {
        try ( var paths = java.nio.file.Files.walk(dir) ) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temp folder left behind is harmless.
        }
    }

    static ServedSeeds start(Path dir, String base) throws Exception {
        KgStore store = SeedStore.buildSeeds(dir.resolve("store"));
        plantScriptEntity(store);
        KgServer server = KgServer.create().dataset(store.dataset()).port(0).base(base).build().start();
        return new ServedSeeds(store, server);
    }

    private static void plantScriptEntity(KgStore store) {
        String trig = """
            PREFIX kc: <https://w3id.org/kechuang/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX dct: <http://purl.org/dc/terms/>
            <%1$sarticle/planted> {
              <%1$sarticle/planted> a kc:Article ; dct:title "<b>planted</b> article" .
              <%2$s> a kc:ResearchInstitute ; rdfs:label "%3$s"@zh ; kc:mentionedIn <%1$sarticle/planted> ;
                  kc:locatedIn <%1$sresource/place/上海市> .
              <%1$sarticle/planted#s-1> rdf:reifies <<( <%2$s> kc:locatedIn <%1$sresource/place/上海市> )>> ;
                  kc:evidence "%3$s位于上海市。"@zh ; prov:wasDerivedFrom <%1$sarticle/planted> .
            }
            """.formatted(W3ID, SCRIPT_IRI, SCRIPT_NAME.replace("'", "\\'"));
        Txn.executeWrite(store.dataset(), () -> RDFParser.fromString(trig, Lang.TRIG).parse(store.dataset()));
    }

    /** An absolute URL on the server for a path such as {@code /resource/person/李强} (non-ASCII encoded). */
    String url(String path) {
        return URI.create(server.serverUrl()).resolve(URI.create(path.startsWith("/") ? path.substring(1) : path)).toASCIIString();
    }

    static String path(String iri) {
        return "/" + iri.substring(W3ID.length());
    }

    static HttpResponse<String> get(String url, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if ( accept != null )
            b.header("Accept", accept);
        return send(b);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
