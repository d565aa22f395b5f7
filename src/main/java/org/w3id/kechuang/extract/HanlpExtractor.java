package org.w3id.kechuang.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.w3id.kechuang.model.Article;
import org.w3id.kechuang.model.ArticleFacts;
import org.w3id.kechuang.nlp.ProjectDictionary;
import org.w3id.kechuang.nlp.Segmenter;
import org.w3id.kechuang.nlp.Sentence;
import org.w3id.kechuang.nlp.SentenceSplitter;
import org.w3id.kechuang.nlp.Token;

/**
 * The first extraction pipeline: paragraphs → sentences → HanLP tokens → mentions → article-level alias
 * resolution → relation rules → {@link ArticleFacts}. Construction is cheap once the shared gazetteer and HanLP
 * dictionary are loaded (the first instance in a JVM pays ~1 s). NOT thread-safe: HanLP segments are not; use one
 * instance per thread.
 */
public final class HanlpExtractor implements Extractor {

    private final Gazetteer gaz;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Segmenter segmenter;
    private final MentionFinder finder;
    private final AliasResolver resolver;
    private final RuleSequence rules = RuleSequence.standard();

    public HanlpExtractor() {
        this(Gazetteer.shared());
    }

    public HanlpExtractor(Gazetteer gaz) {
        this.gaz = gaz;
        ProjectDictionary.installOnce(gaz.dictionaryWords());
        this.segmenter = new Segmenter();
        this.finder = new MentionFinder(gaz);
        this.resolver = new AliasResolver(gaz);
    }

    @Override
    public ArticleFacts extract(Article article) {
        List<AnalyzedSentence> sentences = analyze(article);
        AliasResolver.DominantPlaces places = resolver.dominantPlaces(sentences);
        sentences = resolver.resolve(sentences, places);
        sentences = BackReferences.shared().resolve(sentences, places, gaz);
        sentences = PersonNames.longest(sentences);
        LocalDate date = article.date().orElse(null);
        EntityTable table = new EntityTable();
        ArticleContext ctx = new ArticleContext(gaz, table, date, places, sentences);
        ctx.headline = article.title() == null ? "" : article.title();
        for (AnalyzedSentence s : sentences) {
            for (Mention m : s.mentions()) {
                if (!m.type().isEvent()) {
                    table.node(m);
                }
            }
            rules.apply(s, ctx);
        }
        // Events named in passing (a forum supported, an exhibition visited) are entities too.
        for (AnalyzedSentence s : sentences) {
            for (Mention m : s.mentions()) {
                if (m.type().isEvent() && !gaz.isMeetingWord(m.text())) {
                    ctx.node(m);
                }
            }
        }
        EntityTable.ArticleFactsParts parts = table.build(date);
        return new ArticleFacts(article, parts.entities(), parts.facts(), parts.positions());
    }

    /** Sentences with tokens and mentions, before article-level resolution. */
    List<AnalyzedSentence> analyze(Article article) {
        List<AnalyzedSentence> out = new ArrayList<>();
        List<String> paragraphs = article.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (Sentence s : splitter.split(paragraphs.get(p))) {
                List<Token> tokens = segmenter.tokens(s.text());
                MentionFinder.Found found = finder.find(s.text(), tokens);
                out.add(new AnalyzedSentence(s, p, tokens, found.mentions(), found.titles()));
            }
        }
        return out;
    }
}
