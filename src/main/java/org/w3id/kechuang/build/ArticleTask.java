package org.w3id.kechuang.build;

import org.w3id.kechuang.extract.Extractor;
import org.w3id.kechuang.model.Article;
import org.w3id.kechuang.model.ArticleFacts;
import org.w3id.kechuang.rdf.ArticleGraphWriter;
import org.w3id.kechuang.rdf.Iris;
import org.w3id.kechuang.read.ArticleReaders;
import org.w3id.kechuang.read.ReadException;
import org.w3id.kechuang.resolve.ArticleResolver;
import org.w3id.kechuang.resolve.ResolvedArticle;

/** Read → extract → resolve → graph for one input, on a worker thread. Never throws: failures become skips. */
final class ArticleTask {
    private final ThreadLocal<Extractor> extractor;
    private final ArticleGraphWriter writer;
    private final ArticleResolver resolver = ArticleResolver.standard();

    ArticleTask(ThreadLocal<Extractor> extractor, ArticleGraphWriter writer) {
        this.extractor = extractor;
        this.writer = writer;
    }

    ArticleResult run(Input input) {
        Article article;
        try {
            article = InputReading.read(input);
        } catch (ReadException e) {
            return new ArticleResult.Skipped(input.name(), e.getMessage());
        } catch (RuntimeException e) {
            return new ArticleResult.Skipped(input.name(), "cannot read " + input.name() + ": " + e);
        }
        try {
            ArticleFacts facts = extractor.get().extract(article);
            ResolvedArticle resolved = resolver.resolve(facts);
            var graph = writer.write(resolved);
            return new ArticleResult.Stored(input.name(), Iris.article(article.id()), graph);
        } catch (RuntimeException e) {
            return new ArticleResult.Skipped(input.name(), "extraction failed on " + input.name() + ": " + e);
        }
    }
}
