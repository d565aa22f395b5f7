package org.w3id.kechuang.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.Relation;
import org.w3id.kechuang.nlp.Token;
import org.w3id.kechuang.read.DateResolver;

/**
 * Meetings: a meeting a clause says is held, named whole ({@link HeldMeetings}), a named meeting (…推进会, …论坛) or a
 * bare one a body holds (国新办就…举行发布会) becomes the meeting the article reports, dated from its sentence or
 * paragraph; later 会议/大会/仪式 refer back to it. People before 出席/参加/讲话/致辞 (or listed after 出席…的有)
 * attended it, before 主持 chaired it; organisations whose 负责同志 attended, attended; the people and bodies that
 * sign (A与B签署…协议) attended the signing, an unnamed one of its own when no meeting is reported; A会见B is a
 * meeting of its own; 在沪举行 locates it.
 */
final class MeetingExtractor implements RelationRule {
    /** The words and patterns of this rule: data, kechuang/rules/meetings.tsv. */
    private static final RuleFile RULES = RuleFile.of("meetings");
    private static final String DELEGATES = RULES.text("delegates");
    private static final Pattern NOT_MEETING = RULES.pattern("not-meeting");
    private static final Pattern THIS_EVENT = RULES.pattern("this-event");
    private static final String CLAUSE_ENDS = RULES.text("clause-ends");
    private static final List<String> GOES_ON = RULES.words("goes-on");
    private static final Pattern LISTED_AFTER = RULES.pattern("listed-after");
    private static final Set<String> SIGN = RULES.wordSet("sign");
    private static final String SIGNING = RULES.text("signing");
    private static final Pattern SIGNED = RULES.pattern("signed");
    private static final Pattern NOT_NOW = RULES.pattern("not-now");
    private static final Set<String> MEET = RULES.wordSet("meet");
    private static final Pattern ON_BEFORE = RULES.pattern("on-before");
    private static final String ON_AFTER = RULES.text("on-after");
    private static final String AT = RULES.text("at");
    private static final Pattern ATTEND_GAP = RULES.pattern("attend-gap");
    private static final Pattern PARTIES_JOIN = RULES.pattern("parties-join");
    private static final Pattern SIGNING_NAME = RULES.pattern("signing-name");
    private static final Set<String> UNVEIL = RULES.wordSet("unveil");
    private static final String UNVEILING = RULES.text("unveiling");
    private static final Set<String> HEADLINE_GENERIC = RULES.wordSet("headline-generic");

    /** The meeting the headline says is held (某某研讨会在某地召开), by its whole name; found once an article. */
    private static final class HeadlineMeeting {
        Optional<String> name;
    }

    /** The last date a sentence stated, and its paragraph: the date of an event told later in that paragraph. */
    private static final class StatedDate {
        int paragraph = -1;
        LocalDate date;
    }

    @Override
    public Set<Discourse> provides() {
        return Set.of(Discourse.MEETING, Discourse.EVENT_DATE);
    }

    @Override
    public void apply(AnalyzedSentence s, ArticleContext ctx) {
        StatedDate stated = ctx.own(StatedDate.class, StatedDate::new);
        meetings(s, ctx);
        DateResolver.firstDate(s.text(), ctx.articleDate).ifPresent(d -> {
            stated.paragraph = s.paragraph();
            stated.date = d;
        });
    }

    /**
     * The date of an event told in this sentence: the date it states, else one stated earlier in its paragraph
     * (6月30日，某实验室揭牌成立。某某出席大会), else the last event's (会前，A会见B), else the last date the article
     * stated (the day its lead reports), else the article's.
     */
    private static LocalDate eventDate(AnalyzedSentence s, ArticleContext ctx) {
        StatedDate stated = ctx.own(StatedDate.class, StatedDate::new);
        LocalDate own = DateResolver.firstDate(s.text(), ctx.articleDate).orElse(null);
        if (own == null && stated.paragraph == s.paragraph()) {
            return stated.date;
        }
        if (own != null) {
            return own;
        }
        return ctx.dates.lastEvent() != null ? ctx.dates.lastEvent() : stated.date != null ? stated.date : ctx.eventDate(s.text());
    }

