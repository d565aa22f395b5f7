package org.w3id.kechuang.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.sparql.core.Var;
import org.w3id.kechuang.store.UnionDefaultGraph;

/**
 * Runs the pages' SPARQL on the union of all graphs, in a read transaction, with the server's time
 * limit. Queries are parsed once; each request binds its variables by substitution.
 */
final class Sparql {
    /** Prefixes every page query may use. */
    static final String PREFIXES = """
        PREFIX kc:     <https://w3id.org/kechuang/ontology#>
        PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX owl:    <http://www.w3.org/2002/07/owl#>
        PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
        PREFIX prov:   <http://www.w3.org/ns/prov#>
        PREFIX dct:    <http://purl.org/dc/terms/>
        PREFIX geo:    <http://www.w3.org/2003/01/geo/wgs84_pos#>
        PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
        PREFIX schema: <https://schema.org/>
        """;

    private final DatasetGraph dataset;
    private final Duration timeout;

    Sparql(DatasetGraph dataset, Duration timeout) {
        // TDB2 evaluates the union itself (the flag below); any other dataset is seen through a view.
        this.dataset = TDBInternal.isTDB2(dataset) ? dataset : UnionDefaultGraph.view(dataset);
        this.timeout = timeout;
    }

    static Query parse(String body) {
        return QueryFactory.create(PREFIXES + body, Syntax.syntaxARQ);
    }

    /** Rows of a SELECT, each term copied out inside the transaction (TDB2 terms are read lazily). */
    List<Map<String, Node>> select(Query query, Map<String, Node> bindings) {
        return Txn.calculateRead(dataset, () -> {
            try ( QueryExec qe = exec(query, bindings) ) {
                RowSet rows = qe.select();
                List<String> vars = rows.getResultVars().stream().map(Var::getVarName).toList();
                List<Map<String, Node>> out = new ArrayList<>();
                rows.forEachRemaining(b -> {
                    Map<String, Node> row = new HashMap<>();
                    for ( String v : vars ) {
                        Node n = b.get(v);
                        if ( n != null )
                            row.put(v, n);
                    }
                    out.add(row);
                });
                return out;
            }
        });
    }

    Graph construct(Query query, Map<String, Node> bindings) {
        return Txn.calculateRead(dataset, () -> {
            try ( QueryExec qe = exec(query, bindings) ) {
                Graph g = GraphFactory.createDefaultGraph();
                qe.constructTriples().forEachRemaining(g::add);
                return g;
            }
        });
    }

    boolean ask(Query query, Map<String, Node> bindings) {
        return Txn.calculateRead(dataset, () -> {
            try ( QueryExec qe = exec(query, bindings) ) {
                return qe.ask();
            }
        });
    }

    /** The dataset the pages read, for the few whole-store reads (the dump) that are not queries. */
    DatasetGraph dataset() {
        return dataset;
    }

    private QueryExec exec(Query query, Map<String, Node> bindings) {
        Binding b = BindingFactory.empty();
        if ( !bindings.isEmpty() ) {
            var builder = BindingFactory.builder();
            bindings.forEach((k, v) -> builder.add(Var.alloc(k), v));
            b = builder.build();
        }
        return QueryExec.dataset(dataset).query(query).substitution(b)
            .set(TDB2.symUnionDefaultGraph, true)
            .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .build();
    }
}
