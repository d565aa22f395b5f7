package org.w3id.kechuang.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves the date a sentence refers to against the article's publication date: absolute dates
 * ({@code 2022年2月21日}, {@code 2025-07-27}, {@code 二〇二四年十一月二十八日}), dates without a year
 * ({@code 9月29日}: the publication year, or the year before when that would lie months ahead) or
 * month ({@code 18日}: the publication month, or the month before when the day is still to come), and
 * relative days ({@code 今天}, {@code 昨天}; a written date in brackets after them wins:
 * {@code 今天下午（2月21日）}), the first day of a range ({@code 9月12-13日}) and a dateline that lost its 月
 * ({@code 1112日}). Vague words ({@code 日前}, {@code 近日}) give no date.
 */
public final class DateResolver {

    private static final String N = "(\\d{1,2}|[" + ChineseNumerals.CHARS + "]{1,3})";
    private static final String YEAR = "(\\d{4}|[〇零一二三四五六七八九]{4})";
    private static final Pattern FULL = Pattern.compile(YEAR + "\\s*年\\s*" + N + "\\s*月\\s*" + N + "\\s*[日号]");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d年" + ChineseNumerals.CHARS + "])" + N + "\\s*月\\s*" + N + "\\s*[日号]");
    /** The first day of a range within a month: 9月12-13日, 9月12至13日. */
    private static final Pattern MONTH_DAY_RANGE = Pattern.compile("(?<![\\d" + ChineseNumerals.CHARS + "])(?:" + YEAR
            + "\\s*年\\s*)?" + N + "\\s*月\\s*" + N + "\\s*[-－—–~～至到]\\s*" + N + "\\s*[日号]");
    /**
     * A dateline whose 月 was lost in the page's text (1112日 for 11月12日, 2021年330日): digits opening the sentence,
     * the last two the day.
     */
    private static final Pattern MONTH_LOST = Pattern.compile("^\\s*(?:(\\d{4})\\s*年\\s*)?(1[0-2]|0?[1-9])([0-3]\\d)\\s*[日号]");
    private static final Pattern DAY = Pattern.compile("(?<![\\d月.])(\\d{1,2})\\s*日(?!内|以内|以上|以下|左右|之内)");
    /** Months a date without a year may lie after the publication date before it is read as last year's. */
    private static final int MONTHS_AHEAD = 2;
    private static final Map<String, Integer> RELATIVE = loadRelativeDays();
    private static final Pattern RELATIVE_WORD = Pattern.compile("(" + RELATIVE.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
            .collect(Collectors.joining("|")) + ")");
    /** A relative day followed by the date in brackets: 今天下午（2月21日）, 昨天(18日). */
    private static final Pattern RELATIVE_WITH_DATE = Pattern.compile(RELATIVE_WORD.pattern()
            + "(?:上午|下午|晚上|晚间|凌晨|早上|早间|中午|傍晚|夜间)?\\s*[（(]([^（()）]{1,16})[)）]");

    private record Hit(int start, int length, LocalDate date) {
    }

    private DateResolver() {
    }

    /**
     * The date the sentence refers to: the first date expression that resolves.
     *
     * @param ref the publication date; null resolves absolute dates only
     */
    public static Optional<LocalDate> firstDate(String sentence, LocalDate ref) {
        List<Hit> hits = new ArrayList<>();
        find(RELATIVE_WITH_DATE, sentence, hits, m -> firstDate(m.group(2), ref).orElse(null));
        find(FULL, sentence, hits, m -> date(ChineseNumerals.parse(m.group(1)), m.group(2), m.group(3)));
        find(ISO, sentence, hits, m -> date(Integer.parseInt(m.group(1)), m.group(2), m.group(3)));
        find(MONTH_LOST, sentence, hits, m -> m.group(1) != null
                ? date(Integer.parseInt(m.group(1)), m.group(2), m.group(3))
                : ref == null ? null : withoutYear(m.group(2), m.group(3), ref));
        find(MONTH_DAY_RANGE, sentence, hits, m -> m.group(1) != null
                ? date(ChineseNumerals.parse(m.group(1)), m.group(2), m.group(3))
                : ref == null ? null : withoutYear(m.group(2), m.group(3), ref));
        if (ref != null) {
            find(MONTH_DAY, sentence, hits, m -> withoutYear(m.group(1), m.group(2), ref));
            find(DAY, sentence, hits, m -> withoutMonth(m.group(1), ref));
            find(RELATIVE_WORD, sentence, hits, m -> ref.plusDays(RELATIVE.get(m.group(1))));
        }
        return hits.stream()
                .min(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::length).reversed()))
                .map(Hit::date);
    }

    private interface Resolution {
        LocalDate resolve(Matcher m);
    }

    private static void find(Pattern pattern, String text, List<Hit> hits, Resolution resolution) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            LocalDate date = resolution.resolve(m);
            if (date != null) {
                hits.add(new Hit(m.start(), m.end() - m.start(), date));
                return;
            }
        }
    }

    private static LocalDate date(int year, String month, String day) {
        try {
            return LocalDate.of(year, ChineseNumerals.parse(month), ChineseNumerals.parse(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate withoutYear(String month, String day, LocalDate ref) {
        LocalDate date = date(ref.getYear(), month, day);
        if (date != null && date.isAfter(ref.plusMonths(MONTHS_AHEAD))) {
            return date(ref.getYear() - 1, month, day);
        }
        return date;
    }

    private static LocalDate withoutMonth(String day, LocalDate ref) {
        int d = Integer.parseInt(day);
        LocalDate month = d > ref.getDayOfMonth() ? ref.minusMonths(1) : ref;
        try {
            return month.withDayOfMonth(d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Map<String, Integer> loadRelativeDays() {
        String resource = "/kechuang/read/relative-days.txt";
        try (InputStream in = DateResolver.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Map<String, Integer> days = new LinkedHashMap<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#"))
                    .map(s -> s.split("\\s+"))
                    .forEach(p -> days.put(p[0], Integer.parseInt(p[1])));
            return Map.copyOf(days);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
