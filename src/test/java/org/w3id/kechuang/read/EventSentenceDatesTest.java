package org.w3id.kechuang.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventSentenceDatesTest {

    @Test
    void resolvesRelativeAndPartialDatesAgainstTheArticleDate() {
        LocalDate ref = LocalDate.of(2022, 2, 21);
        assertEquals(Optional.of(ref), DateResolver.firstDate("市委书记李强今天下午（2月21日）在调研", ref));
        assertEquals(Optional.of(LocalDate.of(2021, 9, 2)), DateResolver.firstDate("今天（9月2日）", LocalDate.of(2021, 9, 2)));
        assertEquals(Optional.of(LocalDate.of(2024, 11, 28)), DateResolver.firstDate("11月28日下午，习近平", LocalDate.of(2024, 11, 30)));
        assertEquals(Optional.of(LocalDate.of(2024, 11, 17)), DateResolver.firstDate("昨天在京举行", LocalDate.of(2024, 11, 18)));
        assertEquals(Optional.of(LocalDate.of(2023, 12, 28)), DateResolver.firstDate("12月28日上午", LocalDate.of(2024, 1, 3)));
        assertEquals(Optional.of(LocalDate.of(2020, 6, 1)), DateResolver.firstDate("2020年6月1日正式启动", null));
        assertEquals(Optional.empty(), DateResolver.firstDate("11月28日下午", null));
    }
}
