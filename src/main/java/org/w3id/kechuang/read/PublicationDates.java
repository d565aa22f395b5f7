package org.w3id.kechuang.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses publication times as sites write them: RFC 1123 ({@code Mon, 21 Feb 2022 21:41:05 GMT}), ISO 8601
 * with or without offset, and Chinese forms ({@code 2025-07-27 21:56:43}, {@code 2025年07月27日 21:56}).
 * The stated offset is kept; a time with none is taken as China Standard Time (+08:00), the sites' zone.
 */
public final class PublicationDates {

    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    /** A date with optional time, written the Chinese or ISO way, found anywhere in a line. */
    public static final Pattern DATE_TIME = Pattern.compile(
            "((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                    + "(?:[\\sT]*(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?)?");

    private PublicationDates() {
    }

    /** The publication time written in the text, if any form is recognised. */
    public static Optional<OffsetDateTime> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[]{DateTimeFormatter.RFC_1123_DATE_TIME,
                DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.ISO_ZONED_DATE_TIME}) {
            try {
                return Optional.of(ZonedDateTime.parse(s, f).toOffsetDateTime());
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        try {
            return Optional.of(LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(CHINA));
        } catch (DateTimeParseException ignored) {
            // fall back to the loose pattern
        }
        return find(s);
    }

    /** The first date (and time) written in a line of text, taken as +08:00. */
    public static Optional<OffsetDateTime> find(String text) {
        Matcher m = DATE_TIME.matcher(text);
        while (m.find()) {
            try {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
                        : LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return Optional.of(day.atTime(time).atOffset(CHINA));
            } catch (DateTimeException invalid) {
                // not a real date (e.g. a number range); keep looking
            }
        }
        return Optional.empty();
    }
}
