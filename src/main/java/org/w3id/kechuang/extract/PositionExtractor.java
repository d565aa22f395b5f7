package org.w3id.kechuang.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.Relation;

/**
 * Posts: [organisation] title [、[organisation] title]* name (某省委副书记、省长王明; 中国科学院院士、某大学校长李华),
 * titles after a name (李华院士), and lists sharing an organisation (某大学党委书记王明、校长李华).
 * A title whose scope is the place (市长) is held in the place the organisation governs (上海市, not 上海市委).
 */
final class PositionExtractor implements RelationRule {
    /** The words and patterns of this rule: data, kechuang/rules/holdsPosition.tsv. */
    private static final RuleFile RULES = RuleFile.of("holdsPosition");
    private static final String BARE_BEFORE = RULES.text("bare-before");
    private static final Pattern DEPUTY = RULES.pattern("deputy");
    private static final String PROVINCE_LEVEL = RULES.text("province-level");
    private static final String FORMER = RULES.text("former");
    private static final String PARTY_COMMITTEE = RULES.text("party-committee");
    /** The longest bracketed aside between an organisation and its title (（以下简称“某某”）). */
    private static final int MAX_ASIDE = 20;
    /** What one naming in the headline counts for against namings in the body. */
    private static final int HEADLINE_WEIGHT = 100;
    private static final String JOINERS = RULES.text("joiner");
    private static final String LIST_BREAK = RULES.text("list-break");
    private static final List<String> PARTY_BODIES = RULES.words("party-body");
    private static final List<String> PLACE_BODIES = RULES.words("place-body");
    private static final List<String> SCHOOL_HEADS = RULES.words("school-head");
    /** A head's title character (校 of 校长) and the endings of the organisations it heads. */
    private static final Map<String, List<String>> HEADS = heads();

    private static Map<String, List<String>> heads() {
        Map<String, List<String>> out = new HashMap<>();
        for (String row : RULES.words("head")) {
            String[] f = row.split("\t");
            out.put(f[0], List.of(f[1].split(" ")));
        }
        return out;
    }

    /** A title and where it is held: a mention before it, or an organisation a bare 中心/实验室 refers back to. */
    private record Item(TitleMention title, Mention org, EntityTable.Node referred) {
        Item(TitleMention title, Mention org) {
            this(title, org, null);
        }
    }

    /** Organisations named so far: what a bare 中心 or 实验室 before a title refers back to. */
    private static final class NamedOrgs {
        /** The most recently named last. */
        final List<EntityTable.Node> recentOrgs = new ArrayList<>();
        /** How often each has been named. */
        final Map<EntityTable.Node, Integer> orgMentions = new HashMap<>();

        void add(EntityTable.Node org) {
            recentOrgs.remove(org);
            recentOrgs.add(org);
            orgMentions.merge(org, 1, Integer::sum);
        }
    }

    private static NamedOrgs named(ArticleContext ctx) {
        return ctx.own(NamedOrgs.class, NamedOrgs::new);
    }

    @Override
    public Set<Discourse> provides() {
        return Set.of(Discourse.POSITIONS);
    }

    @Override
    public void apply(AnalyzedSentence s, ArticleContext ctx) {
        // What each person's chain ended with, by the person's end: the organisation a list carries on with
        // (某大学校长王明、副校长李华) and the post names listed after a title share (参事王明、李华).
        Map<Integer, Held> heldByPersonEnd = new HashMap<>();
        for (Mention p : s.mentions()) {
            if (p.type() != EntityType.PERSON) {
                continue;
            }
            EntityTable.Node person = ctx.node(p);
            List<Item> items = chainBefore(s, p.start());
            Held last = null;
            if (items.isEmpty()) {
                Held shared = p.start() > 0 && s.text().charAt(p.start() - 1) == '、'
                        ? heldByPersonEnd.get(p.start() - 1) : null;
                if (shared != null && title(s, p.end()).isEmpty()) {
                    ctx.table.position(person, shared.title(), shared.where(), s.text());
                    last = shared;
                }
            }
            Held carried = items.isEmpty() ? null : carriedInto(s, items.get(0).title(), heldByPersonEnd);
            for (Item it : items) {
                if (it.title().scope() == Gazetteer.TitleScope.OPENER) {
                    continue;
                }
                Held held = held(s, ctx, it, carried);
                if (held.where() != null || carried == null) {
                    carried = held.where() == null ? null : held;
                }
                ctx.table.position(person, held.title(), held.where(), s.text());
                last = held;
            }
            if (last != null) {
                heldByPersonEnd.put(p.end(), last);
            }
            // 某大学王明教授: a title after the name is held in the organisation right before the name.
            Mention orgBefore = items.isEmpty() ? s.mentions().stream()
                    .filter(m -> m.end() == p.start() && m.type().isOrganization() && m.canonical() != null)
                    .findFirst().orElse(null) : null;
            // 王明书记 after 党委书记王明: the same post said short, not another one.
            title(s, p.end()).filter(t -> t.scope() != Gazetteer.TitleScope.OPENER)
                    .filter(t -> orgBefore != null || !ctx.table.holdsLonger(person, t.text()))
                    .ifPresent(t -> record(ctx, person, t, orgBefore, s.text()));
        }
        for (Mention m : s.mentions()) {
            if (m.type().isOrganization() && m.canonical() != null) {
                named(ctx).add(ctx.node(m));
            }
        }
    }

