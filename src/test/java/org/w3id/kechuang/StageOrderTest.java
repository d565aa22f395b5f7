package org.w3id.kechuang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's stages depend only on earlier ones: model ← reference ← read ← nlp ← extract ← resolve ← rdf
 * ← store ← link ← build, eval, web ← server ← cli. A package may use its own classes and those of a lower rank; two
 * packages of one rank are independent of each other.
 */
class StageOrderTest {
    private static final Path SOURCES = Path.of("src", "main", "java", "org", "w3id", "kechuang");
    private static final String PROJECT = "org.w3id.kechuang.";

    private static final Map<String, Integer> RANK = Map.ofEntries(
            Map.entry("model", 0),
            Map.entry("reference", 1),
            Map.entry("read", 2),
            Map.entry("nlp", 3),
            Map.entry("extract", 4),
            Map.entry("resolve", 5),
            Map.entry("rdf", 6),
            Map.entry("store", 7),
            Map.entry("link", 8),
            Map.entry("build", 9),
            Map.entry("eval", 9),
            Map.entry("web", 9),
            Map.entry("server", 10),
            Map.entry("cli", 11));

    /** Imports and fully qualified names of the project, comments and strings aside. */
    private static final Pattern USE = Pattern.compile("\\b" + Pattern.quote(PROJECT) + "(\\w+)\\.");

    @Test
    void noPackageUsesALaterStage() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(f).getName(0).toString();
                violations.addAll(violations(pkg, f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void aResolverThatReadsTheStoreIsCaught() {
        String source = """
                package org.w3id.kechuang.resolve;
                // a comment naming org.w3id.kechuang.cli.Main is no dependency
                import org.w3id.kechuang.model.Entity;
                import org.w3id.kechuang.store.KgStore;
                class Bad { org.w3id.kechuang.rdf.Iris iris; String s = "org.w3id.kechuang.server.X"; }
                """;
        assertEquals(List.of("Bad.java: resolve uses rdf", "Bad.java: resolve uses store"),
                violations("resolve", "Bad.java", source));
    }

    @Test
    void everyPackageHasARank() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            Set<String> packages = new TreeSet<>(dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString()).toList());
            assertEquals(new TreeSet<>(RANK.keySet()), packages, "place a new package in the stage order");
        }
    }

    private static List<String> violations(String pkg, String file, String source) {
        Integer own = RANK.get(pkg);
        Set<String> later = new TreeSet<>();
        Matcher m = USE.matcher(code(source));
        while (m.find()) {
            String used = m.group(1);
            if (!used.equals(pkg) && (own == null || !RANK.containsKey(used) || RANK.get(used) >= own)) {
                later.add(used);
            }
        }
        return later.stream().map(u -> file + ": " + pkg + " uses " + u).toList();
    }

    /** Comments, text blocks, strings and chars, in one pass so that "//" in a string is no comment. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "(?s)/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)+'");

    /** The source without comments and literals, which name classes without depending on them. */
    private static String code(String source) {
        return NOT_CODE.matcher(source).replaceAll(" ");
    }
}
