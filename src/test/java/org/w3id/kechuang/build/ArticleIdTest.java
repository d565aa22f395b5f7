package org.w3id.kechuang.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kechuang.cli.Cli;
import org.w3id.kechuang.store.KgStore;
import org.w3id.kechuang.store.QueryRunner;

/**
 * Article ids are unique per source and stable across rebuilds: a file's id is its path below the folder
 * given to {@code build}, and no build silently puts one article in the place of another.
 */
class ArticleIdTest {
    static final String ART = "https://w3id.org/kechuang/article/";

    @TempDir
    Path dir;

    private Path store() {
        return dir.resolve("store");
    }

    /** A real article (a seed) copied to {@code relative} below the temporary folder. */
    private Path article(String relative, String seed) throws Exception {
        Path to = dir.resolve(relative);
        Files.createDirectories(to.getParent());
        return Files.copy(Path.of("seeds", seed), to);
    }

    private Cli build(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "build";
        all[1] = "--store";
        all[2] = store().toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.run(all);
    }

    /** Article graph IRI → its dct:source, as the store holds them. */
    private Map<String, String> sources() throws Exception {
        try (KgStore kg = KgStore.open(store())) {
            Map<String, String> sources = new TreeMap<>();
            for (var row : QueryRunner.select(kg, "SELECT ?g ?src { GRAPH ?g { ?g a kc:Article ; dct:source ?src } }")) {
                sources.put(row.getResource("g").getURI(), row.get("src").toString());
            }
            return sources;
        }
    }

    private static void assertOneLineError(Cli r, String... mentions) {
        assertNotEquals(0, r.exit(), "exit code");
        assertEquals(1, r.errLines(), () -> "one line expected, got: " + r.err());
        for (String m : mentions) {
            assertTrue(r.err().contains(m), () -> "the error should name " + m + ": " + r.err());
        }
    }

    @Test
    void filesOfOneNameInTwoFoldersAreTwoArticlesWithStableIds() throws Exception {
        Path a = article("news/a/index.txt", "000_17d06b560a14b091.txt");
        Path b = article("news/b/index.txt", "001_1d8ea9cfa81e6d7f.txt");
        article("news/top.txt", "002_796d7d15a6c68fce.txt");
        Cli r = build(dir.resolve("news").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Read 3 article(s)"), r.out());
        Map<String, String> sources = sources();
        // Files directly in the folder keep their stem; nested ones keep their folder, as IRI path segments.
        assertEquals(java.util.Set.of(ART + "a/index", ART + "b/index", ART + "top"), sources.keySet());
        assertEquals(a.toAbsolutePath().toString(), sources.get(ART + "a/index"));
        assertEquals(b.toAbsolutePath().toString(), sources.get(ART + "b/index"));

        // The same file named twice (in its folder and by itself) is one input, not a clash.
        Cli again = build(dir.resolve("news").toString(), dir.resolve("news/top.txt").toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().startsWith("Read 3 article(s)"), again.out());
        assertEquals(sources, sources(), "rebuilding the same folder replaces the same graphs");
    }

    @Test
    void twoInputsGivingOneIdAreAnErrorAndNothingIsWritten() throws Exception {
        article("kept.txt", "002_796d7d15a6c68fce.txt");
        assertEquals(0, build(dir.resolve("kept.txt").toString()).exit());
        Map<String, String> before = sources();

        Path x = article("x/index.txt", "000_17d06b560a14b091.txt");
        Path y = article("y/index.txt", "001_1d8ea9cfa81e6d7f.txt");
        Cli r = build(x.toString(), y.toString());
        assertOneLineError(r, x.toString(), y.toString(), "\"index\"");
        assertEquals(before, sources(), "nothing written, nothing lost");
    }

    @Test
    void anIdStoredFromAnotherFileIsKeptUnlessReplaceIsAsked() throws Exception {
        Path first = article("p/index.txt", "000_17d06b560a14b091.txt");
        Path second = article("q/index.txt", "001_1d8ea9cfa81e6d7f.txt");
        assertEquals(0, build(dir.resolve("p").toString()).exit());
        Map<String, String> before = sources();
        assertEquals(Map.of(ART + "index", first.toAbsolutePath().toString()), before);

        Cli r = build(dir.resolve("q").toString());
        assertOneLineError(r, second.toString(), first.toAbsolutePath().toString(), "--replace");
        assertEquals(before, sources(), "the stored article is kept");

        Cli replaced = build("--replace", dir.resolve("q").toString());
        assertEquals(0, replaced.exit(), replaced.err());
        assertEquals(Map.of(ART + "index", second.toAbsolutePath().toString()), sources());
    }
}
