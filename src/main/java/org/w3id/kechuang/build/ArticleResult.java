package org.w3id.kechuang.build;

import org.apache.jena.graph.Graph;

/** The outcome of one input: its article graph, ready to store, or the reason it was skipped. */
sealed interface ArticleResult {
    record Stored(String input, String graphIri, Graph graph) implements ArticleResult { }

    record Skipped(String input, String reason) implements ArticleResult { }
}
