package org.w3id.kechuang.resolve;

import java.util.Map;
import org.w3id.kechuang.model.ArticleFacts;
import org.w3id.kechuang.model.Entity;

/**
 * An article's facts after resolution, and the link of each linked entity. The links are kept beside
 * the facts because some were chosen with the article's context, which the entity alone does not carry.
 * The graph writer writes both.
 */
public record ResolvedArticle(ArticleFacts facts, Map<Entity, Link> links) {
    public ResolvedArticle {
        links = Map.copyOf(links);
    }

    /** Facts no linker has seen: nothing linked. */
    public static ResolvedArticle unlinked(ArticleFacts facts) {
        return new ResolvedArticle(facts, Map.of());
    }
}
