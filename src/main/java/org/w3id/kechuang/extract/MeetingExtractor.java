package org.w3id.kechuang.extract;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.Relation;
import org.w3id.kechuang.nlp.Token;

/**
 * Meetings: a named meeting (…推进会, …论坛) or a bare one a body holds (国新办就…举行发布会) becomes the meeting the
 * article reports, dated from its sentence. People before 出席/参加/讲话/致辞 attended it, before 主持 chaired it;
 * organisations whose 负责同志 attended, attended; 在沪举行 locates it.
 */
final class MeetingExtractor implements RelationRule {
    /** The words and patterns of this rule: data, kechuang/rules/meetings.tsv. */
    private static final RuleFile RULES = RuleFile.of("meetings");
    private static final String DELEGATES = RULES.text("delegates");
    private static final Pattern NOT_MEETING = RULES.pattern("not-meeting");
    private static final Pattern THIS_EVENT = RULES.pattern("this-event");
    private static final String CLAUSE_ENDS = RULES.text("clause-ends");
    private static final String GOES_ON = RULES.text("goes-on");
    private static final String AT = RULES.text("at");

    @Override
    public Set<Discourse> provides() {
        return Set.of(Discourse.MEETING, Discourse.EVENT_DATE);
    }

    @Override
    public void apply(AnalyzedSentence s, ArticleContext ctx) {
        for (Mention m : s.mentions()) {
            if (m.type() != EntityType.MEETING) {
                continue;
            }
            if (!ctx.gaz.isMeetingWord(m.text())) {
                // Only a meeting the sentence says is held (…今天在沪举行) becomes the one being reported; a meeting
                // cited in passing (按照…全会部署) does not.
                if (!heldAfter(s, m, ctx)) {
                    continue;
                }
                ctx.currentMeeting = ctx.table.findEvent(m.canonical());
                if (ctx.currentMeeting == null) {
                    ctx.currentMeeting = ctx.table.node(EntityType.MEETING, m.canonical(), ctx.eventDate(s.text()));
                }
                ctx.currentMeeting.alts.add(m.text());
                if (ctx.currentMeeting.date != null) {
                    ctx.dates.told(ctx.currentMeeting.date);
                }
                heldAt(s, m, ctx);
            } else if (ctx.currentMeeting == null && attendedBefore(s, m.start(), ctx)) {
                // 出席开工仪式: the ceremony the article reports, named only by its kind.
                ctx.currentMeeting = ctx.table.node(EntityType.MEETING, m.canonical(), ctx.eventDate(s.text()));
                if (ctx.currentMeeting.date != null) {
                    ctx.dates.told(ctx.currentMeeting.date);
                }
            } else if (held(s, m.start(), ctx)) {
                // X就…举行发布会: the meeting is named after the body that holds it.
                Optional<Mention> host = Mentions.lastBefore(s, m.start(), Mentions::isOrg);
                if (host.isPresent()) {
                    ctx.currentMeeting = ctx.table.node(EntityType.MEETING, host.get().canonical() + m.text(),
                            ctx.eventDate(s.text()));
                    ctx.table.fact(ctx.node(host.get()), Relation.ATTENDED, ctx.currentMeeting, s.text());
                }
            }
        }
        if (ctx.currentMeeting == null) {
            return;
        }
        int from = 0;
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            boolean chair = ctx.gaz.isTrigger(t.text(), Gazetteer.Trigger.CHAIR);
            boolean attend = ctx.gaz.isTrigger(t.text(), Gazetteer.Trigger.ATTEND);
            if (!(chair || attend) || Mentions.inMention(s, t) || !aboutMeeting(s, i)) {
                continue;
            }
            for (Mention m : s.mentionsIn(from, t.start())) {
                if (m.type() == EntityType.PERSON) {
                    ctx.table.fact(ctx.node(m), chair ? Relation.CHAIRED : Relation.ATTENDED, ctx.currentMeeting,
                            s.text());
                }
            }
            if (attend) {
                // 中央组织部、…负责同志出席: the bodies listed in the clause before 负责同志 attended.
                int delegates = s.text().lastIndexOf(DELEGATES, t.start());
                if (delegates >= 0) {
                    int clause = s.clauseStart(delegates);
                    for (Mention m : s.mentionsIn(clause, delegates, Mentions::isOrg)) {
                        ctx.table.fact(ctx.node(m), Relation.ATTENDED, ctx.currentMeeting, s.text());
                    }
                }
            }
            from = t.end();
        }
    }

    /** The trigger is about the meeting: followed by a meeting word, or ending its clause (…负责同志出席。). */
    private static boolean aboutMeeting(AnalyzedSentence s, int i) {
        Token t = s.tokens().get(i);
        String rest = s.text().substring(t.end());
        if (NOT_MEETING.matcher(rest).matches()) {
            return false;
        }
        if (s.mentions().stream().anyMatch(m -> m.type() == EntityType.MEETING && m.start() >= t.end()
                && m.start() - t.end() <= 2)) {
            return true;
        }
        // 参加活动, 参加上述活动: the event being reported, by a generic word.
        if (THIS_EVENT.matcher(rest).matches()) {
            return true;
        }
        return rest.isEmpty() || CLAUSE_ENDS.indexOf(rest.charAt(0)) >= 0 || rest.startsWith(GOES_ON);
    }

    /** An attend or chair trigger right before the offset (出席开工仪式, 主持仪式). */
    private static boolean attendedBefore(AnalyzedSentence s, int offset, ArticleContext ctx) {
        return s.tokens().stream().anyMatch(t -> (t.end() == offset || t.end() == offset - 1
                && s.text().charAt(t.end()) == '了')
                && (ctx.gaz.isTrigger(t.text(), Gazetteer.Trigger.ATTEND)
                || ctx.gaz.isTrigger(t.text(), Gazetteer.Trigger.CHAIR)));
    }

    private static boolean heldAfter(AnalyzedSentence s, Mention m, ArticleContext ctx) {
        int clauseEnd = s.clauseEnd(m.end());
        return s.tokens().stream().anyMatch(t -> t.start() >= m.end() && t.end() <= clauseEnd
                && ctx.gaz.isTrigger(t.text(), Gazetteer.Trigger.MEETING_HELD));
    }

    /** A meeting-held trigger right before the meeting (国新办就…举行发布会). */
    private static boolean held(AnalyzedSentence s, int meetingStart, ArticleContext ctx) {
        String before = s.text().substring(Math.max(0, meetingStart - 2), meetingStart);
        return ctx.gaz.endsWithTrigger(before, Gazetteer.Trigger.MEETING_HELD);
    }

    /** …今天在沪举行 / 在北京召开: the meeting is located in that place. */
    private static void heldAt(AnalyzedSentence s, Mention meeting, ArticleContext ctx) {
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            if (t.start() < meeting.end() || !t.text().equals(AT)) {
                continue;
            }
            // 在武汉举行, 在哈尔滨工业大学开幕: the most specific of the places and bodies named.
            Optional<Mention> place = Optional.empty();
            int pos = t.end();
            while (true) {
                Optional<Mention> next = s.mentionStartingAt(pos)
                        .filter(m -> m.type() == EntityType.PLACE || Mentions.isOrg(m));
                if (next.isEmpty()) {
                    break;
                }
                place = next;
                pos = next.get().end();
            }
            if (place.isPresent()) {
                String after = s.text().substring(place.get().end());
                if (ctx.gaz.startsWithTrigger(after, Gazetteer.Trigger.MEETING_HELD)) {
                    ctx.table.fact(ctx.currentMeeting, Relation.LOCATED_IN, ctx.node(place.get()), s.text());
                }
            }
        }
    }
}
