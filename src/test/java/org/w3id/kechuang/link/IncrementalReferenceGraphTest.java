package org.w3id.kechuang.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kechuang.SeedStore;
import org.w3id.kechuang.rdf.KC;
import org.w3id.kechuang.store.KgStore;

/**
 * A build into a store that holds articles adds only its own articles' reference facts; the store it
 * leaves is the one a single build of everything leaves.
 */
class IncrementalReferenceGraphTest {
    @TempDir
    Path dir;

    @Test
    void buildingInTwoStepsLeavesTheSameStoreAsBuildingAtOnce() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        List<Path> seeds;
        try (var files = Files.list(Path.of(SeedStore.SEEDS))) {
            seeds = files.sorted().toList();
        }
        for (int i = 0; i < seeds.size(); i++) {
            Files.copy(seeds.get(i), (i < 3 ? first : second).resolve(seeds.get(i).getFileName()));
        }
        Set<String> stepwise;
        Set<String> atOnce;
        try (KgStore store = KgStore.open(dir.resolve("a"))) {
            SeedStore.build(store, first.toString());
            SeedStore.build(store, second.toString());
            stepwise = quads(store);
        }
        try (KgStore store = KgStore.open(dir.resolve("b"))) {
            SeedStore.build(store, SeedStore.SEEDS);
            atOnce = quads(store);
        }
        Set<String> reference = atOnce.stream().filter(q -> q.startsWith("<" + KC.REFERENCE_GRAPH + ">"))
                .collect(Collectors.toSet());
        assertTrue(reference.size() > 2, "the seeds have reference facts");
        Set<String> missing = new java.util.TreeSet<>(atOnce);
        missing.removeAll(stepwise);
        Set<String> extra = new java.util.TreeSet<>(stepwise);
        extra.removeAll(atOnce);
        assertEquals(Set.of(), missing, "missing after two steps; extra: " + extra);
        assertEquals(Set.of(), extra, "extra after two steps");
    }

    /**
     * Every quad but the articles' sources (the two builds read the files from different folders) and the
     * ontology's (the same file; its blank nodes differ from store to store).
     */
    private static Set<String> quads(KgStore store) {
        Node source = NodeFactory.createURI("http://purl.org/dc/terms/source");
        return Txn.calculateRead(store.dataset(), () -> {
            List<Quad> all = new java.util.ArrayList<>();
            store.dataset().find().forEachRemaining(all::add);
            Node ontology = NodeFactory.createURI(KC.ONTOLOGY);
            return all.stream().filter(q -> !q.getPredicate().equals(source) && !q.getGraph().equals(ontology))
                    .map(q -> q.getGraph() + " " + q.getSubject() + " " + q.getPredicate() + " " + q.getObject())
                    .map(s -> "<" + s.substring(0, s.indexOf(' ')) + ">" + s.substring(s.indexOf(' ')))
                    .collect(Collectors.toSet());
        });
    }
}
