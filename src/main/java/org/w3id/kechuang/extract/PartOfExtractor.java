package org.w3id.kechuang.extract;

import java.util.Optional;

/**
 * Part-of: nested names (清华大学深圳国际研究生院 is part of 清华大学; 中国科学院大连化学物理研究所 of 中国科学院) and
 * 在X成立/设立/组建的Y (Y set up inside the organisation X).
 */
final class PartOfExtractor implements RelationRule {

    @Override
    public void apply(AnalyzedSentence s, ArticleContext ctx) {
        for (Mention m : s.mentions()) {
            if (m.partOf() != null && Mentions.isOrg(m)) {
                EntityType parentType = ctx.gaz.lookup(m.partOf()).map(Gazetteer.Known::type)
                        .or(() -> ctx.gaz.suffixType(m.partOf())).filter(EntityType::isOrganization)
                        .orElse(EntityType.ORGANIZATION);
                EntityTable.Node parent = ctx.table.node(parentType, m.partOf(), null);
                ctx.table.fact(ctx.node(m), Relation.PART_OF, parent, s.text());
            }
        }
        String text = s.text();
        for (Mention host : s.mentions()) {
            if (!Mentions.isOrg(host) || host.start() == 0 || text.charAt(host.start() - 1) != '在') {
                continue;
            }
            String after = text.substring(host.end());
            for (String verb : new String[] {"成立的", "设立的", "组建的", "建立的", "创建的"}) {
                if (after.startsWith(verb)) {
                    Optional<Mention> part = s.mentionStartingAt(host.end() + verb.length()).filter(Mentions::isOrg);
                    part.ifPresent(p -> ctx.table.fact(ctx.node(p), Relation.PART_OF, ctx.node(host), text));
                }
            }
        }
    }
}
