package org.w3id.kechuang.resolve;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.w3id.kechuang.model.ArticleFacts;
import org.w3id.kechuang.model.Entity;
import org.w3id.kechuang.rdf.Iris;

/**
 * An article's facts after resolution, and the link of each linked entity. The links are kept beside
 * the facts because some were chosen with the article's context, which the entity alone does not carry.
 */
public record ResolvedArticle(ArticleFacts facts, Map<Entity, Link> links) {
    public ResolvedArticle {
        links = Map.copyOf(links);
    }

    /** Writes the links into the article's graph (the entities' IRIs as the graph writer mints them). */
    public void addLinksTo(Graph graph) {
        links.forEach((entity, link) ->
                LinkTriples.addTo(graph, NodeFactory.createURI(Iris.entity(entity)), link));
    }
}
