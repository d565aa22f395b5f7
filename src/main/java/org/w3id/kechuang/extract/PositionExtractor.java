package org.w3id.kechuang.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.kechuang.model.EntityType;

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
        Map<Integer, Mention> groupOrgByPersonEnd = new HashMap<>();
        for (Mention p : s.mentions()) {
            if (p.type() != EntityType.PERSON) {
                continue;
            }
            List<Item> items = chainBefore(s, p.start());
            Mention carried = null;
            if (!items.isEmpty() && items.get(0).org() == null) {
                int before = items.get(0).title().start() - 1;
                if (before >= 0 && s.text().charAt(before) == '、') {
                    carried = groupOrgByPersonEnd.get(before);
                }
            }
            EntityTable.Node person = ctx.node(p);
            for (Item it : items) {
                Mention org = it.org() != null ? it.org() : carried;
                carried = org;
                EntityTable.Node referred = org == null ? referredOrg(s, it.title(), ctx) : null;
                if (referred != null) {
                    ctx.table.position(person, it.title().text(), referred, s.text());
                } else {
                    record(ctx, person, it.title(), org, s.text());
                }
            }
            groupOrgByPersonEnd.put(p.end(), carried);
            title(s, p.end()).filter(t -> t.scope() != Gazetteer.TitleScope.OPENER)
                    .ifPresent(t -> record(ctx, person, t, null, s.text()));
        }
        for (Mention m : s.mentions()) {
            if (m.type().isOrganization() && m.canonical() != null) {
                named(ctx).add(ctx.node(m));
            }
        }
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
        EntityTable.Node where = null;
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
            if (place != null) {
                where = ctx.table.node(EntityType.PLACE, place, null);
            }
        } else if (t.scope() == Gazetteer.TitleScope.ORG && org != null) {
            where = ctx.node(org);
        }
        ctx.table.position(person, t.text(), where, evidence);
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
            final int orgEnd = pos;
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
            if (pos > 0 && s.text().charAt(pos - 1) == '、') {
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
