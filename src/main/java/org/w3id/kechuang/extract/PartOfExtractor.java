package org.w3id.kechuang.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.Relation;

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

    @Override
    public void apply(AnalyzedSentence s, ArticleContext ctx) {
        for (Mention m : s.mentions()) {
            if (m.partOf() != null && Mentions.isOrg(m) && !sameBodyRegistered(m)) {
                EntityType parentType = ctx.gaz.lookup(m.partOf()).map(Gazetteer.Known::type)
                        .or(() -> ctx.gaz.suffixType(m.partOf())).filter(EntityType::isOrganization)
                        .orElse(EntityType.ORGANIZATION);
                EntityTable.Node parent = ctx.table.node(parentType, m.partOf(), null);
                ctx.table.fact(ctx.node(m), Relation.PART_OF, parent, s.text());
            }
        }
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
