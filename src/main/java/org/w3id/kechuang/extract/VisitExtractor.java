package org.w3id.kechuang.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.Relation;
import org.w3id.kechuang.nlp.Token;
import java.util.regex.Matcher;
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
    private static final Pattern JOINS_BARE = RULES.pattern("joins-bare");
    private static final Pattern PARTY = RULES.pattern("party");
    private static final Pattern GROUP = RULES.pattern("group");
    private static final Pattern PARTY_LEADER = RULES.pattern("party-leader");
    private static final Pattern NOT_REPORTED = RULES.pattern("not-reported");
    private static final Pattern CITED = RULES.pattern("cited");
    private static final Pattern UNKNOWN_ITEM = RULES.pattern("unknown-item");
    private static final Pattern SELF_SITE = RULES.pattern("self-site");
    private static final Pattern OWN_STAFF = RULES.pattern("own-staff");
    /** The word standing for the page's own organisation (校) and how that organisation's names end (大学). */
    private static final Map<String, Pattern> SELF_KINDS = RULES.words("self-kind").stream()
            .map(w -> w.split("=", 2))
            .collect(Collectors.toMap(w -> w[0], w -> Pattern.compile(w[1])));

    private record Site(Mention mention, boolean detail) {
    }

    /** What this rule keeps across an article's sentences: the last visit told and the paragraph's topic. */
    private static final class Trail {
        EntityTable.Node lastVisit;
        EntityTable.Node lastVisitor;
        List<EntityTable.Node> lastVisitSites = List.of();
        /** The meeting being reported when the last visit was told: another one since means the visit is over. */
        EntityTable.Node meetingAtVisit;
        /** The delegation (一行) of the last visit: its leader first, then everyone who came along. */
        final Set<EntityTable.Node> party = new LinkedHashSet<>();
        /** Of the party, those who joined it where it went (陪同, 参加调研): at its sites, not visiting their own city. */
        final Set<EntityTable.Node> hosts = new HashSet<>();
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
        return Set.of(Discourse.EVENT_DATE, Discourse.MEETING);
    }

    @Override
    public void apply(AnalyzedSentence s, ArticleContext ctx) {
        trackParagraphTopic(s, ctx);
        // One visit per visitor per sentence: 在四川大学调研，考察了A和B is one visit with three sites.
        Map<String, List<Site>> sitesByVisitor = new LinkedHashMap<>();
        Map<String, EntityTable.Node> visitors = new LinkedHashMap<>();
        Map<String, Set<EntityTable.Node>> parties = new LinkedHashMap<>();
        Map<String, Token> firstTrigger = new LinkedHashMap<>();
        Map<String, Mention> placeOf = new LinkedHashMap<>();
        List<Integer> triggers = new ArrayList<>(Mentions.triggers(s, ctx.gaz, Gazetteer.Trigger.VISIT));
        for (int i : triggers) {
            Token trig = s.tokens().get(i);
            boolean detail = ctx.gaz.isTrigger(trig.text(), Gazetteer.Trigger.VISIT_DETAIL);
            int after = s.text().startsWith("了", trig.end()) ? trig.end() + 1 : trig.end();
            List<Mention> sites = siteList(s, after, 1);
            if (sites.isEmpty()) {
                sites = sitesBefore(s, trig.start());
            }
            if (sites.isEmpty()) {
                sites = selfSite(s, trig.start(), ctx);
            }
            // 考察上海国际科技创新中心建设情况, 察看阿秒光源样机研制进展: progress inspected, not a site.
            sites = sites.stream().filter(m -> !PROGRESS.matcher(s.text().substring(m.end())).find()).toList();
            if (sites.isEmpty()) {
                rememberParty(s, trig.start(), ctx);
                continue;
            }
            // 总书记考察广东重要讲话, 在辽宁考察时…重要讲话精神: a past visit cited, not a visit reported.
            String afterSites = s.text().substring(Math.max(trig.end(), sites.get(sites.size() - 1).end()));
            if (ctx.gaz.startsWithTrigger(afterSites, Gazetteer.Trigger.VISIT_REFERENCE)
                    || CITED.matcher(afterSites).find()) {
                continue;
            }
            // 希望各位专家经常走进某市: a visit wished for, not one reported.
            if (NOT_REPORTED.matcher(s.text().substring(s.clauseStart(trig.start()), trig.start())).find()) {
                continue;
            }
            sites = innermost(s, sites);
            final List<Mention> found = sites;
            // The visitor is the sentence's subject: its first person (王明听取…所长李华院士…介绍，在…察看 is 王明's).
            Optional<Mention> visitor = s.mentions().stream()
                    .filter(m -> m.type() == EntityType.PERSON && m.end() <= trig.start()).findFirst();
            EntityTable.Node person;
            Set<EntityTable.Node> party = new LinkedHashSet<>();
            if (visitor.isPresent()) {
                person = ctx.node(visitor.get());
                party.add(person);
                partyOf(s, visitor.get(), trig.start()).forEach(m -> party.add(ctx.node(m)));
                // 张三一行先后考察了…: the leader stands for the delegation told before, those who came with the leader;
                // the hosts who joined it where it went are with it only when it is told as a group (调研组一行).
                if (trail(ctx).party.contains(person)
                        && PARTY_LEADER.matcher(s.text().substring(visitor.get().end())).lookingAt()) {
                    trail(ctx).party.stream().filter(n -> !trail(ctx).hosts.contains(n)).forEach(party::add);
                }
            } else if (pronounBefore(s, trig.start()) && trail(ctx).lastVisitor != null) {
                person = trail(ctx).lastVisitor;
                party.add(person);
            } else if (!trail(ctx).party.isEmpty() && GROUP.matcher(
                    s.text().substring(s.clauseStart(trig.start()), trig.start())).find()) {
                // 视察组一行又参观了…, 课题组先后到…调研: the delegation told before, by what it is called.
                person = trail(ctx).lastVisitor;
                party.addAll(trail(ctx).party);
            } else {
                continue;
            }
            String key = person.name;
            visitors.putIfAbsent(key, person);
            parties.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(party);
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
            Set<EntityTable.Node> party = parties.get(e.getKey());
            if (!trail(ctx).party.contains(person)) {
                trail(ctx).party.clear();
                trail(ctx).hosts.clear();
            }
            trail(ctx).party.addAll(party);
            for (EntityTable.Node member : party) {
                ctx.table.fact(visit, Relation.VISITOR, member, s.text());
            }
            for (Site site : e.getValue()) {
                EntityTable.Node where = ctx.node(site.mention());
                addSite(visit, person, where, site.detail(), s, ctx);
                for (EntityTable.Node member : party) {
                    if (member != person && !(trail(ctx).hosts.contains(member) && where.type == EntityType.PLACE)) {
                        ctx.table.fact(member, Relation.VISITED, where, s.text());
                    }
                }
            }
            Mention place = placeOf.get(e.getKey());
            if (place != null) {
                ctx.table.fact(visit, Relation.LOCATED_IN, ctx.node(place), s.text());
            }
        }
        briefedOnTopic(s, ctx);
        accompanying(s, ctx);
    }

    /** 校党委书记张三, 我所所长李四: named as the page's own people, they received the visit. */
    private static boolean ownStaff(String text, int nameStart) {
        int from = nameStart;
        while (from > 0 && "，,；;：:。".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return OWN_STAFF.matcher(text).region(from, nameStart).lookingAt();
    }

    /**
     * 张三、李四等一行来某地视察 naming no site found: the delegation is still told, for the sentences that go on
     * about it (视察组一行参观了…).
     */
    private static void rememberParty(AnalyzedSentence s, int trigStart, ArticleContext ctx) {
        Optional<Mention> visitor = s.mentions().stream()
                .filter(m -> m.type() == EntityType.PERSON && m.end() <= trigStart).findFirst();
        if (visitor.isEmpty() || !PARTY.matcher(s.text()).region(visitor.get().end(), trigStart).find()) {
            return;
        }
        Trail trail = trail(ctx);
        EntityTable.Node leader = ctx.node(visitor.get());
        if (!trail.party.contains(leader)) {
            trail.party.clear();
            trail.hosts.clear();
            trail.party.add(leader);
        }
        partyOf(s, visitor.get(), trigStart).forEach(m -> trail.party.add(ctx.node(m)));
        trail.lastVisitor = leader;
    }

    /**
     * 张三、李四等一行, 王五在赵六的陪同下, 由某某带队: everyone named from the visitor up to the word that makes them one
     * party travels with the visitor.
     */
    private static List<Mention> partyOf(AnalyzedSentence s, Mention visitor, int trigStart) {
        Matcher m = PARTY.matcher(s.text()).region(visitor.end(), trigStart);
        int end = -1;
        while (m.find()) {
            end = m.start();
        }
        return end < 0 ? List.of() : s.mentionsIn(visitor.end(), end, x -> x.type() == EntityType.PERSON);
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
        trail(ctx).meetingAtVisit = ctx.currentMeeting;
        ctx.dates.told(date);
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

    /** 在A、B调研 / 到A、B调研 / 到A、B，走访…: the sites named between 在 (到, 赴, 来) and the trigger. */
    private static List<Mention> sitesBefore(AnalyzedSentence s, int trigStart) {
        int clause = s.clauseStart(trigStart);
        // 到中山大学、广州大学，走访慰问…: the sites may close the clause before the trigger's.
        int from = clause > 0 && trigStart == clause ? s.clauseStart(clause - 1) : clause;
        for (int i = s.tokens().size() - 1; i >= 0; i--) {
            Token t = s.tokens().get(i);
            if (t.end() > trigStart || !TOWARDS.contains(t.text())) {
                continue;
            }
            if (t.start() < from || trigStart - t.start() > 40) {
                return List.of();
            }
            List<Mention> sites = siteList(s, t.end(), 0);
            if (sites.isEmpty() || trigStart - sites.get(sites.size() - 1).end() > 1) {
                return List.of();
            }
            return sites;
        }
        return List.of();
    }

    /**
     * 来校调研, 来所考察, 到我室参观: the site is the organisation the page belongs to, the one of that kind (大学 for
     * 校) the article names most, at least twice.
     */
    private static List<Mention> selfSite(AnalyzedSentence s, int trigStart, ArticleContext ctx) {
        Matcher self = SELF_SITE.matcher(s.text()).region(s.clauseStart(trigStart), trigStart);
        if (!self.find()) {
            return List.of();
        }
        String word = self.group(self.groupCount());
        Pattern ending = SELF_KINDS.get(word);
        if (ending == null) {
            return List.of();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Mention> named = new HashMap<>();
        for (AnalyzedSentence other : ctx.sentences) {
            for (Mention m : other.mentions()) {
                if (Mentions.isOrg(m) && m.isResolved() && ending.matcher(m.canonical()).find()) {
                    counts.merge(m.canonical(), 1, Integer::sum);
                    named.putIfAbsent(m.canonical(), m);
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(Map.Entry.comparingByValue())
                .map(e -> named.get(e.getKey()))
                .map(m -> List.of(new Mention(word, m.type(), self.start(self.groupCount()),
                        self.end(self.groupCount()), m.canonical(), m.partOf())))
                .orElse(List.of());
    }

    /**
     * The names listed from offset that can be visited (not a meeting: 参加调研和座谈会). Of two names written together
     * (北京市怀柔区) the site is the inner one.
     */
    private static List<Mention> siteList(AnalyzedSentence s, int offset, int gap) {
        List<Mention> out = new ArrayList<>();
        int pos = offset;
        boolean freshItem = true;
        while (true) {
            List<Mention> part = Mentions.listAfter(s, pos, out.isEmpty() ? gap : 0, VisitExtractor::visitable);
            if (!freshItem && !part.isEmpty() && part.get(0).start() == pos) {
                part = List.of();
            }
            out.addAll(part);
            if (out.isEmpty()) {
                return out;
            }
            Mention last = out.get(out.size() - 1);
            pos = Math.max(pos, last.end());
            Optional<Mention> inner = s.mentionStartingAt(pos).filter(VisitExtractor::visitable)
                    .filter(m -> Mentions.isOrg(m) || last.type() == EntityType.PLACE);
            if (inner.isPresent() && last.end() == pos) {
                out.set(out.size() - 1, inner.get());
                pos = inner.get().end();
                freshItem = false;
                continue;
            }
            // A、B质子研究中心、C: an item not (or not wholly) recognised as a name does not end the list.
            Matcher unknown = UNKNOWN_ITEM.matcher(s.text()).region(pos, s.text().length());
            if (!unknown.lookingAt()) {
                return out;
            }
            pos = unknown.end();
            freshItem = true;
        }
    }

    private static boolean visitable(Mention m) {
        return Mentions.isThing(m) && m.type() != EntityType.MEETING;
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
        Trail trail = trail(ctx);
        // 市领导A、B参加。: with no meeting told since the visit, the bare 参加 is joining the visit.
        boolean bare = JOINS_BARE.matcher(t).matches() && ctx.currentMeeting == trail.meetingAtVisit;
        boolean whole = bare || JOINS_WHOLE.matcher(t).matches();
        boolean joins = whole || JOINS.matcher(t).matches() || t.contains(ACCOMPANIED);
        if (!joins || trail.lastVisit == null) {
            return;
        }
        // 在A，…察看…。B校长C陪同调研。: told in the paragraph about one site, C came along there only.
        List<EntityTable.Node> sites = trail.lastVisitSites;
        if (!whole) {
            List<EntityTable.Node> here = sites.stream().filter(n -> trail.paragraphNames.contains(n.name)).toList();
            if (!here.isEmpty()) {
                sites = here;
            }
        }
        for (Mention m : s.mentions()) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            EntityTable.Node person = ctx.node(m);
            if (person == trail.lastVisitor || ownStaff(t, m.start())) {
                continue;
            }
            // Who joined the delegation stays with it at the sites told later; joining where it went, they were
            // at its sites but did not visit the city or region they live in.
            if (trail.party.add(person)) {
                trail.hosts.add(person);
            }
            ctx.table.fact(trail.lastVisit, Relation.VISITOR, person, t);
            for (EntityTable.Node site : sites) {
                if (!(trail.hosts.contains(person) && site.type == EntityType.PLACE)) {
                    ctx.table.fact(person, Relation.VISITED, site, t);
                }
            }
        }
    }
}
