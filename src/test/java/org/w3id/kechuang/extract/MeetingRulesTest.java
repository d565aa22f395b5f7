package org.w3id.kechuang.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.model.ArticleFacts;
import org.w3id.kechuang.model.Fact;
import org.w3id.kechuang.model.Relation;

/** Meetings, ceremonies and signings on short articles of our own: names, attendees, chairs, unnamed events. */
class MeetingRulesTest {

    private static Optional<Fact> fact(ArticleFacts f, String s, Relation r, String o) {
        return f.facts().stream().filter(x -> x.relation() == r && x.subject().name().equals(s)
                && x.object().name().equals(o)).findFirst();
    }

    /** Each subject has the relation to the object. */
    private static void assertAll(String fixture, Relation r, String object, String... subjects) {
        ArticleFacts f = new HanlpExtractor().extract(Fixtures.article(fixture));
        for (String subject : subjects) {
            assertTrue(fact(f, subject, r, object).isPresent(), subject + "\n" + Fixtures.dump(f));
        }
    }

    /** The founded thing has each founder. */
    private static void assertFounders(String fixture, String founded, String... founders) {
        ArticleFacts f = new HanlpExtractor().extract(Fixtures.article(fixture));
        for (String founder : founders) {
            assertTrue(fact(f, founded, Relation.ESTABLISHED_BY, founder).isPresent(), founder + "\n" + Fixtures.dump(f));
        }
    }

    private static final String CEREMONY = "东岭大学与青川市人民政府战略合作协议签约仪式暨科技合作座谈会";

    @Test
    void aMeetingHeldIsNamedWholeAndLaterWordsReferToIt() {
        ArticleFacts f = new HanlpExtractor().extract(Fixtures.article("events-ceremony"));
        String dump = Fixtures.dump(f);
        // 由…主办的 is cut off; the name runs over the two bodies, 与 and 暨.
        Fact attended = fact(f, "李明远", Relation.ATTENDED, CEREMONY).orElseThrow(() -> new AssertionError(dump));
        assertEquals(LocalDate.of(2024, 5, 8), attended.object().date(), dump);
        assertTrue(fact(f, "张国平", Relation.CHAIRED, CEREMONY).isPresent(), dump);
        // 出席致辞并主持: the same person goes on to chair.
        assertTrue(fact(f, "钱文博", Relation.CHAIRED, CEREMONY).isPresent(), dump);
        // The two bodies the name opens with attended.
        assertTrue(fact(f, "青川市人民政府", Relation.ATTENDED, CEREMONY).isPresent(), dump);
    }

    @Test
    void signingPartiesAndPeopleListedAfterTheTriggerAttend() {
        ArticleFacts f = new HanlpExtractor().extract(Fixtures.article("events-ceremony"));
        String dump = Fixtures.dump(f);
        // A与B签署…协议 at the meeting: both people and their bodies.
        assertTrue(fact(f, "陈志强", Relation.ATTENDED, CEREMONY).isPresent(), dump);
        assertTrue(fact(f, "赵立新", Relation.ATTENDED, CEREMONY).isPresent(), dump);
        assertTrue(fact(f, "东岭大学", Relation.ATTENDED, CEREMONY).isPresent(), dump);
        // 出席签约仪式的还有A、B.
        assertTrue(fact(f, "刘文涛", Relation.ATTENDED, CEREMONY).isPresent(), dump);
        assertTrue(fact(f, "孙海洋", Relation.ATTENDED, CEREMONY).isPresent(), dump);
    }

