package org.w3id.kechuang.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.kechuang.extract.Entity;

/** Adds to an article graph what is known about an entity from outside the article (links, names). */
@FunctionalInterface
public interface EntityEnricher {
    EntityEnricher NONE = (entity, node, graph) -> { };

    void enrich(Entity entity, Node node, Graph graph);
}
