package org.w3id.kechuang.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.kechuang.rdf.KC;

/**
 * The persistent TDB2 store: one named graph per article, the ontology in a graph of its own, and the
 * union of all graphs as the default graph for queries. Writes are batched: one transaction replaces
 * the graphs of many articles, so a failure or crash leaves the store as at the last commit.
 */
public final class KgStore implements AutoCloseable {
    private final Path dir;
    private final DatasetGraph dsg;

    private KgStore(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /** Opens (creating if needed) the store in {@code dir}. */
    public static KgStore open(Path dir) throws StoreException {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new StoreException("store path is not a directory: " + dir);
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create store directory " + dir + ": " + e.getMessage(), e);
        }
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
            // Queries see every graph at once: articles and the ontology.
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new KgStore(dir, dsg);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw new StoreException("the store " + dir + " is in use by another process (a running "
                        + "`kechuang serve`?): stop it, or use another --store", e);
            }
            throw new StoreException("cannot open store " + dir + ": " + oneLine(e), e);
        }
    }

    /**
     * Opens the store in {@code dir} only if a TDB2 database is already there: commands that read a store
     * must not quietly create an empty one where a mistyped {@code --store} points.
     */
    public static KgStore openExisting(Path dir) throws StoreException {
        if (!Files.isDirectory(dir) || DatabaseOps.findStorageLocation(dir) == null) {
            throw new StoreException("no store at " + dir + " (no TDB2 database there): check --store, or run "
                    + "`kechuang build --store " + dir + "` to make one");
        }
        return open(dir);
    }

    public Path directory() {
        return dir;
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    /**
     * Replaces the named graphs in one transaction: each graph's old content is dropped and the new one
     * written, so re-ingesting an article never duplicates its facts.
     */
    public void replaceGraphs(Map<String, Graph> graphsByIri) {
        if (graphsByIri.isEmpty()) {
            return;
        }
        Txn.executeWrite(dsg, () -> graphsByIri.forEach((iri, graph) -> {
            Node name = NodeFactory.createURI(iri);
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            graph.find().forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        }));
    }

    /** Adds the triples of {@code graph} to the named graph {@code iri}, in one transaction. */
    public void addToGraph(String iri, Graph graph) {
        Node name = NodeFactory.createURI(iri);
        Txn.executeWrite(dsg, () -> graph.find().forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject())));
    }

    /** The IRIs of the article graphs (every named graph but the ontology's). */
    public List<String> articleGraphs() {
        return Txn.calculateRead(dsg, () -> {
            List<String> names = new ArrayList<>();
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                String iri = it.next().getURI();
                if (iri.startsWith(KC.ARTICLE_NS)) {
                    names.add(iri);
                }
            }
            return names;
        });
    }

    /**
     * For each of these article graphs the store holds, the {@code dct:source} its article was read from
     * (a path or URL), or {@code ""} when the graph names none.
     */
    public Map<String, String> articleSources(Collection<String> articleIris) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, String> sources = new HashMap<>();
            for (String iri : articleIris) {
                Node g = NodeFactory.createURI(iri);
                Iterator<Quad> found = dsg.find(g, g, KC.dctSource.asNode(), Node.ANY);
                if (found.hasNext()) {
                    Node src = found.next().getObject();
                    sources.put(iri, src.isURI() ? src.getURI() : src.getLiteralLexicalForm());
                } else if (dsg.containsGraph(g)) {
                    sources.put(iri, "");
                }
            }
            return sources;
        });
    }

    public boolean hasArticles() {
        return !articleGraphs().isEmpty();
    }

    /** Distinct triples in the union of all graphs: what {@code SELECT (COUNT(*)…) {?s ?p ?o}} counts. */
    public long unionTripleCount() {
        return Txn.calculateRead(dsg, () -> dsg.getUnionGraph().size());
    }

    /** Quads in the store, every graph counted separately. */
    public long quadCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (Iterator<?> it = dsg.find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    @Override
    public void close() {
        // Release the location (files and the process lock) so the store can be reopened.
        TDBInternal.expel(dsg);
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m).strip();
    }
}
