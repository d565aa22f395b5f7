package org.w3id.kechuang.model;

import java.util.List;

/**
 * Everything extracted from one article: the entities it mentions (events included), the relations
 * between them and the positions it states. This is what the RDF stage turns into the article's graph.
 */
public record ArticleFacts(Article article, List<Entity> entities, List<Fact> facts, List<Position> positions) {
    public ArticleFacts {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        positions = List.copyOf(positions);
    }
}
