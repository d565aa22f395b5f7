package org.w3id.kechuang.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.Relation;
import org.w3id.kechuang.nlp.Token;

/**
 * Establishment: 由A与B(共同)组建的C; C由A与B共同组建 (C named before 由, or the subject of an earlier clause);
 * A与B共建的C; C是A与B…共建的…; 联合A、B共同组建; …，A、B参与共建; A牵头成立C. 建设 counts only when joint
 * (共同建设, 牵头建设, 参与建设): on its own it says who builds, not who founds. Places listed as 江苏、浙江等地 stand
 * for "bodies of those places" and are not founders.
 */
final class EstablishmentExtractor implements RelationRule {

    /** The words and patterns of this rule: data, kechuang/rules/establishedBy.tsv. */
    private static final RuleFile RULES = RuleFile.of("establishedBy");
    private static final String BUILD = RULES.text("build");
    private static final String JOINTLY = RULES.text("jointly");
    private static final Pattern JOINT = RULES.pattern("joint");
    private static final Pattern JOINS = RULES.pattern("joins");
    private static final String LEADS = RULES.text("leads");
    private static final Pattern TOGETHER = RULES.pattern("together");
    private static final List<String> MANY_PLACES = RULES.words("many-places");
    private static final java.util.Set<String> SIGN = RULES.wordSet("sign");
    private static final Pattern SIGNS_TO_FOUND = RULES.pattern("signs-to-found");

