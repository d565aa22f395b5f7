package org.w3id.kechuang.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Rewrites RDF 1.2 reification into RDF 1.1 reification, for formats with no triple terms: the reifier
 * {@code r rdf:reifies <<( s p o )>>} becomes {@code r a rdf:Statement; rdf:subject s; rdf:predicate p;
 * rdf:object o}. The reifier's own triples (kc:evidence, prov:wasDerivedFrom) need no change.
 */
final class Rdf11Reification {
    private Rdf11Reification() {}

    /** The RDF 1.1 triples for {@code t}: itself when it holds no triple term, else its rewrite (or none). */
    static List<Triple> of(Triple t) {
        if (!t.getObject().isTripleTerm() && !t.getSubject().isTripleTerm()) {
            return List.of(t);
        }
        if (!t.getPredicate().equals(RDF.reifies.asNode()) || t.getSubject().isTripleTerm()) {
            // Not written by this project; RDF 1.1 has no way to say it.
            return List.of();
        }
        Node r = t.getSubject();
        Triple stated = t.getObject().getTriple();
        return List.of(
                Triple.create(r, RDF.type.asNode(), RDF.Statement.asNode()),
                Triple.create(r, RDF.subject.asNode(), stated.getSubject()),
                Triple.create(r, RDF.predicate.asNode(), stated.getPredicate()),
                Triple.create(r, RDF.object.asNode(), stated.getObject()));
    }
}
