package org.w3id.kechuang.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.model.Article;
import org.w3id.kechuang.model.ArticleFacts;
import org.w3id.kechuang.model.Fact;
import org.w3id.kechuang.model.Relation;

/** A meeting named only in the headline: the body's 会议/研讨会 is that meeting, dated from the body. */
class HeadlineMeetingTest {

    private static final String BODY = "5月8日，张国平主持研讨会，李明远出席会议并讲话。";

    private static ArticleFacts extract(String headline) {
        return new HanlpExtractor().extract(new Article("own", headline,
                OffsetDateTime.parse("2024-05-10T09:00:00+08:00"), null, "own.txt", List.of(), List.of(), null,
                List.of(BODY)));
    }

    private static Optional<Fact> fact(ArticleFacts f, String s, Relation r) {
        return f.facts().stream().filter(x -> x.relation() == r && x.subject().name().equals(s)).findFirst();
    }

    @Test
    void theBodysBareMeetingIsTheOneTheHeadlineNames() {
        ArticleFacts f = extract("东岭大学新材料发展研讨会在青川市召开");
        String dump = Fixtures.dump(f);
        Fact chaired = fact(f, "张国平", Relation.CHAIRED).orElseThrow(() -> new AssertionError(dump));
        assertEquals("东岭大学新材料发展研讨会", chaired.object().name(), dump);
        assertEquals(LocalDate.of(2024, 5, 8), chaired.object().date(), dump);
        Fact attended = fact(f, "李明远", Relation.ATTENDED).orElseThrow(() -> new AssertionError(dump));
        assertEquals("东岭大学新材料发展研讨会", attended.object().name(), dump);
    }

    @Test
    void aHeadlineNamingNoMeetingChangesNothing() {
        ArticleFacts f = extract("东岭大学新材料研究取得新进展");
        String dump = Fixtures.dump(f);
        Fact chaired = fact(f, "张国平", Relation.CHAIRED).orElseThrow(() -> new AssertionError(dump));
        assertEquals("研讨会", chaired.object().name(), dump);
        assertTrue(fact(f, "李明远", Relation.ATTENDED).isPresent(), dump);
    }
}
