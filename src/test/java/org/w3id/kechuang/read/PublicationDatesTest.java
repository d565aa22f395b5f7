package org.w3id.kechuang.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {

    private static Optional<OffsetDateTime> t(String iso) {
        return Optional.of(OffsetDateTime.parse(iso));
    }

    @Test
    void statedOffsetsAreKept() {
        assertEquals(t("2022-02-21T21:41:05Z"), PublicationDates.parse("Mon, 21 Feb 2022 21:41:05 GMT"));
        assertEquals(t("2022-02-21T21:41:05+08:00"), PublicationDates.parse("Mon, 21 Feb 2022 21:41:05 +0800"));
        assertEquals(t("2024-03-15T09:30:00+08:00"), PublicationDates.parse("2024-03-15T09:30:00+08:00"));
        assertEquals(t("2024-03-15T01:30:00Z"), PublicationDates.parse("2024-03-15T01:30:00Z"));
    }

    @Test
    void timesWithoutZoneAreChinaStandardTime() {
        assertEquals(t("2025-07-27T21:56:43+08:00"), PublicationDates.parse("2025-07-27 21:56:43"));
        assertEquals(t("2025-07-27T21:56:43+08:00"), PublicationDates.parse("2025-07-27T21:56:43"));
        assertEquals(t("2023-06-08T16:20:00+08:00"), PublicationDates.parse("2023年06月08日 16:20"));
        assertEquals(t("2023-06-08T00:00:00+08:00"), PublicationDates.parse("2023/6/8"));
    }

    @Test
    void noDate() {
        assertEquals(Optional.empty(), PublicationDates.parse("昨天"));
        assertEquals(Optional.empty(), PublicationDates.parse("2023-13-45"));
        assertEquals(Optional.empty(), PublicationDates.parse(null));
    }
}
