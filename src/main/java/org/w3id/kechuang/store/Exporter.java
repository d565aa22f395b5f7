package org.w3id.kechuang.store;

import java.io.OutputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.kechuang.rdf.KC;

/**
 * Writes the store out. Turtle, N-Triples and JSON-LD get the union graph as plain RDF 1.1 (no triple
 * terms, so any RDF 1.1 tool reads them): without evidence, or with it as RDF 1.1 reification when asked;
 * TriG and N-Quads keep the named graphs and the evidence reifiers as they are stored (RDF 1.2).
 */
public final class Exporter {
    public enum Format {
        TTL(false), NT(false), JSONLD(false), TRIG(true), NQ(true);

        private final boolean keepsGraphs;

        Format(boolean keepsGraphs) {
            this.keepsGraphs = keepsGraphs;
        }

        public boolean keepsGraphs() {
            return keepsGraphs;
        }

        public static Format parse(String s) throws StoreException {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT).replace("-", ""));
            } catch (IllegalArgumentException e) {
                throw new StoreException("unknown export format '" + s + "': use ttl, trig, nt, nq or jsonld");
            }
        }
    }

    private final KgStore store;
    private final boolean evidence;

    /** Plain formats leave the evidence out. */
    public Exporter(KgStore store) {
        this(store, false);
    }

    /** With {@code evidence}, plain formats keep it as RDF 1.1 reification ({@code rdf:Statement}). */
    public Exporter(KgStore store, boolean evidence) {
        this.store = store;
        this.evidence = evidence;
    }

    public void write(Format format, OutputStream out) {
        Txn.executeRead(store.dataset(), () -> {
            switch (format) {
                // Prefixes go to the writer: the store's own prefix table is left alone.
                case TRIG -> RDFWriterRegistry.getWriterDatasetFactory(RDFFormat.TRIG_BLOCKS)
                        .create(RDFFormat.TRIG_BLOCKS)
                        .write(out, store.dataset(), PrefixMapFactory.create(KC.prefixes()), null, org.apache.jena.sparql.util.Context.create());
                case NQ -> {
                    StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                    stream.start();
                    store.dataset().find().forEachRemaining(stream::quad);
                    stream.finish();
                }
                case NT -> {
                    StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
                    stream.start();
                    plainTriples(store.dataset().getUnionGraph(), stream::triple);
                    stream.finish();
                }
                case TTL -> {
                    // Streamed: the union comes out grouped by subject, which is what Turtle blocks need.
                    StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
                    stream.start();
                    KC.prefixes().getNsPrefixMap().forEach(stream::prefix);
                    plainTriples(store.dataset().getUnionGraph(), stream::triple);
                    stream.finish();
                }
                case JSONLD -> RDFDataMgr.write(out, plainUnion(), RDFFormat.JSONLD);
            }
        });
    }

    /**
     * The union graph as an RDF 1.1 consumer can hold it: without the RDF 1.2 reification, or with it
     * rewritten as RDF 1.1 reification when this exporter keeps the evidence.
     */
    public Graph plainUnion() {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph plain = GraphFactory.createDefaultGraph();
            plain.getPrefixMapping().setNsPrefixes(KC.prefixes());
            plainTriples(store.dataset().getUnionGraph(), plain::add);
            return plain;
        });
    }

    private void plainTriples(Graph union, Consumer<Triple> into) {
        if (evidence) {
            union.find().forEachRemaining(t -> Rdf11Reification.of(t).forEach(into));
        } else {
            // The reifiers once, up front: a store lookup per triple made the export cost several times the write.
            Set<Node> reifiers = new HashSet<>();
            union.find(Node.ANY, RDF.reifies.asNode(), Node.ANY).forEachRemaining(t -> reifiers.add(t.getSubject()));
            union.find().filterDrop(t -> isReification(reifiers, t)).forEachRemaining(into);
        }
    }

    /** A triple that states a triple term, or annotates a reifier (evidence, source). */
    private static boolean isReification(Set<Node> reifiers, Triple t) {
        Node s = t.getSubject();
        return t.getObject().isTripleTerm() || s.isTripleTerm() || reifiers.contains(s);
    }
}
