package org.w3id.kechuang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kechuang.store.KgStore;
import org.w3id.kechuang.store.QueryRunner;

/**
 * Errors a user can cause: each gives one clear line naming what and where, a non-zero exit, and
 * leaves what was already stored exactly as it was.
 */
class BadInputTest {
    @TempDir
    static Path dir;
    static String store;
    static Map<String, Long> seedGraphs;

    @BeforeAll
    static void buildSeeds() throws Exception {
        store = dir.resolve("store").toString();
        Cli r = Cli.run("build", "--store", store, "seeds");
        assertEquals(0, r.exit(), r.err());
        seedGraphs = graphSizes();
        assertEquals(5, seedGraphs.size());
    }

    static Map<String, Long> graphSizes() throws Exception {
        try (KgStore kg = KgStore.open(Path.of(store))) {
            Map<String, Long> sizes = new TreeMap<>();
            for (var row : QueryRunner.select(kg, "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), STR(art:))) } GROUP BY ?g")) {
                sizes.put(row.getResource("g").getURI(), row.getLiteral("n").getLong());
            }
            return sizes;
        }
    }

    private static void assertSeedsUntouched() throws Exception {
        Map<String, Long> now = graphSizes();
        seedGraphs.forEach((g, n) -> assertEquals(n, now.get(g), "graph " + g + " changed"));
    }

    private static void assertOneLineFailure(Cli r, String... mustMention) throws Exception {
        assertTrue(r.exit() != 0, "exit code");
        assertEquals(1, r.errLines(), () -> "one line expected, got: " + r.err());
        for (String m : mustMention) {
            assertTrue(r.err().contains(m), () -> "error should mention " + m + ": " + r.err());
        }
        assertSeedsUntouched();
    }

    @Test
    void missingPath() throws Exception {
        Path missing = dir.resolve("no-such-article.txt");
        assertOneLineFailure(Cli.run("build", "--store", store, missing.toString()), "no-such-article.txt");
    }

    @Test
    void emptyFile() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        assertOneLineFailure(Cli.run("build", "--store", store, empty.toString()), "empty.txt", "empty");
    }

    @Test
    void binaryFile() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Path bin = Files.write(dir.resolve("photo.txt"), png);
        assertOneLineFailure(Cli.run("build", "--store", store, bin.toString()), "photo.txt", "binary");
    }

    @Test
    void htmlWithoutArticleText() throws Exception {
        Path html = Files.writeString(dir.resolve("broken.html"), "<html><body><div><ul><li><a href=x>登录</a><li><a href=y>首页");
        assertOneLineFailure(Cli.run("build", "--store", store, html.toString()), "broken.html");
    }

    @Test
    void malformedHtmlWithTextIsStillRead() throws Exception {
        Path html = Files.writeString(dir.resolve("unclosed.html"), """
                <html><head><title>教育部副部长到浙江大学调研</title><body><div class=nav><a href=/>首页</a><a href=/a>登录</a>
                <div class="article"><h1>教育部副部长到浙江大学调研
                <p>本报杭州讯 教育部副部长王明今天到浙江大学调研，察看了浙江大学紫金港校区的实验室，听取学校关于人才培养的汇报。
                <p>王明指出，要加快建设世界一流大学，努力提高自主创新能力，为国家战略需求作出更大贡献。
                """);
        Cli r = Cli.run("build", "--store", store, html.toString());
        assertEquals(0, r.exit(), r.err());
        assertSeedsUntouched();
    }

    @Test
    void gbkCopyOfASeedReadsLikeTheOriginal() throws Exception {
        String seed = Files.readString(Path.of("seeds/003_2d8b69315731fb98.txt"), StandardCharsets.UTF_8);
        Path gbk = Files.write(dir.resolve("003_gbk_copy.txt"), seed.getBytes(Charset.forName("GB18030")));
        Cli r = Cli.run("build", "--store", store, gbk.toString());
        assertEquals(0, r.exit(), r.err());
        Map<String, Long> sizes = graphSizes();
        assertEquals(sizes.get("https://w3id.org/kechuang/article/003_2d8b69315731fb98"),
                sizes.get("https://w3id.org/kechuang/article/003_gbk_copy"), "same facts from the GBK copy");
        assertSeedsUntouched();
    }

    @Test
    void badSparqlQuery() throws Exception {
        Cli r = Cli.run("query", "--store", store, "SELECT ?s WHERE { ?s ?p ");
        assertOneLineFailure(r, "bad SPARQL query");
    }

    @Test
    void missingQueryFile() throws Exception {
        assertOneLineFailure(Cli.run("query", "--store", store, "nothing-here.rq"), "nothing-here.rq");
    }

    @Test
    void unknownExportFormat() throws Exception {
        assertOneLineFailure(Cli.run("export", "--store", store, "--format", "xml"), "xml");
    }

    @Test
    void portAlreadyInUse() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Cli r = Cli.run("serve", "--store", store, "--port", String.valueOf(port));
            assertOneLineFailure(r, "port " + port, "already in use");
        }
    }
}
