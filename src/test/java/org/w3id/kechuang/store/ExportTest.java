package org.w3id.kechuang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kechuang.SeedStore;

/** Every export format, parsed back by Jena, with the triple count checked against the store. */
class ExportTest {
    @TempDir
    static Path dir;
    static KgStore store;

    @BeforeAll
    static void build() throws Exception {
        store = SeedStore.buildSeeds(dir.resolve("store"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private Path export(Exporter.Format format) throws Exception {
        Path out = dir.resolve("export." + format.name().toLowerCase());
        try (OutputStream os = Files.newOutputStream(out)) {
            new Exporter(store).write(format, os);
        }
        return out;
    }

    @Test
    void turtleNTriplesAndJsonLdHoldThePlainUnionGraph() throws Exception {
        long expected = new Exporter(store).plainUnion().size();
        assertTrue(expected > 100);
        // Reification is the only thing left out of the plain formats.
        assertTrue(expected < store.unionTripleCount());
        for (var f : new Exporter.Format[] {Exporter.Format.TTL, Exporter.Format.NT, Exporter.Format.JSONLD}) {
            Path file = export(f);
            Lang lang = f == Exporter.Format.TTL ? Lang.TURTLE : f == Exporter.Format.NT ? Lang.NTRIPLES : Lang.JSONLD;
            Graph g = RDFParser.source(file).lang(lang).toGraph();
            assertEquals(expected, g.size(), f + " triple count");
            assertFalse(Files.readString(file).contains("<<("), f + " must be plain RDF 1.1");
        }
    }

    @Test
    void trigAndNQuadsKeepGraphsAndEvidence() throws Exception {
        long quads = store.quadCount();
        for (var f : new Exporter.Format[] {Exporter.Format.TRIG, Exporter.Format.NQ}) {
            Path file = export(f);
            DatasetGraph back = RDFParser.source(file).lang(f == Exporter.Format.TRIG ? Lang.TRIG : Lang.NQUADS)
                    .toDatasetGraph();
            long n = back.stream().count();
            assertEquals(quads, n, f + " quad count");
            assertEquals(store.articleGraphs().size() + 2, back.stream().map(q -> q.getGraph()).distinct().count(),
                    f + ": one graph per article plus the ontology and the reference graph");
            assertTrue(Files.readString(file).contains("evidence"), f + " keeps the evidence");
        }
    }
}
