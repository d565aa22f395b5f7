package org.w3id.kechuang.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.w3id.kechuang.nlp.Token;

/**
 * Inspection visits: person … 调研/考察/参观/登上 … site[、site]. Each visit becomes an event with its date (from
 * the sentence, else the article), its visitor and sites, and the shortcut person visited site. People who
 * "参加相关调研" or accompany (陪同) afterwards were on the same visit.
 */
final class VisitExtractor implements RelationRule {

    @Override
    public void apply(AnalyzedSentence s, ArticleContext ctx) {
        // One visit per visitor per sentence: 在四川大学调研，考察了A和B is one visit with three sites.
        Map<Mention, List<Mention>> sitesByVisitor = new LinkedHashMap<>();
        Map<Mention, Token> firstTrigger = new LinkedHashMap<>();
        Map<Mention, Mention> placeOf = new LinkedHashMap<>();
        for (int i : Mentions.triggers(s, ctx.gaz, Gazetteer.Trigger.VISIT)) {
            Token trig = s.tokens().get(i);
            int after = s.text().startsWith("了", trig.end()) ? trig.end() + 1 : trig.end();
            List<Mention> sites = Mentions.listAfter(s, after, 1, Mentions::isThing);
            if (sites.isEmpty()) {
                sites = sitesBefore(s, trig.start());
            }
            if (sites.isEmpty()) {
                continue;
            }
            // 总书记考察广东重要讲话: a past visit cited, not a visit reported.
            if (ctx.gaz.startsWithTrigger(s.text().substring(sites.get(sites.size() - 1).end()),
                    Gazetteer.Trigger.VISIT_REFERENCE)) {
                continue;
            }
            final List<Mention> found = sites;
            // The visitor is the sentence's subject: its first person (王明听取…所长李华院士…介绍，在…察看 is 王明's).
            Optional<Mention> visitor = s.mentions().stream()
                    .filter(m -> m.type() == EntityType.PERSON && m.end() <= trig.start()).findFirst();
            if (visitor.isEmpty()) {
                continue;
            }
            firstTrigger.putIfAbsent(visitor.get(), trig);
            List<Mention> all = sitesByVisitor.computeIfAbsent(visitor.get(), k -> new ArrayList<>());
            found.stream().filter(m -> !all.contains(m)).forEach(all::add);
            // 在雄安新区参观…: where the visit took place.
            Mentions.lastBefore(s, trig.start(), m -> m.type() == EntityType.PLACE && m.start() > visitor.get().end()
                    && !found.contains(m) && s.text().substring(visitor.get().end(), m.start()).contains("在"))
                    .ifPresent(place -> placeOf.putIfAbsent(visitor.get(), place));
        }
        for (Map.Entry<Mention, List<Mention>> e : sitesByVisitor.entrySet()) {
            Mention visitor = e.getKey();
            EntityTable.Node person = ctx.node(visitor);
            String name = visitor.canonical() + firstTrigger.get(visitor).text()
                    + e.getValue().stream().map(Mention::canonical).collect(Collectors.joining("、"));
            // The same visitor on the same day is on the same visit, however many sentences tell it.
            java.time.LocalDate date = ctx.eventDate(s.text());
            EntityTable.Node visit = ctx.lastVisitor == person && ctx.lastVisit != null
                    && java.util.Objects.equals(ctx.lastVisit.date, date)
                    ? ctx.lastVisit : ctx.table.node(EntityType.VISIT, name, date);
            ctx.table.fact(visit, Relation.VISITOR, person, s.text());
            List<EntityTable.Node> siteNodes = new ArrayList<>(visit == ctx.lastVisit ? ctx.lastVisitSites : List.of());
            for (Mention site : e.getValue()) {
                EntityTable.Node n = ctx.node(site);
                if (!siteNodes.contains(n)) {
                    siteNodes.add(n);
                }
                ctx.table.fact(visit, Relation.SITE, n, s.text());
                ctx.table.fact(person, Relation.VISITED, n, s.text());
            }
            Mention place = placeOf.get(visitor);
            if (place != null) {
                ctx.table.fact(visit, Relation.LOCATED_IN, ctx.node(place), s.text());
            }
            ctx.lastVisit = visit;
            ctx.lastVisitor = person;
            ctx.lastVisitSites = siteNodes;
        }
        accompanying(s, ctx);
    }

    /** 在A、B调研: the sites named between 在 and the trigger. */
    private static List<Mention> sitesBefore(AnalyzedSentence s, int trigStart) {
        int at = s.text().lastIndexOf('在', trigStart);
        if (at < 0 || trigStart - at > 40 || s.clauseStart(trigStart) > at) {
            return List.of();
        }
        List<Mention> sites = Mentions.listAfter(s, at + 1, 0, Mentions::isThing);
        if (sites.isEmpty() || trigStart - sites.get(sites.size() - 1).end() > 1) {
            return List.of();
        }
        return sites;
    }

    /**
     * 市领导A、B，…参加相关调研 / …校长C陪同: everyone else named came along on the article's last visit (the one
     * this sentence told, if it told one).
     */
    private void accompanying(AnalyzedSentence s, ArticleContext ctx) {
        String t = s.text();
        boolean joins = t.matches(".*(参加|陪同)(了)?(相关|有关|此次|上述)?(调研|考察|视察|参观).*")
                || t.contains("陪同");
        if (!joins || ctx.lastVisit == null) {
            return;
        }
        for (Mention m : s.mentions()) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            EntityTable.Node person = ctx.node(m);
            if (person == ctx.lastVisitor) {
                continue;
            }
            ctx.table.fact(ctx.lastVisit, Relation.VISITOR, person, t);
            for (EntityTable.Node site : ctx.lastVisitSites) {
                ctx.table.fact(person, Relation.VISITED, site, t);
            }
        }
    }
}
