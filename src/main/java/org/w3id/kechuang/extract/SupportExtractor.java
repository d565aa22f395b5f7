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
 * Support: organisation … 支持/批复/立项 thing (科技部将支持广东…; 支持北京办好中关村论坛 adds what is to
 * be run); 对X给予…支持; X已获Y批复立项. The subject is the body before the verb in its clause, else the body or place
 * that opens an earlier clause of the sentence as its actor (广东将…，积极支持…), else "我们" = the speaker's
 * organisation, else the body the previous sentences were about; when none is known nothing is asserted.
 */
final class SupportExtractor implements RelationRule {

    /** The words and patterns of this rule: data, kechuang/rules/supports.tsv. */
    private static final RuleFile RULES = RuleFile.of("supports");
    private static final Pattern ACTOR = RULES.pattern("actor");
    private static final Pattern LEADS = RULES.pattern("leads");
    private static final Pattern JOINT_BODIES = RULES.pattern("joint-bodies");
    private static final String PLACE_GOVERNMENT = RULES.text("place-government");
    private static final String PROVINCE_LEVEL = RULES.text("province-level");
    private static final String COMMITTEE = RULES.text("committee");
    private static final String GOVERNMENT = RULES.text("government");
    private static final Pattern GIVEN = RULES.pattern("given-to");
    private static final String GIVEN_WORD = RULES.text("given");
    private static final List<String> RUNS = RULES.words("runs");
    private static final List<String> PASSIVE = RULES.words("passive");
    private static final String WE = RULES.text("we");
    private static final Pattern SPEAKER_CONTINUES = RULES.pattern("speaker-continues");
    private static final Pattern SUPPORTER_CONTINUES = RULES.pattern("supporter-continues");

    /** The body whose list of support the article is going through (…将支持A。支持B。), and where. */
    private static final class Supporters {
        EntityTable.Node lastSupporter;
        int lastSupporterParagraph = -10;
    }

    private static Supporters supporters(ArticleContext ctx) {
        return ctx.own(Supporters.class, Supporters::new);
    }

    @Override
    public Set<Discourse> requires() {
        return Set.of(Discourse.POSITIONS);
    }

    @Override
    public Set<Discourse> requiresFromEarlierSentences() {
        return Set.of(Discourse.SPEAKER);
    }

    @Override
    public void apply(AnalyzedSentence s, ArticleContext ctx) {
        for (int i : Mentions.triggers(s, ctx.gaz, Gazetteer.Trigger.SUPPORT)) {
            Token t = s.tokens().get(i);
            if (!t.tag().startsWith("v") && !t.tag().startsWith("n")) {
                continue;
            }
            List<Mention> objects = Mentions.listAfter(s, t.end(), 0, Mentions::isThing);
            if (passive(s, t, ctx)) {
                continue;
            }
            if (objects.isEmpty()) {
                objects = givenTo(s, t);
            } else {
                objects = ledProject(s, objects);
            }
            if (objects.isEmpty() || !t.tag().startsWith("v") && !givenBefore(s, t)) {
                continue;
            }
            // The supporter is named before what it supports (甘肃省科技厅将对中心给予支持).
            int until = Math.min(t.start(), objects.get(0).start());
            EntityTable.Node subject = subject(s, t, until, ctx);
            if (subject == null) {
                continue;
            }
            supporters(ctx).lastSupporter = subject;
            supporters(ctx).lastSupporterParagraph = s.paragraph();
            for (EntityTable.Node supporter : jointBodies(subject, ctx)) {
                for (Mention o : objects) {
                    ctx.table.fact(supporter, Relation.SUPPORTS, ctx.node(o), s.text());
                }
                // 支持上海办好A、B / 建设C: what the supported place is to run is supported too.
                Mention last = objects.get(objects.size() - 1);
                String rest = s.text().substring(last.end());
                for (String verb : RUNS) {
                    if (rest.startsWith(verb)) {
                        for (Mention o : Mentions.listAfter(s, last.end() + verb.length(), 0, Mentions::isThing)) {
                            ctx.table.fact(supporter, Relation.SUPPORTS, ctx.node(o), s.text());
                        }
                    }
                }
            }
        }
    }

    /** 批复武汉大学牵头承担的“X”项目: the object is X, not the body leading it. */
    private static List<Mention> ledProject(AnalyzedSentence s, List<Mention> objects) {
        Mention last = objects.get(objects.size() - 1);
        Matcher m = LEADS.matcher(s.text().substring(last.end()));
        if (m.find()) {
            return s.mentionStartingAt(last.end() + m.end()).filter(Mentions::isThing).map(List::of).orElse(List.of());
        }
        return objects;
    }

    /** 对中心给予一比一配套支持: the thing after 对 in the clause, when 给予 comes before the trigger. */
    private static List<Mention> givenTo(AnalyzedSentence s, Token t) {
        if (!givenBefore(s, t)) {
            return List.of();
        }
        int clause = s.clauseStart(t.start());
        String text = s.text();
        for (Mention m : s.mentionsIn(clause, t.start(), Mentions::isThing)) {
            if (GIVEN.matcher(text.substring(clause, m.start())).find()) {
                return List.of(m);
            }
        }
        return List.of();
    }

    private static boolean givenBefore(AnalyzedSentence s, Token t) {
        int clause = s.clauseStart(t.start());
        return s.text().substring(clause, t.start()).contains(GIVEN_WORD);
    }