    /** A post as recorded: its title and where it is held (null when the sentence names nowhere). */
    private record Held(String title, EntityTable.Node where, TitleMention source) {
    }

    /**
     * The post an item states: its title held in the organisation before it, else in the organisation its list
     * carries, else in one written out before the title or one the institution names itself with (我校).
     */
    private Held held(AnalyzedSentence s, ArticleContext ctx, Item it, Held carried) {
        TitleMention t = it.title();
        if (it.referred() != null) {
            return new Held(t.text(), it.referred(), t);
        }
        // 校党委书记, 我所所长: the institution names itself, whether or not a name was found for the words.
        Optional<TitleOrganisation.Self> self = TitleOrganisation.self(s, t.start())
                .filter(x -> it.org() == null || it.org().text().equals(x.word() + x.rest()));
        if (it.org() != null && self.isEmpty()) {
            return resolve(ctx, t, it.org());
        }
        if (carried != null && self.isEmpty() && t.scope() != Gazetteer.TitleScope.NONE) {
            return carry(ctx, t, carried);
        }
        if (self.isEmpty() && SCHOOL_HEADS.stream().anyMatch(t.text()::endsWith)
                && TitleOrganisation.standsAlone(s, t.start())) {
            // …，校长王明: a school's head named alone is the head of the article's university.
            self = Optional.of(new TitleOrganisation.Self("", EntityType.UNIVERSITY, ""));
        }
        if (self.isPresent()) {
            EntityTable.Node org = selfOrg(ctx, self.get());
            if (org != null) {
                String title = self.get().rest().isEmpty() || t.text().startsWith(self.get().rest())
                        ? t.text() : self.get().rest() + t.text();
                return new Held(title, org, t);
            }
        }
        EntityTable.Node referred = referredOrg(s, t, ctx);
        if (referred != null) {
            return new Held(t.text(), referred, t);
        }
        if (t.scope() == Gazetteer.TitleScope.ORG) {
            Optional<Mention> written = TitleOrganisation.before(s, t.start(), ctx.gaz);
            if (written.isPresent()) {
                Mention m = written.get();
                EntityTable.Node org = ctx.node(m);
                if (m.partOf() != null) {
                    EntityType parentType = s.mentions().stream()
                            .filter(x -> x.start() == m.start() && x.type().isOrganization()).map(Mention::type)
                            .findFirst().or(() -> ctx.gaz.suffixType(m.partOf())).orElse(EntityType.ORGANIZATION);
                    ctx.table.fact(org, Relation.PART_OF, ctx.table.node(parentType, m.partOf(), null), s.text());
                }
                return resolve(ctx, t, m);
            }
        }
        return new Held(t.text(), where(ctx, t, null), t);
    }

    /** The organisation before the first title a list carries on with, when that title follows a break in the list. */
    private static Held carriedInto(AnalyzedSentence s, TitleMention first, Map<Integer, Held> heldByPersonEnd) {
        int before = first.start() - 1;
        if (before < 0 || (s.text().charAt(before) != '、' && LIST_BREAK.indexOf(s.text().charAt(before)) < 0)) {
            return null;
        }
        Held h = heldByPersonEnd.get(before);
        if (h == null || h.where() == null) {
            return null;
        }
        return s.text().charAt(before) == '、' || fits(first, h) ? h : null;
    }

    /** Whether a head's title (校长, 所长) fits the organisation a list carries (a 大学, a 所); other titles always do. */
    private static boolean fits(TitleMention t, Held carried) {
        if (t.scope() == Gazetteer.TitleScope.PLACE) {
            return carried.source() != null && carried.source().scope() == Gazetteer.TitleScope.PLACE
                    || carried.where().type == EntityType.PLACE || carried.where().type == EntityType.GOVERNMENT_BODY;
        }
        String post = t.text();
        if (!post.endsWith("长") || post.length() < 2) {
            return true;
        }
        String head = String.valueOf(post.charAt(post.length() - 2));
        List<String> endings = HEADS.get(head);
        return endings == null || endings.stream().anyMatch(carried.where().name::contains);
    }

