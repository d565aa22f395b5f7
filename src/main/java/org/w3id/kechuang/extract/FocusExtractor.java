package org.w3id.kechuang.extract;

import java.util.List;
import java.util.Optional;
import org.w3id.kechuang.nlp.Token;

/**
 * Focus: subject … 聚焦/专注/致力于 field[、field](等领域). The subject is the organisation (or programme) the
 * sentence is about, found before the trigger; with none, nothing is asserted.
 */
final class FocusExtractor implements RelationRule {

    @Override
    public void apply(AnalyzedSentence s, ArticleContext ctx) {
        for (int i : Mentions.triggers(s, ctx.gaz, Gazetteer.Trigger.FOCUS)) {
            Token t = s.tokens().get(i);
            List<Mention> fields = Mentions.listAfter(s, t.end(), 0, m -> m.type() == EntityType.FIELD);
            if (fields.isEmpty()) {
                continue;
            }
            Optional<Mention> subject = Mentions.lastBefore(s, t.start(), m -> Mentions.isOrg(m)
                    || m.type() == EntityType.PROGRAMME);
            if (subject.isEmpty()) {
                continue;
            }
            for (Mention f : fields) {
                ctx.table.fact(ctx.node(subject.get()), Relation.FOCUSES_ON, ctx.node(f), s.text());
            }
        }
    }
}
