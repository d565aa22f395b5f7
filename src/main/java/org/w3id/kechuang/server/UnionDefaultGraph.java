package org.w3id.kechuang.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;

/**
 * A view of a dataset whose default graph is the union of its named graphs.
 * <p>
 * The store keeps one named graph per article, so the union is "the knowledge graph".
 * TDB2's {@code unionDefaultGraph} context setting only changes SPARQL evaluation; the
 * Graph Store Protocol ({@code /kg/get?default}) reads {@link #getDefaultGraph()} directly,
 * so the view is what makes both agree, for TDB2 and in-memory datasets alike.
 * It is marked a {@link DatasetGraphWrapperView} so that SPARQL evaluation is not handed
 * straight to the wrapped dataset, bypassing the view.
 */
final class UnionDefaultGraph extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    UnionDefaultGraph(DatasetGraph base) {
        super(base);
    }

    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }
}
