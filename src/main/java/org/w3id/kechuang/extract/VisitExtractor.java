package org.w3id.kechuang.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.Relation;
import org.w3id.kechuang.nlp.Token;
import java.util.regex.Pattern;

/**
 * Inspection visits: person … 调研/考察/参观/登上 … site[、site], or 在/到A、B调研. Each visit becomes an event with
 * its date (from the sentence, else the event told just before, else the article), its visitor and sites, and the
 * shortcut person visited site. A paragraph about an organisation in which the visitor 听取…介绍 is one more site of
 * the visit. People who "参加相关调研" or accompany (陪同) afterwards were on the same visit, at its sites but not at
 * the exhibits the visitor inspected (察看).
 */
final class VisitExtractor implements RelationRule {

    /** The words and patterns of this rule: data, kechuang/rules/visited.tsv. */
    private static final RuleFile RULES = RuleFile.of("visited");
    private static final Set<String> TOWARDS = RULES.wordSet("towards");
    private static final List<String> PRONOUNS = RULES.words("pronouns");
    private static final String PLURAL = RULES.text("plural");
    private static final Pattern PROGRESS = RULES.pattern("progress");
    private static final String TOPIC_OPENER = RULES.text("topic-opener");
    private static final List<String> TOPIC_FOLLOWS = RULES.words("topic-follows");
    private static final String BRIEFED = RULES.text("briefed");
    private static final Pattern JOINS = RULES.pattern("joins");
    private static final String ACCOMPANIED = RULES.text("accompanied");
    private static final Pattern JOINS_WHOLE = RULES.pattern("joins-whole");

    private record Site(Mention mention, boolean detail) {
    }

    /** What this rule keeps across an article's sentences: the last visit told and the paragraph's topic. */
    private static final class Trail {
        EntityTable.Node lastVisit;
        EntityTable.Node lastVisitor;
        List<EntityTable.Node> lastVisitSites = List.of();
        /** The organisation a paragraph is about (its first sentence's subject), for visits told by 听取…介绍. */
        int topicParagraph = -1;
        Mention paragraphTopic;
        /** Canonical names mentioned so far in the current paragraph. */
        final Set<String> paragraphNames = new HashSet<>();
    }

    private static Trail trail(ArticleContext ctx) {
        return ctx.own(Trail.class, Trail::new);
    }

    @Override
    public Set<Discourse> provides() {
        return Set.of(Discourse.EVENT_DATE);
    }

    @Override
    public Set<Discourse> requiresFromEarlierSentences() {
        return Set.of(Discourse.EVENT_DATE);
    }

