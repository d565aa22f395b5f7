package org.w3id.kechuang.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.Relation;
import org.w3id.kechuang.nlp.Token;

/**
 * Part-of: nested names (清华大学深圳国际研究生院 is part of 清华大学; 中国科学院大连化学物理研究所 of 中国科学院) and
 * 在X成立/设立/组建的Y (Y set up inside the organisation X).
 */
final class PartOfExtractor implements RelationRule {

    /** The words and patterns of this rule: data, kechuang/rules/partOf.tsv. */
    private static final RuleFile RULES = RuleFile.of("partOf");
    private static final Pattern BELONGS = RULES.pattern("belongs");
    private static final Pattern OWNS = RULES.pattern("owns");
    private static final Set<String> COMPANY_FORMS = RULES.wordSet("company-forms");
    private static final List<String> SET_UP_IN = RULES.words("set-up-in");
    private static final List<String> ASSOCIATIONS = RULES.words("associations");
    /** How far a list item may run (title and name) before the next unit: longer is a clause, not a list. */
    private static final int LIST_GAP = 16;

    @Override
    public void apply(AnalyzedSentence s, ArticleContext ctx) {
        for (Mention m : s.mentions()) {
            if (m.partOf() != null && Mentions.isOrg(m) && !sameBodyRegistered(m)
                    && ASSOCIATIONS.stream().noneMatch(m.canonical()::endsWith)) {
                ctx.table.fact(ctx.node(m), Relation.PART_OF, parentNode(ctx, m.partOf()), s.text());
            }
        }
        listedUnits(s, ctx);
        adjacent(s, ctx);
        subordinate(s, ctx);
        String text = s.text();
        for (Mention host : s.mentions()) {
            if (!Mentions.isOrg(host) || host.start() == 0 || text.charAt(host.start() - 1) != '在') {
                continue;
            }
            String after = text.substring(host.end());
            for (String verb : SET_UP_IN) {
                if (after.startsWith(verb)) {
                    Optional<Mention> part = s.mentionStartingAt(host.end() + verb.length()).filter(Mentions::isOrg);
                    part.ifPresent(p -> ctx.table.fact(ctx.node(p), Relation.PART_OF, ctx.node(host), text));
                }
            }
        }
    }

    private static EntityTable.Node parentNode(ArticleContext ctx, String name) {
        EntityType parentType = ctx.gaz.lookup(name).map(Gazetteer.Known::type)
                .or(() -> ctx.gaz.suffixType(name)).filter(EntityType::isOrganization)
                .orElse(EntityType.ORGANIZATION);
        return ctx.table.node(parentType, name, null);
    }

    /**
     * 某部甲司司长张三、乙司司长李四: a bare unit listed after a nested name, with only titles and people between,
     * is a unit of the same parent (the parent is written once for the whole list).
     */
    private static void listedUnits(AnalyzedSentence s, ArticleContext ctx) {
        String text = s.text();
        // The list item last read as a unit of the parent: the next may follow it rather than the nested name.
        String lastParent = null;
        int lastEnd = -1;
        for (int i = 1; i < text.length() - 1; i++) {
            if ("、，,".indexOf(text.charAt(i - 1)) < 0) {
                continue;
            }
            Optional<String> unit = unitBeforeTitle(s, ctx, i);
            Optional<EntityType> type = unit.flatMap(ctx.gaz::suffixType).filter(EntityType::isOrganization)
                    .filter(t -> t != EntityType.UNIVERSITY);
            if (type.isEmpty() || !bareUnit(ctx, unit.get())) {
                continue;
            }
            int at = i;
            int after = lastEnd;
            Optional<Mention> nested = Mentions.lastBefore(s, i, Mentions::isOrg)
                    .filter(p -> p.end() > after && p.partOf() != null && !p.partOf().equals(unit.get()));
            String parent = nested.isPresent() && onlyTitlesAndPeople(s, ctx, nested.get().end(), at)
                    ? nested.get().partOf()
                    : lastParent != null && text.charAt(i - 1) == '、' && onlyTitlesAndPeople(s, ctx, lastEnd, at)
                            ? lastParent : null; // a comma may start the hosts' own people (，校党委书记)
            if (parent != null && !parent.equals(unit.get())) {
                EntityTable.Node part = s.mentionStartingAt(at).filter(m -> m.canonical().equals(unit.get()))
                        .map(ctx::node).orElseGet(() -> ctx.table.node(type.get(), unit.get(), null));
                ctx.table.fact(part, Relation.PART_OF, parentNode(ctx, parent), text);
                lastParent = parent;
                lastEnd = at + unit.get().length();
            }
        }
    }