    private void meetings(AnalyzedSentence s, ArticleContext ctx) {
        Optional<HeldMeetings.Held> held = HeldMeetings.find(s, ctx.gaz);
        held.ifPresent(h -> report(h, s, ctx));
        for (Mention m : s.mentions()) {
            if (m.type() != EntityType.MEETING) {
                continue;
            }
            if (held.isPresent() && m.start() < held.get().end() && m.end() > held.get().start()) {
                // Part of the name of the meeting held, taken whole above.
                continue;
            }
            if (!ctx.gaz.isMeetingWord(m.text())) {
                // Only a meeting the sentence says is held (…今天在沪举行) becomes the one being reported; a meeting
                // cited in passing (按照…全会部署) does not.
                if (!heldAfter(s, m, ctx)) {
                    if (ctx.currentMeeting == null && on(s, m)) {
                        // 在调研座谈会上，…: the meeting the article reports, though not said to be held.
                        ctx.currentMeeting = ctx.table.node(EntityType.MEETING, m.canonical(), eventDate(s, ctx));
                        speakerAt(s, m, ctx);
                    }
                    continue;
                }
                ctx.currentMeeting = ctx.table.findEvent(m.canonical());
                if (ctx.currentMeeting == null) {
                    ctx.currentMeeting = ctx.table.node(EntityType.MEETING, m.canonical(), eventDate(s, ctx));
                }
                ctx.currentMeeting.alts.add(m.text());
                if (ctx.currentMeeting.date != null) {
                    ctx.dates.told(ctx.currentMeeting.date);
                }
                heldAt(s, m.end(), ctx);
            } else if (ctx.currentMeeting == null && (attendedBefore(s, m.start(), ctx) || on(s, m))) {
                // 出席开工仪式: the ceremony the article reports, named only by its kind.
                ctx.currentMeeting = ctx.table.node(EntityType.MEETING, named(m.canonical(), ctx), eventDate(s, ctx));
                if (ctx.currentMeeting.date != null) {
                    ctx.dates.told(ctx.currentMeeting.date);
                }
                speakerAt(s, m, ctx);
            } else if (held(s, m.start(), ctx)) {
                // X就…举行发布会: the meeting is named after the body that holds it.
                Optional<Mention> host = Mentions.lastBefore(s, m.start(), Mentions::isOrg);
                if (host.isPresent()) {
                    ctx.currentMeeting = ctx.table.node(EntityType.MEETING, host.get().canonical() + m.text(),
                            eventDate(s, ctx));
                    ctx.table.fact(ctx.node(host.get()), Relation.ATTENDED, ctx.currentMeeting, s.text());
                }
            }
        }
        signings(s, ctx);
        meets(s, ctx);
        if (ctx.currentMeeting == null) {
            return;
        }
        int from = 0;
        List<Mention> lastPeople = List.of();
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            boolean chair = ctx.gaz.isTrigger(t.text(), Gazetteer.Trigger.CHAIR);
            boolean attend = ctx.gaz.isTrigger(t.text(), Gazetteer.Trigger.ATTEND);
            if (!(chair || attend) || Mentions.inMention(s, t) || !aboutMeeting(s, i, ctx.currentMeeting)) {
                continue;
            }
            List<Mention> people = s.mentionsIn(from, t.start(), m -> m.type() == EntityType.PERSON);
            if (people.isEmpty() && s.clauseStart(t.start()) < from) {
                // 某某出席致辞并主持研讨会: the same people go on to the next verb of their clause.
                people = lastPeople;
            }
            for (Mention m : people) {
                ctx.table.fact(ctx.node(m), chair ? Relation.CHAIRED : Relation.ATTENDED, ctx.currentMeeting, s.text());
            }
            lastPeople = people;
            if (attend && LISTED_AFTER.matcher(s.text().substring(t.end())).find()) {
                // 出席大会开幕式的还有A、B: those named after the trigger attended.
                for (Mention m : s.mentionsIn(t.end(), s.text().length())) {
                    if (m.type() == EntityType.PERSON) {
                        ctx.table.fact(ctx.node(m), Relation.ATTENDED, ctx.currentMeeting, s.text());
                    }
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

    /**
     * A与B签署…协议: the people and bodies of the clause before the signing verb attended the signing, which is the
     * meeting being reported, or a signing of its own when none is.
     */
    private static void signings(AnalyzedSentence s, ArticleContext ctx) {
        for (Token t : s.tokens()) {
            if (UNVEIL.contains(t.text()) && ctx.currentMeeting == null && !Mentions.inMention(s, t)) {
                unveiling(s, t, ctx);
                continue;
            }
            if (!SIGN.contains(t.text()) || Mentions.inMention(s, t)) {
                continue;
            }
            int clause = s.clauseStart(t.start());
            String before = s.text().substring(clause, t.start());
            boolean agreement = SIGNED.matcher(s.text().substring(t.end())).lookingAt();
            // 出席并见证签约: those who witness attend by their trigger; their bodies are no parties.
            boolean witnessed = s.tokens().stream().anyMatch(x -> x.start() >= clause && x.end() <= t.start()
                    && (ctx.gaz.isTrigger(x.text(), Gazetteer.Trigger.ATTEND)
                    || ctx.gaz.isTrigger(x.text(), Gazetteer.Trigger.CHAIR)));
            if (witnessed || NOT_NOW.matcher(before).find()) {
                continue;
            }
            List<Mention> parties = s.mentionsIn(clause, t.start(),
                    m -> m.type() == EntityType.PERSON || Mentions.isOrg(m));
            if (parties.isEmpty() && !agreement) {
                continue;
            }
            if (ctx.currentMeeting == null) {
                String headline = named(SIGNING, ctx);
                String name = SIGNING_NAME.matcher(headline).find() ? headline : SIGNING;
                ctx.currentMeeting = ctx.table.node(EntityType.MEETING, name, eventDate(s, ctx));
                if (ctx.currentMeeting.date != null) {
                    ctx.dates.told(ctx.currentMeeting.date);
                }
            }
            // Bodies that sign at a conference (大会上，某大学分别与A、B等签订协议) took part in a signing, not in the
            // conference; at a signing they attended it.
            boolean signingEvent = SIGNING_NAME.matcher(ctx.currentMeeting.name).find();
            for (Mention m : parties) {
                if (m.type() == EntityType.PERSON || signingEvent) {
                    ctx.table.fact(ctx.node(m), Relation.ATTENDED, ctx.currentMeeting, s.text());
                }
            }
        }
    }

    /**
     * A meeting the body names by its kind alone (出席会议, 研讨会在某地举行): the one the headline says is held, when
     * the headline's name has that word or the word is a generic one (会议, 大会); else the word itself.
     */
    private static String named(String word, ArticleContext ctx) {
        HeadlineMeeting headline = ctx.own(HeadlineMeeting.class, HeadlineMeeting::new);
        if (headline.name == null) {
            headline.name = HeldMeetings.find(ctx.headline, ctx.gaz).filter(h -> !h.bare()).map(HeldMeetings.Held::name);
        }
        return headline.name.filter(n -> n.contains(word) || HEADLINE_GENERIC.contains(word)).orElse(word);
    }

    /** A和B共同为某院揭牌 with no meeting reported: an unveiling of its own, that the people before attended. */
    private static void unveiling(AnalyzedSentence s, Token t, ArticleContext ctx) {
        List<Mention> people = s.mentionsIn(s.clauseStart(t.start()), t.start(), m -> m.type() == EntityType.PERSON);
        if (people.isEmpty()) {
            return;
        }
        ctx.currentMeeting = ctx.table.node(EntityType.MEETING, UNVEILING, eventDate(s, ctx));
        if (ctx.currentMeeting.date != null) {
            ctx.dates.told(ctx.currentMeeting.date);
        }
    }

    /**
     * A会见B一行: a meeting of people, an event of its own that the people named before (in its clause) and after
     * it attended; it is the one reported until another is told.
     */
    private static void meets(AnalyzedSentence s, ArticleContext ctx) {
        for (Token t : s.tokens()) {
            if (!MEET.contains(t.text()) || Mentions.inMention(s, t)) {
                continue;
            }
            List<Mention> hosts = s.mentionsIn(s.clauseStart(t.start()), t.start(), m -> m.type() == EntityType.PERSON);
            List<Mention> guests = s.mentionsIn(t.end(), s.text().length(), m -> m.type() == EntityType.PERSON);
            if (hosts.isEmpty() || guests.isEmpty()) {
                continue;
            }
            ctx.currentMeeting = ctx.table.node(EntityType.MEETING, t.text(), eventDate(s, ctx));
            if (ctx.currentMeeting.date != null) {
                ctx.dates.told(ctx.currentMeeting.date);
            }
            for (Mention m : hosts) {
                ctx.table.fact(ctx.node(m), Relation.ATTENDED, ctx.currentMeeting, s.text());
            }
            for (Mention m : guests) {
                ctx.table.fact(ctx.node(m), Relation.ATTENDED, ctx.currentMeeting, s.text());
            }
            return;
        }
    }

    /** 在座谈会上，A汇报…: the first person of the clause after it spoke there, so attended. */
    private static void speakerAt(AnalyzedSentence s, Mention m, ArticleContext ctx) {
        int after = m.end() + ON_AFTER.length();
        if (!on(s, m) || after >= s.text().length() || CLAUSE_ENDS.indexOf(s.text().charAt(after)) < 0) {
            return;
        }
        s.mentionsIn(after + 1, s.clauseEnd(after + 1), x -> x.type() == EntityType.PERSON).stream().findFirst()
                .ifPresent(p -> ctx.table.fact(ctx.node(p), Relation.ATTENDED, ctx.currentMeeting, s.text()));
    }

    /** 在成立大会上: the meeting named between 在 and 上. */
    private static boolean on(AnalyzedSentence s, Mention m) {
        return ON_BEFORE.matcher(s.text().substring(s.clauseStart(m.start()), m.start())).find()
                && s.text().startsWith(ON_AFTER, m.end());
    }

    /**
     * A meeting the sentence says is held becomes the one being reported; a bare one (举行签约仪式) only when no
     * meeting is being reported yet, for later it refers back (大会在…举行).
     */
    private static void report(HeldMeetings.Held h, AnalyzedSentence s, ArticleContext ctx) {
        if (ctx.currentMeeting != null && (h.bare() || backReference(h, s, ctx))) {
            return;
        }
        String name = h.bare() ? named(h.name(), ctx) : h.name();
        EntityTable.Node known = ctx.table.findEvent(name);
        ctx.currentMeeting = known != null ? known
                : ctx.table.node(EntityType.MEETING, name, eventDate(s, ctx));
        if (ctx.currentMeeting.date != null) {
            ctx.dates.told(ctx.currentMeeting.date);
        }
        heldAt(s, h.end(), ctx);
        // 某大学与某市人民政府战略合作协议签约仪式: the two bodies the name opens with attended.
        Optional<Mention> first = s.mentionStartingAt(h.start()).filter(Mentions::isOrg);
        if (first.isPresent() && PARTIES_JOIN.matcher(s.text().substring(first.get().end())).lookingAt()) {
            int second = first.get().end() + 1;
            Optional<Mention> other = s.mentionStartingAt(second).filter(Mentions::isOrg);
            if (other.isPresent() && other.get().end() <= h.end()) {
                ctx.table.fact(ctx.node(first.get()), Relation.ATTENDED, ctx.currentMeeting, s.text());
                ctx.table.fact(ctx.node(other.get()), Relation.ATTENDED, ctx.currentMeeting, s.text());
            }
        }
    }

    /**
     * 某某祝贺大会召开: told later with no date of its own and the same kind of meeting as the one reported, a held
     * meeting is that one again.
     */
    private static boolean backReference(HeldMeetings.Held h, AnalyzedSentence s, ArticleContext ctx) {
        String word = s.text().substring(h.wordStart(), h.end());
        return ctx.currentMeeting.name.endsWith(word)
                && DateResolver.firstDate(s.text(), ctx.articleDate).isEmpty();
    }

    /** The trigger is about the meeting: followed by its name or a meeting word, or ending its clause (…负责同志出席。). */
    private static boolean aboutMeeting(AnalyzedSentence s, int i, EntityTable.Node meeting) {
        Token t = s.tokens().get(i);
        String rest = s.text().substring(t.end());
        if (rest.startsWith(meeting.name)) {
            // 参加会见: the meeting reported, by its own name.
            return true;
        }
        if (NOT_MEETING.matcher(rest).matches()) {
            return false;
        }
        if (s.mentions().stream().anyMatch(m -> m.type() == EntityType.MEETING && m.start() >= t.end()
                && ATTEND_GAP.matcher(s.text().substring(t.end(), m.start())).matches())) {
            return true;
        }
        // 参加活动, 参加上述活动: the event being reported, by a generic word.
        if (THIS_EVENT.matcher(rest).matches()) {
            return true;
        }
        return rest.isEmpty() || CLAUSE_ENDS.indexOf(rest.charAt(0)) >= 0 || GOES_ON.stream().anyMatch(rest::startsWith);
    }

    /** An attend or chair trigger right before the offset (出席开工仪式, 主持仪式, 参加了调研和座谈会). */
    private static boolean attendedBefore(AnalyzedSentence s, int offset, ArticleContext ctx) {
        return s.tokens().stream().anyMatch(t -> t.end() <= offset
                && ATTEND_GAP.matcher(s.text().substring(t.end(), offset)).matches()
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
    private static void heldAt(AnalyzedSentence s, int meetingEnd, ArticleContext ctx) {
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            if (t.start() < meetingEnd || !t.text().equals(AT)) {
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