    @Override
    public void apply(AnalyzedSentence s, ArticleContext ctx) {
        trackParagraphTopic(s, ctx);
        // One visit per visitor per sentence: 在四川大学调研，考察了A和B is one visit with three sites.
        Map<String, List<Site>> sitesByVisitor = new LinkedHashMap<>();
        Map<String, EntityTable.Node> visitors = new LinkedHashMap<>();
        Map<String, Token> firstTrigger = new LinkedHashMap<>();
        Map<String, Mention> placeOf = new LinkedHashMap<>();
        List<Integer> triggers = new ArrayList<>(Mentions.triggers(s, ctx.gaz, Gazetteer.Trigger.VISIT));
        for (int i : triggers) {
            Token trig = s.tokens().get(i);
            boolean detail = ctx.gaz.isTrigger(trig.text(), Gazetteer.Trigger.VISIT_DETAIL);
            int after = s.text().startsWith("了", trig.end()) ? trig.end() + 1 : trig.end();
            List<Mention> sites = Mentions.listAfter(s, after, 1, Mentions::isThing);
            if (sites.isEmpty()) {
                sites = sitesBefore(s, trig.start());
            }
            // 考察上海国际科技创新中心建设情况, 察看阿秒光源样机研制进展: progress inspected, not a site.
            sites = sites.stream().filter(m -> !PROGRESS.matcher(s.text().substring(m.end())).find()).toList();
            if (sites.isEmpty()) {
                continue;
            }
            // 总书记考察广东重要讲话: a past visit cited, not a visit reported.
            if (ctx.gaz.startsWithTrigger(s.text().substring(sites.get(sites.size() - 1).end()),
                    Gazetteer.Trigger.VISIT_REFERENCE)) {
                continue;
            }
            sites = innermost(s, sites);
            final List<Mention> found = sites;
            // The visitor is the sentence's subject: its first person (王明听取…所长李华院士…介绍，在…察看 is 王明's).
            Optional<Mention> visitor = s.mentions().stream()
                    .filter(m -> m.type() == EntityType.PERSON && m.end() <= trig.start()).findFirst();
            EntityTable.Node person;
            String key;
            if (visitor.isPresent()) {
                person = ctx.node(visitor.get());
                key = visitor.get().canonical();
            } else if (pronounBefore(s, trig.start()) && trail(ctx).lastVisitor != null) {
                person = trail(ctx).lastVisitor;
                key = person.name;
            } else {
                continue;
            }
            visitors.putIfAbsent(key, person);
            firstTrigger.putIfAbsent(key, trig);
            List<Site> all = sitesByVisitor.computeIfAbsent(key, k -> new ArrayList<>());
            found.stream().filter(m -> all.stream().noneMatch(x -> x.mention().equals(m)))
                    .forEach(m -> all.add(new Site(m, detail)));
            // 在雄安新区参观…: where the visit took place.
            int from = visitor.map(Mention::end).orElse(0);
            Mentions.lastBefore(s, trig.start(), m -> m.type() == EntityType.PLACE && m.start() > from
                    && !found.contains(m) && s.text().substring(from, m.start()).contains("在"))
                    .ifPresent(place -> placeOf.putIfAbsent(key, place));
        }
        for (Map.Entry<String, List<Site>> e : sitesByVisitor.entrySet()) {
            EntityTable.Node person = visitors.get(e.getKey());
            String name = person.name + firstTrigger.get(e.getKey()).text()
                    + e.getValue().stream().map(x -> x.mention().canonical()).collect(Collectors.joining("、"));
            EntityTable.Node visit = visitFor(person, name, s, ctx);
            for (Site site : e.getValue()) {
                addSite(visit, person, ctx.node(site.mention()), site.detail(), s, ctx);
            }
            Mention place = placeOf.get(e.getKey());
            if (place != null) {
                ctx.table.fact(visit, Relation.LOCATED_IN, ctx.node(place), s.text());
            }
        }
        briefedOnTopic(s, ctx);
        accompanying(s, ctx);
    }

    /** The same visitor on the same day is on the same visit, however many sentences tell it. */
    private static EntityTable.Node visitFor(EntityTable.Node person, String name, AnalyzedSentence s,
                                             ArticleContext ctx) {
        LocalDate date = ctx.visitDate(s.text());
        if (trail(ctx).lastVisitor == person && trail(ctx).lastVisit != null && Objects.equals(trail(ctx).lastVisit.date, date)) {
            return trail(ctx).lastVisit;
        }
        EntityTable.Node visit = ctx.table.node(EntityType.VISIT, name, date);
        ctx.table.fact(visit, Relation.VISITOR, person, s.text());
        trail(ctx).lastVisit = visit;
        trail(ctx).lastVisitor = person;
        trail(ctx).lastVisitSites = new ArrayList<>();
        if (date != null) {
            ctx.lastEventDate = date;
        }
        return visit;
    }

    private static void addSite(EntityTable.Node visit, EntityTable.Node person, EntityTable.Node site,
                                boolean detail, AnalyzedSentence s, ArticleContext ctx) {
        ctx.table.fact(visit, Relation.SITE, site, s.text());
        ctx.table.fact(person, Relation.VISITED, site, s.text());
        if (!detail && !trail(ctx).lastVisitSites.contains(site)) {
            List<EntityTable.Node> sites = new ArrayList<>(trail(ctx).lastVisitSites);
            sites.add(site);
            trail(ctx).lastVisitSites = sites;
        }
    }

    /** 随后，他来到…: a pronoun opening the clause of the trigger. */
    private static boolean pronounBefore(AnalyzedSentence s, int trigStart) {
        String before = s.text().substring(s.clauseStart(trigStart), trigStart);
        return PRONOUNS.stream().anyMatch(p -> before.startsWith(p) && !before.startsWith(p + PLURAL));
    }

