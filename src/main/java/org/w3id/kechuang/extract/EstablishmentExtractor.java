package org.w3id.kechuang.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.kechuang.nlp.Token;

/**
 * Establishment: 由A与B(共同)组建的C; 由A联合江苏、浙江等地相关机构共同组建的C (the places standing for "bodies of
 * those places" are not founders); C是A与B…共建的…; A牵头成立C.
 */
final class EstablishmentExtractor implements RelationRule {

    @Override
    public void apply(AnalyzedSentence s, ArticleContext ctx) {
        String text = s.text();
        List<Integer> verbs = new ArrayList<>(Mentions.triggers(s, ctx.gaz, Gazetteer.Trigger.ESTABLISH));
        verbs.addAll(Mentions.triggers(s, ctx.gaz, Gazetteer.Trigger.LEAD_ESTABLISH));
        for (int i : verbs) {
            Token verb = s.tokens().get(i);
            int by = text.lastIndexOf('由', verb.start());
            int shi = text.lastIndexOf('是', verb.start());
            Optional<Mention> founded = Optional.empty();
            int foundersFrom;
            if (by >= 0 && s.clauseStart(verb.start()) <= by) {
                foundersFrom = by + 1;
                if (text.startsWith("的", verb.end())) {
                    founded = s.mentionStartingAt(verb.end() + 1).filter(Mentions::isThing);
                }
            } else if (shi > 0 && text.startsWith("的", verb.end())) {
                foundersFrom = shi + 1;
                founded = Mentions.lastBefore(s, shi, Mentions::isThing).filter(m -> m.start() == s.clauseStart(shi));
            } else {
                continue;
            }
            if (founded.isEmpty()) {
                continue;
            }
            for (Mention f : founders(s, foundersFrom, verb.start())) {
                ctx.table.fact(ctx.node(founded.get()), Relation.ESTABLISHED_BY, ctx.node(f), text);
            }
        }
        for (int i : Mentions.triggers(s, ctx.gaz, Gazetteer.Trigger.LEAD_ESTABLISH)) {
            Token verb = s.tokens().get(i);
            Optional<Mention> lead = s.mentionEndingAt(verb.start()).filter(m -> Mentions.isOrg(m)
                    || m.type() == EntityType.PLACE);
            Optional<Mention> founded = s.mentionStartingAt(verb.end()).filter(Mentions::isThing);
            if (lead.isPresent() && founded.isPresent()) {
                ctx.table.fact(ctx.node(founded.get()), Relation.ESTABLISHED_BY, ctx.node(lead.get()), text);
            }
        }
    }

    private static List<Mention> founders(AnalyzedSentence s, int from, int to) {
        List<Mention> out = new ArrayList<>();
        String text = s.text();
        for (Mention m : s.mentionsIn(from, to)) {
            if (!(Mentions.isOrg(m) || m.type() == EntityType.PLACE)) {
                continue;
            }
            // …江苏、浙江、安徽等地相关机构: the list ending in 等地 names places whose bodies took part.
            if (m.type() == EntityType.PLACE) {
                int listEnd = m.end();
                while (listEnd < to && (text.charAt(listEnd) == '、' || isPlaceAt(s, listEnd))) {
                    Optional<Mention> nx = s.mentionStartingAt(listEnd);
                    listEnd = nx.map(Mention::end).orElse(listEnd + 1);
                }
                if (text.startsWith("等地", listEnd) || text.startsWith("等省", listEnd)) {
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    private static boolean isPlaceAt(AnalyzedSentence s, int offset) {
        return s.mentionStartingAt(offset).filter(m -> m.type() == EntityType.PLACE).isPresent();
    }
}
