package org.w3id.kechuang.extract;

/** One way Chinese news states one kind of relation; reads a sentence, writes facts into the context. */
interface RelationRule {
    void apply(AnalyzedSentence s, ArticleContext ctx);
}