    @Test
    void unnamedSigningsMeetingsAndCeremoniesAreEventsWithTheirDates() {
        ArticleFacts f = new HanlpExtractor().extract(Fixtures.article("events-unnamed"));
        String dump = Fixtures.dump(f);
        // A与B签署战略合作协议 with no meeting named: a signing of its own, dated, that both bodies attended.
        Fact signing = fact(f, "北辰大学", Relation.ATTENDED, "签约仪式").orElseThrow(() -> new AssertionError(dump));
        assertEquals(LocalDate.of(2024, 3, 2), signing.object().date(), dump);
        assertTrue(fact(f, "周立成", Relation.ATTENDED, "签约仪式").isPresent(), dump);
        assertTrue(fact(f, "吴建军", Relation.ATTENDED, "签约仪式").isPresent(), dump);
        // A会见B一行: both sides, and those who 参加会见.
        Fact meet = fact(f, "郑国华", Relation.ATTENDED, "会见").orElseThrow(() -> new AssertionError(dump));
        assertEquals(LocalDate.of(2024, 3, 3), meet.object().date(), dump);
        assertTrue(fact(f, "周立成", Relation.ATTENDED, "会见").isPresent(), dump);
        assertTrue(fact(f, "冯德胜", Relation.ATTENDED, "会见").isPresent(), dump);
    }

    @Test
    void aCeremonyAPersonSpeaksAtTakesTheDateOfItsParagraph() {
        ArticleFacts f = new HanlpExtractor().extract(Fixtures.article("events-founding"));
        String dump = Fixtures.dump(f);
        // 在成立大会上致辞: the ceremony, dated from its paragraph.
        Fact founding = f.facts().stream().filter(x -> x.relation() == Relation.ATTENDED
                && x.subject().name().equals("杨光明")).findFirst().orElseThrow(() -> new AssertionError(dump));
        assertTrue(founding.object().name().endsWith("大会"), dump);
        assertEquals(LocalDate.of(2024, 6, 30), founding.object().date(), dump);
    }

    @Test
    void everyBodyThatSignsToFoundSomethingFoundsIt() {
        // A、B、C签署合作共建D框架协议; A与B决定共同建设C.
        assertFounders("events-signed-founding", "北辰大学南湖研究院", "南湖区人民政府", "北辰大学", "东岭集团有限公司");
        assertFounders("events-signed-founding", "青川新材料研究院", "北辰大学", "青川市人民政府");
    }

    @Test
    void whatIsSetUpInAPlaceAndASeatLieThere() {
        // 双方将在P设立X; X…，总部位于P.
        assertAll("events-located", Relation.LOCATED_IN, "南湖区", "北辰大学南湖创新研究院");
        assertAll("events-located", Relation.LOCATED_IN, "青川高新区", "东岭材料实验室");
    }

    @Test
    void anUnveilingWithNoMeetingReportedIsAnEventOfItsOwn() {
        // A、B共同为X揭牌, then C出席: all at the unveiling.
        assertAll("events-unveiling", Relation.ATTENDED, "揭牌仪式", "周立成", "吴建军", "冯德胜");
    }

    @Test
    void aMeetingTakenWithAVisitIsAttended() {
        // 参加了调研和座谈会: the talks, though named after a visit.
        assertAll("events-unnamed-talks", Relation.ATTENDED, "座谈会", "郑国华", "杨光明");
    }

    @Test
    void bodiesSigningAtAConferenceDoNotAttendTheConference() {
        ArticleFacts f = new HanlpExtractor().extract(Fixtures.article("events-conference-signing"));
        assertFalse(f.facts().stream().anyMatch(x -> x.relation() == Relation.ATTENDED
                && x.subject().name().equals("东岭大学")), Fixtures.dump(f));
    }

    @Test
    void whoSpeaksAtAMeetingAttendedItOnTheDayTheLeadTells() {
        ArticleFacts f = new HanlpExtractor().extract(Fixtures.article("events-speaker"));
        String dump = Fixtures.dump(f);
        // 在调研座谈会上，A汇报…: A attended, on the day the article's lead states.
        Fact talks = f.facts().stream().filter(x -> x.relation() == Relation.ATTENDED
                && x.subject().name().equals("周文海")).findFirst().orElseThrow(() -> new AssertionError(dump));
        assertTrue(talks.object().name().endsWith("座谈会"), dump);
        assertEquals(LocalDate.of(2024, 5, 6), talks.object().date(), dump);
    }
}
