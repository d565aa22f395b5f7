package org.w3id.kechuang.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.w3id.kechuang.SeedStore;
import org.w3id.kechuang.server.KgServer;
import org.w3id.kechuang.store.KgStore;
import org.w3id.kechuang.store.QueryRunner;

/**
 * Times the entity pages: builds the seeds (copied {@code --copies N} times under new article names, so
 * each entity gathers N times the facts and evidence) into a scratch TDB2 store, serves it on a free
 * port and GETs the HTML page of every entity, {@code --rounds R} times after one warm-up round.
 * Prints p50/p95/max per kind of page. A benchmark to run by hand ({@code web/bench.sh}), not a test.
 */
public final class PageBench {
    private PageBench() {}

    public static void main(String[] args) throws Exception {
        int copies = intArg(args, "--copies", 1);
        int rounds = intArg(args, "--rounds", 3);
        Path scratch = Files.createTempDirectory("kechuang-page-bench");
        Path inputs = Files.createDirectories(scratch.resolve("in"));
        List<Path> seeds;
        try ( Stream<Path> s = Files.list(Path.of(SeedStore.SEEDS)) ) {
            seeds = s.filter(Files::isRegularFile).sorted().toList();
        }
        for ( int c = 0; c < copies; c++ )
            for ( Path f : seeds )
                Files.copy(f, inputs.resolve(c + "-" + f.getFileName()));
        try ( KgStore store = KgStore.open(scratch.resolve("store")) ) {
            long t0 = System.nanoTime();
            SeedStore.build(store, inputs.toString());
            System.out.printf("built %d articles in %.1f s: %d triples%n", seeds.size() * copies,
                (System.nanoTime() - t0) / 1e9, store.unionTripleCount());
            List<String> entities = QueryRunner.select(store, """
                SELECT DISTINCT ?e WHERE { ?e a ?c FILTER(STRSTARTS(STR(?e), STR(kcr:))) }""")
                .stream().map(r -> r.getResource("e").getURI()).toList();
            List<String> articles = QueryRunner.select(store, "SELECT ?a WHERE { ?a a kc:Article }")
                .stream().map(r -> r.getResource("a").getURI()).limit(200).toList();
            KgServer server = KgServer.create().dataset(store.dataset()).port(0).build().start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                String root = server.serverUrl();
                time("warm-up (entity pages)", entities, 1, root, http);
                time("entity pages", entities, rounds, root, http);
                time("article pages", articles, rounds, root, http);
            } finally {
                server.stop();
            }
        }
        try ( Stream<Path> walk = Files.walk(scratch) ) {
            walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void time(String what, List<String> iris, int rounds, String root, HttpClient http) throws Exception {
        List<Double> ms = new ArrayList<>();
        for ( int r = 0; r < rounds; r++ ) {
            for ( String iri : iris ) {
                String url = URI.create(root).resolve(URI.create(ServedSeeds.path(iri).substring(1))).toASCIIString();
                if ( iri.toUpperCase().contains("%2F") )
                    url = root + "lookup?iri=" + java.net.URLEncoder.encode(iri, java.nio.charset.StandardCharsets.UTF_8);
                HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                    .timeout(Duration.ofSeconds(30)).build();
                long t = System.nanoTime();
                HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                ms.add((System.nanoTime() - t) / 1e6);
                if ( resp.statusCode() != 200 )
                    System.out.println("  HTTP " + resp.statusCode() + " " + url);
            }
        }
        Collections.sort(ms);
        System.out.printf("%-24s %5d pages  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", what, ms.size(),
            ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.95)), ms.get(ms.size() - 1));
    }

    private static int intArg(String[] args, String name, int dflt) {
        for ( int i = 0; i + 1 < args.length; i++ )
            if ( args[i].equals(name) )
                return Integer.parseInt(args[i + 1]);
        return dflt;
    }
}
