package org.w3id.kechuang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kechuang.SeedStore;
import org.w3id.kechuang.rdf.KC;

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
        return export(format, false);
    }

    private Path export(Exporter.Format format, boolean evidence) throws Exception {
        Path out = dir.resolve("export" + (evidence ? "-evidence." : ".") + format.name().toLowerCase());
        try (OutputStream os = Files.newOutputStream(out)) {
            new Exporter(store, evidence).write(format, os);
        }
        return out;
    }

    private static Graph parse(Path file, Exporter.Format f) {
        Lang lang = f == Exporter.Format.TTL ? Lang.TURTLE : f == Exporter.Format.NT ? Lang.NTRIPLES : Lang.JSONLD;
        return RDFParser.source(file).lang(lang).toGraph();
    }

    private static final Exporter.Format[] PLAIN = {Exporter.Format.TTL, Exporter.Format.NT, Exporter.Format.JSONLD};

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

    @Test
    void plainFormatsLeaveTheEvidenceOutByDefault() throws Exception {
        for (var f : PLAIN) {
            Graph g = parse(export(f), f);
            assertFalse(g.contains(Node.ANY, KC.evidence.asNode(), Node.ANY), f + " has evidence without --evidence");
            assertFalse(g.contains(Node.ANY, RDF.type.asNode(), RDF.Statement.asNode()), f + " has statements");
        }
    }

    @Test
    void plainFormatsKeepEveryEvidenceAsRdf11ReificationWhenAsked() throws Exception {
        long reifiers = Txn.calculateRead(store.dataset(), () ->
                store.dataset().getUnionGraph().find(Node.ANY, RDF.reifies.asNode(), Node.ANY).toList().size());
        assertTrue(reifiers > 50, "the seeds state facts with evidence");
        for (var f : PLAIN) {
            Path file = export(f, true);
            assertFalse(Files.readString(file).contains("<<("), f + " must stay plain RDF 1.1");
            Graph g = parse(file, f);
            List<Node> statements = g.find(Node.ANY, RDF.type.asNode(), RDF.Statement.asNode())
                    .mapWith(Triple::getSubject).toList();
            assertEquals(reifiers, statements.size(), f + ": one rdf:Statement per evidence");
            for (Node st : statements) {
                Node s = only(g, st, RDF.subject.asNode());
                Node p = only(g, st, RDF.predicate.asNode());
                Node o = only(g, st, RDF.object.asNode());
                assertTrue(g.contains(s, p, o), f + ": the reified fact itself is kept");
                assertTrue(only(g, st, KC.evidence.asNode()).isLiteral(), f + ": evidence sentence");
                assertTrue(only(g, st, KC.wasDerivedFrom.asNode()).getURI().startsWith(KC.ARTICLE_NS), f + ": article");
            }
            // The sentence that says 李强 visited 李政道研究所, and the seed article it came from.
            boolean found = statements.stream().anyMatch(st ->
                    only(g, st, RDF.predicate.asNode()).equals(KC.visited.asNode())
                            && only(g, st, KC.evidence.asNode()).getLiteralLexicalForm().contains("调研李政道研究所")
                            && only(g, st, KC.wasDerivedFrom.asNode()).getURI().endsWith("/000_17d06b560a14b091"));
            assertTrue(found, f + ": the evidence of 李强 visiting 李政道研究所");
        }
    }

    private static Node only(Graph g, Node s, Node p) {
        List<Node> objects = g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(1, objects.size(), () -> s + " " + p + ": " + objects);
        return objects.get(0);
    }
}
