package org.w3id.kechuang.extract;

import java.util.Set;
import org.w3id.kechuang.model.EntityType;

/**
 * Carries who is speaking (王明指出, 李华说) to later sentences; runs after the other rules so a sentence's own
 * subject is used first.
 */
final class DiscourseTracker implements RelationRule {

    @Override
    public Set<Discourse> provides() {
        return Set.of(Discourse.SPEAKER);
    }

    @Override
    public void apply(AnalyzedSentence s, ArticleContext ctx) {
        for (int i : Mentions.triggers(s, ctx.gaz, Gazetteer.Trigger.SPEAK)) {
            int at = s.tokens().get(i).start();
            Mentions.lastBefore(s, at, m -> m.type() == EntityType.PERSON)
                    .filter(m -> at - m.end() <= 12)
                    .ifPresent(m -> ctx.lastSpeaker = ctx.node(m));
        }
    }
}
