package org.w3id.kechuang.extract;

import org.w3id.kechuang.model.Article;
import org.w3id.kechuang.model.ArticleFacts;

/**
 * Article in, facts out. Implementations hold a HanLP segment and are NOT thread-safe: use one per
 * thread; the dictionaries they read are shared and read-only.
 */
public interface Extractor {
    ArticleFacts extract(Article article);
}
