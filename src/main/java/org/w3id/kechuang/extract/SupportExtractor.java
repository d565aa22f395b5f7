package org.w3id.kechuang.extract;

import java.util.List;
import java.util.Optional;
import org.w3id.kechuang.nlp.Token;

/**
 * Support: organisation … 支持/批复/立项 thing (科技部将支持广东…; 支持北京办好中关村论坛 adds what is to
 * be run). With no organisation in the sentence, the subject is "我们" = the speaker's organisation, or the
 * organisation the previous sentences were about; when neither is known nothing is asserted.
 */
final class SupportExtractor implements RelationRule {

    @Override
    public void apply(AnalyzedSentence s, ArticleContext ctx) {
        for (int i : Mentions.triggers(s, ctx.gaz, Gazetteer.Trigger.SUPPORT)) {
            Token t = s.tokens().get(i);
            if (!t.tag().equals("v")) {
                continue;
            }
            List<Mention> objects = Mentions.listAfter(s, t.end(), 0, Mentions::isThing);
            if (objects.isEmpty()) {
                continue;
            }
            EntityTable.Node subject = subject(s, t, ctx);
            if (subject == null) {
                continue;
            }
            ctx.lastSupporter = subject;
            ctx.lastSupporterParagraph = s.paragraph();
            for (Mention o : objects) {
                ctx.table.fact(subject, Relation.SUPPORTS, ctx.node(o), s.text());
            }
            // 支持上海办好A、B / 建设C: what the supported place is to run is supported too.
            Mention last = objects.get(objects.size() - 1);
            String rest = s.text().substring(last.end());
            for (String verb : List.of("办好", "举办", "建设", "建好", "打造", "承担")) {
                if (rest.startsWith(verb)) {
                    for (Mention o : Mentions.listAfter(s, last.end() + verb.length(), 0, Mentions::isThing)) {
                        ctx.table.fact(subject, Relation.SUPPORTS, ctx.node(o), s.text());
                    }
                }
            }
        }
    }

    private static EntityTable.Node subject(AnalyzedSentence s, Token t, ArticleContext ctx) {
        int clause = s.clauseStart(t.start());
        Optional<Mention> org = Mentions.lastBefore(s, t.start(), m -> Mentions.isOrg(m) && m.start() >= clause);
        if (org.isPresent()) {
            return ctx.node(org.get());
        }
        // 科技部：支持上海… — a heading naming the body before a colon.
        Optional<Mention> heading = s.mentionStartingAt(0).filter(Mentions::isOrg)
                .filter(m -> s.text().startsWith("：", m.end()) || s.text().startsWith(":", m.end()));
        if (heading.isPresent()) {
            return ctx.node(heading.get());
        }
        String before = s.text().substring(clause, t.start());
        if (before.contains("我们") && ctx.lastSpeaker != null) {
            return ctx.table.organisationOf(ctx.lastSpeaker);
        }
        if (before.isEmpty() || before.matches("(此外|同时|另外|并|还|将|要|也|积极|进一步)+")) {
            // Continuing the same body's list of support in the next paragraphs (…将支持上海牵头…).
            return s.paragraph() - ctx.lastSupporterParagraph <= 2 ? ctx.lastSupporter : null;
        }
        return null;
    }
}
