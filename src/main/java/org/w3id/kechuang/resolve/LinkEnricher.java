package org.w3id.kechuang.resolve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.kechuang.extract.Entity;
import org.w3id.kechuang.rdf.EntityEnricher;

/**
 * Adds each entity's links to other datasets (Wikidata, ROR), English name and coordinates, by its name
 * alone. The build's resolve step ({@link ResolvedArticle#addLinksTo}) adds the same links and those
 * only the article's context could choose; this enricher serves writers used without that step.
 */
public final class LinkEnricher implements EntityEnricher {
    private final EntityLinker linker;

    public LinkEnricher(EntityLinker linker) {
        this.linker = linker;
    }

    public static LinkEnricher standard() {
        return new LinkEnricher(EntityLinker.standard());
    }

    @Override
    public void enrich(Entity entity, Node node, Graph graph) {
        linker.link(entity).ifPresent(link -> LinkTriples.addTo(graph, node, link));
    }
}