    /** The words from offset up to a title that a person's name follows (乙司 in 、乙司副司长李四). */
    private static Optional<String> unitBeforeTitle(AnalyzedSentence s, ArticleContext ctx, int offset) {
        for (Token t : s.tokens()) {
            if (t.start() <= offset) {
                continue;
            }
            if (t.start() - offset > LIST_GAP || "、，,。；;：:".contains(t.text())) {
                return Optional.empty();
            }
            if (ctx.gaz.title(t.text()).isPresent() && s.mentionStartingAt(t.end())
                    .filter(m -> m.type() == EntityType.PERSON).isPresent()) {
                return Optional.of(s.text().substring(offset, t.start()));
            }
        }
        return Optional.empty();
    }

    /**
     * A name that starts with no known organisation or place and is no known body itself (科学技术与信息化司); a local
     * body written short (市委, 区政府) belongs to a place, not to the list's parent.
     */
    private static boolean bareUnit(ArticleContext ctx, String name) {
        return ctx.gaz.lookup(name).isEmpty() && ctx.gaz.localBody(name).isEmpty() && ctx.gaz.knownOrgPrefix(name).isEmpty()
                && ctx.gaz.placePrefix(name).isEmpty();
    }

    /** Between from and to only titles, people's names and list commas (司长张三、). */
    private static boolean onlyTitlesAndPeople(AnalyzedSentence s, ArticleContext ctx, int from, int to) {
        if (to - from > LIST_GAP) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (t.start() < from || t.start() >= to) {
                continue; // a token straddling the unit's end (司司长) is the title read with the name's last char
            }
            boolean person = s.mentions().stream().anyMatch(p -> p.type() == EntityType.PERSON
                    && t.start() >= p.start() && t.end() <= p.end());
            if (!person && ctx.gaz.title(t.text()).isEmpty() && !"、，,".contains(t.text())) {
                return false;
            }
        }
        return true;
    }

    /** X隶属于Y / Y下属(的)X, Y旗下的X: X is part of Y. */
    private static void subordinate(AnalyzedSentence s, ArticleContext ctx) {
        String text = s.text();
        for (Mention a : s.mentions()) {
            if (!Mentions.isOrg(a) && a.type() != EntityType.FACILITY) {
                continue;
            }
            Matcher under = BELONGS.matcher(text.substring(a.end()));
            if (under.find()) {
                s.mentionStartingAt(a.end() + under.end()).filter(Mentions::isOrg)
                        .ifPresent(b -> ctx.table.fact(ctx.node(a), Relation.PART_OF, ctx.node(b), text));
            }
            Matcher owns = OWNS.matcher(text.substring(a.end()));
            if (Mentions.isOrg(a) && owns.find()) {
                for (Mention b : Mentions.listAfter(s, a.end() + owns.end(), 0, m -> Mentions.isOrg(m)
                        || m.type() == EntityType.FACILITY)) {
                    ctx.table.fact(ctx.node(b), Relation.PART_OF, ctx.node(a), text);
                }
            }
        }
    }

    /** 陕西煤业化工集团有限责任公司 is 陕西煤业化工集团 registered as a company, not a part of it. */
    private static boolean sameBodyRegistered(Mention m) {
        String rest = m.canonical().startsWith(m.partOf()) ? m.canonical().substring(m.partOf().length()) : "";
        return COMPANY_FORMS.contains(rest);
    }

    /**
     * 西安光机所瞬态光学与光子技术国家重点实验室 written as two names: the lab is part of the institute (a unit of a
     * university, academy institute or company, named right after it).
     */
    private static void adjacent(AnalyzedSentence s, ArticleContext ctx) {
        for (Mention parent : s.mentions()) {
            if (!Mentions.isOrg(parent) || parent.type() == EntityType.GOVERNMENT_BODY) {
                continue;
            }
            Optional<Mention> unit = s.mentionStartingAt(parent.end()).filter(Mentions::isOrg)
                    .filter(m -> m.type() != EntityType.GOVERNMENT_BODY && m.type() != EntityType.UNIVERSITY
                            && !m.canonical().equals(parent.canonical()));
            unit.ifPresent(u -> ctx.table.fact(ctx.node(u), Relation.PART_OF, ctx.node(parent), s.text()));
        }
    }
}
