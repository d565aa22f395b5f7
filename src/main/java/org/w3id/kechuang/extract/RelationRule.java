package org.w3id.kechuang.extract;

import java.util.Set;

/**
 * One way Chinese news states one kind of relation; reads a sentence, writes facts into the context. Like a CoreNLP
 * annotator it declares what it needs from the passes before it and what it leaves for the passes after it.
 */
interface RelationRule {
    void apply(AnalyzedSentence s, ArticleContext ctx);

    /** What an earlier pass must have provided for this sentence. */
    default Set<Discourse> requires() {
        return Set.of();
    }

    /** What this pass leaves in the context. */
    default Set<Discourse> provides() {
        return Set.of();
    }

    /**
     * What this pass reads as the earlier sentences left it, so a pass providing it must come later (a sentence's
     * own subject goes first; 我们 refers to the speaker of a sentence before).
     */
    default Set<Discourse> requiresFromEarlierSentences() {
        return Set.of();
    }
}
