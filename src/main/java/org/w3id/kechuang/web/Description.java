package org.w3id.kechuang.web;

import java.io.OutputStream;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The RDF an IRI answers with: its triples in and out (from the union graph), the labels of its
 * neighbours, and the evidence reifiers of its statements (and, for an article, of the facts read
 * from it). The ontology IRI answers with the whole ontology graph.
 */
final class Description {
    // Reifiers are found with TRIPLE(): the IRI is substituted for ?e, which does not reach inside a << >> term.
    private static final Query ENTITY = Sparql.parse("""
        CONSTRUCT { ?x ?y ?z } WHERE {
          { ?e ?y ?z BIND(?e AS ?x) }
          UNION { ?x ?y ?e BIND(?e AS ?z) }
          UNION { { ?e ?q ?x } UNION { ?x ?q ?e }
                  VALUES ?y { rdfs:label skos:prefLabel dct:title } ?x ?y ?z }
          UNION { { ?e ?q ?o BIND(TRIPLE(?e, ?q, ?o) AS ?t) } UNION { ?s ?q ?e BIND(TRIPLE(?s, ?q, ?e) AS ?t) }
                  ?x rdf:reifies ?t . ?x ?y ?z }
          UNION { ?x prov:wasDerivedFrom ?e . ?x ?y ?z }
        }
        """);
    private static final Query ONTOLOGY = Sparql.parse("""
        CONSTRUCT { ?x ?y ?z } WHERE { GRAPH <https://w3id.org/kechuang/ontology> { ?x ?y ?z } }
        """);
    static final String ONTOLOGY_IRI = "https://w3id.org/kechuang/ontology";

    private final Sparql sparql;

    Description(Sparql sparql) {
        this.sparql = sparql;
    }

    /** Empty when the graph says nothing about the IRI. */
    Graph of(String iri) {
        if ( iri.equals(ONTOLOGY_IRI) )
            return sparql.construct(ONTOLOGY, Map.of());
        return sparql.construct(ENTITY, Map.of("e", NodeFactory.createURI(iri)));
    }

    /** Writes {@code g}; RDF 1.1 formats get it without the triple terms they cannot hold. */
    static void write(Graph g, Format format, OutputStream out) {
        Graph toWrite = format.holdsTripleTerms() ? g : withoutTripleTerms(g);
        toWrite.getPrefixMapping().setNsPrefixes(org.w3id.kechuang.rdf.KC.prefixes());
        RDFWriter.source(toWrite).format(format.rdf).output(out);
    }

    private static Graph withoutTripleTerms(Graph g) {
        Graph plain = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> {
            Node o = t.getObject();
            if ( !o.isTripleTerm() )
                plain.add(t);
        });
        return plain;
    }
}