    /** A post held where the list before it is held: a place-wide post in that place, others in the organisation. */
    private Held carry(ArticleContext ctx, TitleMention t, Held carried) {
        if (t.scope() == Gazetteer.TitleScope.PLACE) {
            EntityTable.Node w = carried.where();
            String place = w.type == EntityType.PLACE ? w.name : ctx.gaz.placePrefix(w.name).orElse(null);
            return new Held(t.text(), place == null ? where(ctx, t, null) : ctx.table.node(EntityType.PLACE, place, null), t);
        }
        return new Held(t.text(), carried.where(), t);
    }

    /** Where a title is held given the organisation named before it: a party body inside an institution is the institution. */
    private Held resolve(ArticleContext ctx, TitleMention t, Mention org) {
        for (String body : PLACE_BODIES) {
            if (org.type() == EntityType.PLACE && org.canonical() != null && t.text().startsWith(body)
                    && t.text().length() > body.length()) {
                // 某高新区党工委书记: the post is the committee's, the committee the place's.
                EntityTable.Node committee = ctx.table.node(EntityType.GOVERNMENT_BODY, org.canonical() + body, null);
                return new Held(t.text().substring(body.length()), committee, t);
            }
        }
        if (t.scope() == Gazetteer.TitleScope.ORG && org.partOf() != null && org.canonical() != null) {
            for (String body : PARTY_BODIES) {
                if (org.canonical().endsWith(body) && org.canonical().length() > body.length()) {
                    EntityType parentType = ctx.gaz.lookup(org.partOf()).map(Gazetteer.Known::type)
                            .or(() -> ctx.gaz.suffixType(org.partOf())).filter(EntityType::isOrganization)
                            .orElse(EntityType.ORGANIZATION);
                    String title = t.text().startsWith(body) ? t.text() : body + t.text();
                    return new Held(title, ctx.table.node(parentType, org.partOf(), null), t);
                }
            }
        }
        return new Held(t.text(), where(ctx, t, org), t);
    }

