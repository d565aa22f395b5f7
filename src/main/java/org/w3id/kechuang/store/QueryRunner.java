package org.w3id.kechuang.store;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.w3id.kechuang.rdf.KC;

/** Runs a SPARQL query on the store's union graph, with a time limit, and writes the result. */
public final class QueryRunner {
    public enum Format { TABLE, CSV, TSV, JSON }

    private final KgStore store;
    private final Duration timeout;

    public QueryRunner(KgStore store, Duration timeout) {
        this.store = store;
        this.timeout = timeout;
    }

    /** Parses a query, with the project's prefixes predeclared, or fails with a one-line message. */
    public static Query parse(String sparql) throws StoreException {
        try {
            Query q = new Query();
            // A copy: the query may declare the same prefixes again.
            q.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(KC.prefixes()));
            return QueryFactory.parse(q, sparql, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new StoreException("bad SPARQL query: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** The rows of a SELECT query on the store's union graph, read in one transaction. */
    public static List<QuerySolution> select(KgStore store, String sparql) throws StoreException {
        Query query = parse(sparql);
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                // Copy each row's nodes while the read transaction is open: TDB2 bindings resolve lazily.
                qe.execSelect().forEachRemaining(row -> {
                    var copy = new org.apache.jena.query.QuerySolutionMap();
                    row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                    rows.add(copy);
                });
                return rows;
            }
        });
    }

    public void run(Query query, Format format, OutputStream out) throws StoreException {
        var dataset = DatasetFactory.wrap(store.dataset());
        try {
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                    if (query.isSelectType()) {
                        var rs = qe.execSelect();
                        switch (format) {
                            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
                            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
                            default -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
                        }
                    } else if (query.isAskType()) {
                        boolean b = qe.execAsk();
                        switch (format) {
                            case CSV -> ResultSetFormatter.outputAsCSV(out, b);
                            case TSV -> ResultSetFormatter.outputAsTSV(out, b);
                            case JSON -> ResultSetFormatter.outputAsJSON(out, b);
                            default -> ResultSetFormatter.out(out, b);
                        }
                    } else if (query.isConstructType() || query.isDescribeType()) {
                        var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                        model.setNsPrefixes(KC.prefixes());
                        RDFDataMgr.write(out, model, format == Format.JSON ? Lang.JSONLD : Lang.TURTLE);
                    } else {
                        throw new IllegalArgumentException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries run here");
                    }
                }
            });
        } catch (QueryCancelledException e) {
            throw new StoreException("query stopped after the time limit of " + timeout.toMillis() / 1000.0 + " s");
        } catch (IllegalArgumentException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