    /** X已获Y批复立项: Y supports X, the subject of the sentence. */
    private static boolean passive(AnalyzedSentence s, Token t, ArticleContext ctx) {
        Optional<Mention> by = s.mentionEndingAt(t.start()).filter(Mentions::isOrg);
        if (by.isEmpty()) {
            return false;
        }
        String before = s.text().substring(s.clauseStart(by.get().start()), by.get().start());
        if (PASSIVE.stream().noneMatch(before::endsWith)) {
            return false;
        }
        Optional<Mention> thing = s.mentions().stream().findFirst().filter(m -> m.start() == 0 && m != by.get())
                .filter(Mentions::isThing);
        thing.ifPresent(x -> ctx.table.fact(ctx.node(by.get()), Relation.SUPPORTS, ctx.node(x), s.text()));
        return true;
    }

    private static EntityTable.Node subject(AnalyzedSentence s, Token t, int until, ArticleContext ctx) {
        int clause = s.clauseStart(t.start());
        Optional<Mention> org = Mentions.lastBefore(s, until, m -> m.start() >= clause && (Mentions.isOrg(m)
                || m.type() == EntityType.PLACE && ACTOR.matcher(s.text().substring(m.end())).find()));
        if (org.isPresent()) {
            return ctx.node(org.get());
        }
        // 科技部：支持上海… — a heading naming the body before a colon.
        Optional<Mention> heading = s.mentionStartingAt(0).filter(Mentions::isOrg)
                .filter(m -> s.text().startsWith("：", m.end()) || s.text().startsWith(":", m.end()));
        if (heading.isPresent()) {
            return ctx.node(heading.get());
        }
        // 中科院将发挥…作用，积极支持武汉…: the actor opening an earlier clause.
        Optional<Mention> actor = earlierActor(s, clause);
        if (actor.isPresent()) {
            return ctx.node(actor.get());
        }
        String before = s.text().substring(clause, t.start());
        if (before.contains(WE) && ctx.lastSpeaker != null) {
            return ctx.table.organisationOf(ctx.lastSpeaker);
        }
        // 科技部副部长王明表示，将支持…: the organisation of the one speaking.
        if (before.isEmpty() || SPEAKER_CONTINUES.matcher(before).matches()) {
            Optional<EntityTable.Node> speakerOrg = speakerOrganisation(s, clause, ctx);
            if (speakerOrg.isPresent()) {
                return speakerOrg.get();
            }
        }
        if (before.isEmpty() || SUPPORTER_CONTINUES.matcher(before).matches()) {
            // Continuing the same body's list of support in the next paragraphs (…将支持上海牵头…).
            return s.paragraph() - supporters(ctx).lastSupporterParagraph <= 2 ? supporters(ctx).lastSupporter : null;
        }
        return null;
    }

    /** The organisation of the person whose words the clause at {@code clause} reports (王明表示，…). */
    private static Optional<EntityTable.Node> speakerOrganisation(AnalyzedSentence s, int clause, ArticleContext ctx) {
        for (int i : Mentions.triggers(s, ctx.gaz, Gazetteer.Trigger.SPEAK)) {
            Token say = s.tokens().get(i);
            if (say.end() > clause || !s.text().substring(say.end(), clause).matches("[，,：:]?")) {
                continue;
            }
            Optional<Mention> speaker = s.mentionEndingAt(say.start()).filter(m -> m.type() == EntityType.PERSON);
            if (speaker.isPresent()) {
                return Optional.ofNullable(ctx.table.organisationOf(ctx.node(speaker.get())));
            }
        }
        return Optional.empty();
    }

    /** The organisation or place opening a clause before {@code clause} and followed by 将/要/积极…. */
    private static Optional<Mention> earlierActor(AnalyzedSentence s, int clause) {
        int end = clause - 1;
        while (end > 0) {
            int start = s.clauseStart(end);
            Optional<Mention> first = s.mentionStartingAt(start)
                    .filter(m -> Mentions.isOrg(m) || m.type() == EntityType.PLACE)
                    .filter(m -> ACTOR.matcher(s.text().substring(m.end())).find());
            if (first.isPresent()) {
                return first;
            }
            end = start - 1;
        }
        return Optional.empty();
    }

    /**
     * The bodies that support: 市委市政府 / 省委省政府 are the party committee and the government of the
     * article's city or province, both; a place that acts (四川将全力支持) is its people's government, since
     * only organisations support in the schema.
     */
    private static List<EntityTable.Node> jointBodies(EntityTable.Node subject, ArticleContext ctx) {
        if (subject.type == EntityType.PLACE) {
            return List.of(ctx.table.node(EntityType.GOVERNMENT_BODY, subject.name + PLACE_GOVERNMENT, null));
        }
        Matcher m = JOINT_BODIES.matcher(subject.name);
        if (!m.matches()) {
            return List.of(subject);
        }
        String place = m.group(1).equals(PROVINCE_LEVEL) ? ctx.dominant.province() : ctx.dominant.city();
        if (place == null) {
            return List.of();
        }
        String level = m.group(1);
        return List.of(
                ctx.table.node(EntityType.GOVERNMENT_BODY, StructuralNameFinder.joinPlace(place, level + COMMITTEE), null),
                ctx.table.node(EntityType.GOVERNMENT_BODY, StructuralNameFinder.joinPlace(place, level + GOVERNMENT), null));
    }
}
