package org.w3id.kechuang.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A dataset whose default graph is the union of its named graphs.
 * <p>
 * The store keeps one named graph per article, so the union is "the knowledge graph".
 * The Graph Store Protocol ({@code /kg/get?default}) reads {@link DatasetGraph#getDefaultGraph()},
 * which both wrappers below redirect to the union. For SPARQL:
 * <ul>
 * <li>a TDB2 store is evaluated by TDB2's own engine (ARQ unwraps a plain wrapper), told to use
 *     the union by {@code tdb2:unionDefaultGraph} in the endpoints' context — several times
 *     faster than evaluating over a view;</li>
 * <li>any other dataset is wrapped as a {@link DatasetGraphWrapperView}, which ARQ does not
 *     unwrap, so queries see the union default graph.</li>
 * </ul>
 */
public final class UnionDefaultGraph {
    private UnionDefaultGraph() {}

    /** For the SPARQL server and the Graph Store Protocol: either wrapper, as the store is. */
    public static DatasetGraph over(DatasetGraph base) {
        return TDBInternal.isTDB2(base) ? new Tdb2(base) : view(base);
    }

    /** The view ARQ does not unwrap, for a dataset that is not a TDB2 store. */
    public static DatasetGraph view(DatasetGraph base) {
        return new View(base);
    }

    private static final class Tdb2 extends DatasetGraphWrapper {
        Tdb2(DatasetGraph base) {
            super(base);
        }

        @Override
        public Graph getDefaultGraph() {
            return getUnionGraph();
        }
    }

    private static final class View extends DatasetGraphWrapper implements DatasetGraphWrapperView {
        View(DatasetGraph base) {
            super(base);
        }

        @Override
        public Graph getDefaultGraph() {
            return getUnionGraph();
        }
    }
}