    @Override
    public void apply(AnalyzedSentence s, ArticleContext ctx) {
        String text = s.text();
        Mention foundedHere = null;
        for (int i : verbs(s, ctx)) {
            Token verb = s.tokens().get(i);
            int clause = s.clauseStart(verb.start());
            int by = text.lastIndexOf('由', verb.start());
            int shi = text.lastIndexOf('是', verb.start());
            String before = text.substring(clause, verb.start());
            Optional<Mention> founded = Optional.empty();
            int foundersFrom;
            Optional<Mention> after = text.startsWith("的", verb.end())
                    ? s.mentionStartingAt(verb.end() + 1).filter(EstablishmentExtractor::foundable) : Optional.empty();
            if (JOINS.matcher(text.substring(clause, verb.end())).find()) {
                // …，中国西电集团、陕煤集团参与共建: more founders of the thing the sentence is about.
                foundersFrom = clause;
                founded = Optional.ofNullable(foundedHere).or(() -> ClauseSubjects.before(s, clause - 1 < 0 ? 0 : clause))
                        .filter(EstablishmentExtractor::foundable);
            } else if (by >= 0 && clause <= by) {
                foundersFrom = by + 1;
                founded = after;
                if (founded.isEmpty()) {
                    // C由A与B共同组建: C before 由 in the clause, else what the sentence is about.
                    founded = Mentions.lastBefore(s, by, m -> m.start() >= clause).filter(EstablishmentExtractor::foundable)
                            .or(() -> by == clause ? ClauseSubjects.before(s, by) : Optional.empty())
                            .filter(EstablishmentExtractor::foundable);
                }
            } else if (shi > 0 && shi >= clause && text.startsWith("的", verb.end())) {
                foundersFrom = shi + 1;
                founded = Mentions.lastBefore(s, shi, Mentions::isThing).filter(m -> m.start() == s.clauseStart(shi));
            } else if (startsWithFounder(s, clause) && (after.isPresent() || jointlyFounds(s, clause, verb))) {
                // 学院与航天一院共建的空间环境地面模拟装置; A与B签约共建C.
                foundersFrom = clause;
                founded = after.isPresent() ? after
                        : s.mentionStartingAt(verb.end()).filter(EstablishmentExtractor::foundable);
            } else if (before.contains(JOINTLY)) {
                // 该中心…，联合A、B共同组建: A and B (and the subject) founded it.
                foundersFrom = clause + before.indexOf(JOINTLY) + JOINTLY.length();
                founded = ClauseSubjects.before(s, clause).filter(EstablishmentExtractor::foundable);
            } else {
                // 支持上海牵头，…共建C: the body or place leading founds it.
                Optional<Mention> direct = s.mentionStartingAt(verb.end()).filter(EstablishmentExtractor::foundable);
                Optional<Mention> lead = leaderBefore(s, verb.start());
                if (direct.isPresent() && lead.isPresent()) {
                    foundedHere = direct.get();
                    ctx.table.fact(ctx.node(direct.get()), Relation.ESTABLISHED_BY, ctx.node(lead.get()), text);
                }
                continue;
            }
            if (founded.isEmpty()) {
                continue;
            }
            foundedHere = founded.get();
            for (Mention f : founders(s, foundersFrom, verb.start())) {
                ctx.table.fact(ctx.node(founded.get()), Relation.ESTABLISHED_BY, ctx.node(f), text);
            }
        }
        signedFoundings(s, ctx);
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

    /** A、B、C签署合作共建D框架协议: every body that signs founds D. */
    private static void signedFoundings(AnalyzedSentence s, ArticleContext ctx) {
        for (Token t : s.tokens()) {
            if (!SIGN.contains(t.text()) || Mentions.inMention(s, t)) {
                continue;
            }
            java.util.regex.Matcher m = SIGNS_TO_FOUND.matcher(s.text().substring(t.end()));
            if (!m.lookingAt()) {
                continue;
            }
            Optional<Mention> founded = s.mentionStartingAt(t.end() + m.end()).filter(EstablishmentExtractor::foundable);
            if (founded.isEmpty()) {
                continue;
            }
            for (Mention f : founders(s, s.clauseStart(t.start()), t.start())) {
                ctx.table.fact(ctx.node(founded.get()), Relation.ESTABLISHED_BY, ctx.node(f), s.text());
            }
        }
    }

    /** Establishment verbs of the sentence, in order; 建设 only when joint. */
    private static List<Integer> verbs(AnalyzedSentence s, ArticleContext ctx) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            if (Mentions.inMention(s, t)) {
                continue;
            }
            boolean establish = ctx.gaz.isTrigger(t.text(), Gazetteer.Trigger.ESTABLISH)
                    || ctx.gaz.isTrigger(t.text(), Gazetteer.Trigger.LEAD_ESTABLISH);
            boolean jointBuild = t.text().equals(BUILD) && JOINT.matcher(s.text().substring(0, t.start())).find();
            if (establish || jointBuild) {
                out.add(i);
            }
        }
        return out;
    }

    /** Something founded: a body or facility, not a place or a person. */
    private static boolean foundable(Mention m) {
        return Mentions.isThing(m) && m.type() != EntityType.PLACE;
    }

    /** X牵头 earlier in the sentence: X leads what follows. */
    private static Optional<Mention> leaderBefore(AnalyzedSentence s, int before) {
        int at = s.text().lastIndexOf(LEADS, before);
        if (at < 0) {
            return Optional.empty();
        }
        return s.mentionEndingAt(at).filter(m -> Mentions.isOrg(m) || m.type() == EntityType.PLACE);
    }

    /** A与B(签约|合作)?(共同)?共建C: two founders joined by 与/和 right before the verb. */
    private static boolean jointlyFounds(AnalyzedSentence s, int clause, Token verb) {
        List<Mention> founders = Mentions.listAfter(s, clause, 0, m -> Mentions.isOrg(m) || m.type() == EntityType.PLACE);
        if (founders.size() < 2) {
            return false;
        }
        String between = s.text().substring(founders.get(founders.size() - 1).end(), verb.start());
        return TOGETHER.matcher(between).matches();
    }

    private static boolean startsWithFounder(AnalyzedSentence s, int clause) {
        return s.mentionStartingAt(clause).filter(m -> Mentions.isOrg(m) || m.type() == EntityType.PLACE).isPresent();
    }

    private static List<Mention> founders(AnalyzedSentence s, int from, int to) {
        List<Mention> out = new ArrayList<>();
        String text = s.text();
        for (Mention m : s.mentionsIn(from, to)) {
            if (!(Mentions.isOrg(m) || m.type() == EntityType.PLACE)) {
                continue;
            }
            // 香港中文大学（深圳）: a place in brackets qualifies the name before it.
            if (m.start() > 0 && "（(".indexOf(text.charAt(m.start() - 1)) >= 0) {
                continue;
            }
            // …江苏、浙江、安徽等地相关机构: the list ending in 等地 names places whose bodies took part.
            if (m.type() == EntityType.PLACE) {
                int listEnd = m.end();
                while (listEnd < to && (text.charAt(listEnd) == '、' || isPlaceAt(s, listEnd))) {
                    Optional<Mention> nx = s.mentionStartingAt(listEnd);
                    listEnd = nx.map(Mention::end).orElse(listEnd + 1);
                }
                int end = listEnd;
                if (MANY_PLACES.stream().anyMatch(w -> text.startsWith(w, end))) {
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