    /**
     * The institution a self-reference (我校, 校党委) stands for: of its kind, the one the headline names, else the one
     * the whole article names most, the first named on a tie (an article names its own institution early).
     */
    private static EntityTable.Node selfOrg(ArticleContext ctx, TitleOrganisation.Self self) {
        String ending = self.word().isEmpty() ? "" : self.word().substring(self.word().length() - 1);
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        for (AnalyzedSentence s : ctx.sentences) {
            for (Mention m : s.mentions()) {
                if (!m.type().isOrganization() || m.canonical() == null) {
                    continue;
                }
                String name = m.partOf() != null && self.kind() == EntityType.UNIVERSITY ? m.partOf() : m.canonical();
                EntityType type = name.equals(m.canonical()) ? m.type()
                        : ctx.gaz.lookup(name).map(Gazetteer.Known::type).or(() -> ctx.gaz.suffixType(name))
                                .orElse(EntityType.ORGANIZATION);
                boolean kind = self.kind() == EntityType.UNIVERSITY ? type == EntityType.UNIVERSITY
                        : type.isOrganization() && name.endsWith(ending);
                if (kind) {
                    // Named in the headline (by any of its names), it is the institution the article is about.
                    boolean headline = ctx.headline.contains(name) || ctx.headline.contains(m.text());
                    count.merge(name, headline ? HEADLINE_WEIGHT : 1, Integer::sum);
                    types.putIfAbsent(name, type);
                }
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (best == null || e.getValue() > count.get(best)) {
                best = e.getKey();
            }
        }
        return best == null ? null : ctx.table.node(types.get(best), best, null);
    }

    /**
     * The organisation a bare suffix word before a title refers back to (中心主任, 实验室主任, 研究院院长 after the
     * centre, lab or institute was named): the one in this sentence before the title, else the one named most
     * often (then most recently) earlier in the article, whose name ends with that word.
     */
    private static EntityTable.Node referredOrg(AnalyzedSentence s, TitleMention t, ArticleContext ctx) {
        String text = s.text();
        for (int len = 3; len >= 2; len--) {
            int from = t.start() - len;
            if (from < 0) {
                continue;
            }
            String word = text.substring(from, t.start());
            boolean bare = from == 0 || BARE_BEFORE.indexOf(text.charAt(from - 1)) >= 0;
            if (!bare || !ctx.gaz.isSuffix(word) || s.mentions().stream().anyMatch(m -> m.end() > from && m.start() < t.start())) {
                continue;
            }
            for (int i = s.mentions().size() - 1; i >= 0; i--) {
                Mention m = s.mentions().get(i);
                if (m.end() <= from && m.type().isOrganization() && m.canonical() != null
                        && m.canonical().endsWith(word)) {
                    return ctx.node(m);
                }
            }
            // The article's subject is named most often (深圳湾实验室 over the 广东省实验室 it is said to be).
            EntityTable.Node best = null;
            for (int i = named(ctx).recentOrgs.size() - 1; i >= 0; i--) {
                EntityTable.Node n = named(ctx).recentOrgs.get(i);
                if (n.name.endsWith(word) && (best == null || named(ctx).orgMentions.get(n) > named(ctx).orgMentions.get(best))) {
                    best = n;
                }
            }
            return best;
        }
        return null;
    }

    private void record(ArticleContext ctx, EntityTable.Node person, TitleMention t, Mention org, String evidence) {
        if (t.scope() == Gazetteer.TitleScope.OPENER) {
            return;
        }
        ctx.table.position(person, t.text(), where(ctx, t, org), evidence);
    }

    /** Where a title is held: a place-wide post in the place (市长 of 上海), others in the organisation named. */
    private static EntityTable.Node where(ArticleContext ctx, TitleMention t, Mention org) {
        if (t.scope() == Gazetteer.TitleScope.PLACE) {
            String place = null;
            if (org != null && org.type() == EntityType.PLACE) {
                place = org.canonical();
            } else if (org != null) {
                place = ctx.gaz.placePrefix(org.canonical()).orElse(null);
            }
            if (place == null) {
                // 省长 is held in the article's province, 市长 in its city.
                String post = DEPUTY.matcher(t.text()).replaceFirst("");
                place = post.startsWith(PROVINCE_LEVEL) ? ctx.dominant.province() : ctx.dominant.city();
            }
            return place == null ? null : ctx.table.node(EntityType.PLACE, place, null);
        } else if (t.scope() == Gazetteer.TitleScope.ORG && org != null) {
            return ctx.node(org);
        }
        return null;
    }

    /** The title/organisation chain ending right before offset, left to right. */
    private List<Item> chainBefore(AnalyzedSentence s, int offset) {
        List<Item> items = new ArrayList<>();
        int pos = offset;
        while (true) {
            final int at = pos;
            Optional<TitleMention> t = s.titles().stream().filter(x -> x.end() == at).findFirst();
            if (t.isEmpty()) {
                break;
            }
            pos = t.get().start();
            if (pos > 0 && FORMER.indexOf(s.text().charAt(pos - 1)) >= 0) {
                // 原校长, 前主任: a post no longer held is no post of the article's date.
                break;
            }
            final int orgEnd = asideStart(s.text(), pos);
            Optional<Mention> org = s.mentions().stream()
                    .filter(m -> m.end() == orgEnd && (m.type().isOrganization() || m.type() == EntityType.PLACE))
                    .findFirst();
            if (org.isPresent()) {
                pos = org.get().start();
            }
            if (org.isEmpty() && t.get().text().startsWith(PARTY_COMMITTEE)) {
                // 某市科技工作党委书记: the committee is named by the words before 党委, from the place on.
                Optional<TitleMention> split = partyCommittee(s, t.get());
                if (split.isPresent()) {
                    items.add(new Item(split.get(), committee(s, t.get())));
                    break;
                }
            }
            items.add(new Item(t.get(), org.orElse(null)));
            if (pos > 0 && JOINERS.indexOf(s.text().charAt(pos - 1)) >= 0) {
                final int prevEnd = pos - 1;
                if (s.titles().stream().anyMatch(x -> x.end() == prevEnd)) {
                    pos = prevEnd;
                    continue;
                }
            }
            break;
        }
        Collections.reverse(items);
        return items;
    }

    /** Where a bracketed aside ending at pos opens (某公司（以下简称“某某”）总经理), else pos. */
    private static int asideStart(String text, int pos) {
        if (pos == 0 || (text.charAt(pos - 1) != '）' && text.charAt(pos - 1) != ')')) {
            return pos;
        }
        for (int i = pos - 2; i >= 0 && pos - i <= MAX_ASIDE; i--) {
            if (text.charAt(i) == '（' || text.charAt(i) == '(') {
                return i;
            }
        }
        return pos;
    }

    private static Optional<TitleMention> partyCommittee(AnalyzedSentence s, TitleMention t) {
        return committeeStart(s, t).map(x -> new TitleMention(t.text().substring(2), t.scope(), t.start() + 2, t.end()));
    }

    private static Optional<Integer> committeeStart(AnalyzedSentence s, TitleMention t) {
        int clause = s.clauseStart(t.start());
        return Mentions.lastBefore(s, t.start(), m -> m.type() == EntityType.PLACE && m.start() >= clause)
                .filter(m -> t.start() - m.end() <= 8).map(Mention::start);
    }

    private static Mention committee(AnalyzedSentence s, TitleMention t) {
        int start = committeeStart(s, t).orElseThrow();
        String name = s.text().substring(start, t.start() + 2);
        return new Mention(name, EntityType.GOVERNMENT_BODY, start, t.start() + 2, name, null);
    }

    private static Optional<TitleMention> title(AnalyzedSentence s, int start) {
        return s.titles().stream().filter(t -> t.start() == start).findFirst();
    }
}
