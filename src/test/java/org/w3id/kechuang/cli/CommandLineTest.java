package org.w3id.kechuang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subcommands as a user runs them, against a real store in a temporary folder. */
class CommandLineTest {
    @TempDir
    static Path dir;
    static String store;
    static Cli built;

    @BeforeAll
    static void build() {
        store = dir.resolve("store").toString();
        built = Cli.run("build", "--store", store);
    }

    @Test
    void buildDefaultsToTheSeedsAndPrintsASummary() {
        assertEquals(0, built.exit(), built.err());
        assertTrue(built.out().contains("Read 5 article(s), skipped 0"), built.out());
        assertTrue(built.out().contains("visited"), built.out());
    }

    @Test
    void queryPrintsTableCsvAndJson() {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        Cli table = Cli.run("query", "--store", store, q);
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().contains("| n"), table.out());
        Cli csv = Cli.run("query", "--store", store, "--format", "csv",
                "SELECT ?name WHERE { ?p a kc:Person ; rdfs:label ?name } ORDER BY ?name");
        assertTrue(csv.out().startsWith("name"), csv.out());
        assertTrue(csv.out().contains("李强"), csv.out());
        Cli json = Cli.run("query", "--store", store, "--format", "json", q);
        assertTrue(json.out().contains("\"bindings\""), json.out());
    }

    @Test
    void queryRunsAFileFromQueries() throws Exception {
        try (var files = Files.list(Path.of("queries"))) {
            Path first = files.filter(p -> p.toString().endsWith(".rq")).sorted().findFirst().orElseThrow();
            Cli r = Cli.run("query", "--store", store, first.toString());
            assertEquals(0, r.exit(), r.err());
        }
    }

    @Test
    void exportWritesAFile() throws Exception {
        Path out = dir.resolve("kg.nt");
        Cli r = Cli.run("export", "--store", store, "--format", "nt", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(RDFParser.source(out).toGraph().size() > 100);
    }

    @Test
    void validatePassesOnTheSeedGraph() {
        Cli r = Cli.run("validate", "--store", store);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("conforms"), r.out());
    }

    @Test
    void everySubcommandHasHelp() {
        for (String cmd : new String[] {"build", "serve", "query", "export", "validate"}) {
            Cli r = Cli.run(cmd, "--help");
            assertEquals(0, r.exit(), cmd);
            assertTrue(r.out().contains("--store"), cmd + " help mentions --store");
        }
    }

    @Test
    void benchPrintsThroughputAndMemory() {
        Cli r = Cli.run("bench", "--copies", "2", "seeds");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("inputs 10 (2 copies)"), r.out());
        assertTrue(r.out().matches("(?s).*articles/s.*live after the build \\d+ MB.*"), r.out());
    }

    @Test
    void evalScoresTheSeedGraphAgainstTheGoldStandard() {
        Cli r = Cli.run("eval", "--gold", "src/test/resources/gold/seeds.tsv", "seeds");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("overall"), r.out());
        assertTrue(r.out().contains("Missed ("), r.out());
    }
}