    /** 来到西安光机所瞬态光学国家重点实验室: of two names written together, the site is the inner one. */
    private static List<Mention> innermost(AnalyzedSentence s, List<Mention> sites) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : sites) {
            Optional<Mention> inner = s.mentionStartingAt(m.end()).filter(Mentions::isOrg);
            out.add(Mentions.isOrg(m) && inner.isPresent() ? inner.get() : m);
        }
        return out;
    }

    /** 在A、B调研 / 到A、B调研: the sites named between 在 (到, 赴) and the trigger. */
    private static List<Mention> sitesBefore(AnalyzedSentence s, int trigStart) {
        int clause = s.clauseStart(trigStart);
        for (int i = s.tokens().size() - 1; i >= 0; i--) {
            Token t = s.tokens().get(i);
            if (t.end() > trigStart || !TOWARDS.contains(t.text())) {
                continue;
            }
            if (t.start() < clause || trigStart - t.start() > 40) {
                return List.of();
            }
            List<Mention> sites = Mentions.listAfter(s, t.end(), 0, Mentions::isThing);
            if (sites.isEmpty() || trigStart - sites.get(sites.size() - 1).end() > 1) {
                return List.of();
            }
            return sites;
        }
        return List.of();
    }

    /**
     * The subject of a paragraph's first sentence (中国极地研究中心主要从事…; 由A与B组建的C，…; C是…) is what the
     * paragraph is about.
     */
    private static void trackParagraphTopic(AnalyzedSentence s, ArticleContext ctx) {
        if (s.paragraph() != trail(ctx).topicParagraph) {
            newParagraph(s, ctx);
        }
        s.mentions().stream().filter(Mention::isResolved).forEach(m -> trail(ctx).paragraphNames.add(m.canonical()));
    }

    private static void newParagraph(AnalyzedSentence s, ArticleContext ctx) {
        trail(ctx).topicParagraph = s.paragraph();
        trail(ctx).paragraphTopic = null;
        trail(ctx).paragraphNames.clear();
        String t = s.text();
        for (Mention m : s.mentions()) {
            if (!Mentions.isOrg(m)) {
                continue;
            }
            boolean opens = m.start() == 0 || t.startsWith(TOPIC_OPENER) && t.charAt(m.start() - 1) == '的';
            String after = t.substring(m.end());
            if (opens && TOPIC_FOLLOWS.stream().anyMatch(after::startsWith)) {
                trail(ctx).paragraphTopic = m;
                return;
            }
            if (!t.startsWith(TOPIC_OPENER)) {
                return;
            }
        }
    }

    /**
     * 某某详细听取研究院…工作介绍: in the paragraph about an organisation, the visitor being briefed on it (it named
     * in full or by its head word) visited it.
     */
    private static void briefedOnTopic(AnalyzedSentence s, ArticleContext ctx) {
        Mention topic = trail(ctx).paragraphTopic;
        if (topic == null || trail(ctx).lastVisit == null || trail(ctx).topicParagraph != s.paragraph()) {
            return;
        }
        String t = s.text();
        int heard = t.indexOf(BRIEFED);
        if (heard < 0) {
            return;
        }
        Optional<Mention> who = s.mentions().stream().filter(m -> m.type() == EntityType.PERSON && m.end() <= heard)
                .findFirst();
        if (who.isEmpty() || ctx.node(who.get()) != trail(ctx).lastVisitor) {
            return;
        }
        String briefing = t.substring(heard, s.clauseEnd(heard));
        boolean aboutTopic = briefing.contains(topic.text()) || briefing.contains(topic.canonical())
                || BackReferences.shared().heads().stream().anyMatch(h -> topic.canonical().endsWith(h) && briefing.contains(h));
        if (aboutTopic) {
            addSite(trail(ctx).lastVisit, trail(ctx).lastVisitor, ctx.node(topic), false, s, ctx);
        }
    }

    /**
     * 市领导A、B，…参加相关调研 / …校长C陪同: everyone else named came along on the article's last visit (the one
     * this sentence told, if it told one).
     */
    private void accompanying(AnalyzedSentence s, ArticleContext ctx) {
        String t = s.text();
        boolean joins = JOINS.matcher(t).matches() || t.contains(ACCOMPANIED);
        if (!joins || trail(ctx).lastVisit == null) {
            return;
        }
        // 在A，…察看…。B校长C陪同调研。: told in the paragraph about one site, C came along there only.
        List<EntityTable.Node> sites = trail(ctx).lastVisitSites;
        if (!JOINS_WHOLE.matcher(t).matches()) {
            List<EntityTable.Node> here = sites.stream().filter(n -> trail(ctx).paragraphNames.contains(n.name)).toList();
            if (!here.isEmpty()) {
                sites = here;
            }
        }
        for (Mention m : s.mentions()) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            EntityTable.Node person = ctx.node(m);
            if (person == trail(ctx).lastVisitor) {
                continue;
            }
            ctx.table.fact(trail(ctx).lastVisit, Relation.VISITOR, person, t);
            for (EntityTable.Node site : sites) {
                ctx.table.fact(person, Relation.VISITED, site, t);
            }
        }
    }
}
