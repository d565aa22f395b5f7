package org.w3id.kechuang.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar day a sentence states, resolved against the article's date: explicit dates (2024年11月28日,
 * 11月28日, 28日), and 今天/昨天/前天/明天 (a date in brackets after them wins: 今天下午（2月21日）). Kept behind this one
 * small class with the same signature as the reader's DateResolver, so one can replace the other.
 */
public final class EventDates {

    private static final Pattern FULL = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern DAY = Pattern.compile("(?<![\\d月])(\\d{1,2})日");
    private static final Pattern RELATIVE = Pattern.compile("(今天|今日|昨天|昨日|前天|明天)");

    private EventDates() {
    }

    /** The first date the sentence states, or empty; relative forms need {@code ref} (may be null). */
    public static Optional<LocalDate> firstDate(String sentence, LocalDate ref) {
        int best = Integer.MAX_VALUE;
        LocalDate found = null;
        Matcher m = FULL.matcher(sentence);
        if (m.find()) {
            LocalDate d = date(Integer.parseInt(m.group(1)), m.group(2), m.group(3));
            if (d != null) {
                best = m.start();
                found = d;
            }
        }
        if (ref != null) {
            m = MONTH_DAY.matcher(sentence);
            if (m.find() && m.start() < best) {
                LocalDate d = date(ref.getYear(), m.group(1), m.group(2));
                if (d != null) {
                    // A month later than the article's is last year's (an article of January about 12月28日).
                    if (d.isAfter(ref.plusDays(31))) {
                        d = d.minusYears(1);
                    }
                    best = m.start();
                    found = d;
                }
            }
            m = RELATIVE.matcher(sentence);
            if (m.find() && m.start() < best) {
                best = m.start();
                found = switch (m.group(1)) {
                    case "昨天", "昨日" -> ref.minusDays(1);
                    case "前天" -> ref.minusDays(2);
                    case "明天" -> ref.plusDays(1);
                    default -> ref;
                };
                // 今天下午（2月21日）: the bracketed date is the explicit form of the same day.
                Matcher md = MONTH_DAY.matcher(sentence);
                if (md.find(m.end()) && md.start() - m.end() <= 6) {
                    LocalDate d = date(ref.getYear(), md.group(1), md.group(2));
                    if (d != null) {
                        found = d;
                    }
                }
            }
            m = DAY.matcher(sentence);
            if (m.find() && m.start() < best) {
                try {
                    found = ref.withDayOfMonth(Integer.parseInt(m.group(1)));
                    if (found.isAfter(ref)) {
                        found = found.minusMonths(1);
                    }
                } catch (DateTimeException e) {
                    // not a day of this month: ignore
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static LocalDate date(int year, String month, String day) {
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
