package org.w3id.kechuang.read;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kechuang.reference.DataFiles;
import org.w3id.kechuang.model.Article;

/**
 * Plain text: text copied from a rendered web page (navigation, headline, date line, article, then
 * recommended items, comments and footer), or simply a title line followed by paragraphs. The article
 * is the longest run of prose lines; short-line runs (menus, video lists, link lists) and furniture
 * around it are dropped. The headline is the longest line just above the date line, or, on pages that
 * put the byline first, the first headline-like line below it.
 */
public final class ScrapedTextReader implements ArticleReader {

    /** A prose line closes a sentence, or is at least this long (longer than any headline or link). */
    private static final int PROSE = 60;
    private static final int MIN_SENTENCE = 8;
    /** Short lines tolerated inside the article (sub-headings); more end it. */
    private static final int MAX_GAP = 2;
    /** Lines above the date line searched for the headline. */
    private static final int TITLE_WINDOW = 5;
    private static final int MAX_DATE_LINE = 60;
    /** A byline with a labelled date or a time may hold author, source and counts too. */
    private static final int MAX_BYLINE = 120;
    /** Bullets and markers some pages put before a date. */
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\p{P}\\p{S}\\s]+");
    private static final Pattern LABELLED_DATE = labelledDate(DataFiles.lines("/kechuang/read/date-labels.txt"));
    private static final int MAX_TITLE = 80;
    private static final Pattern SOURCE = Pattern.compile("来源\\s*[：:]\\s*(\\S+)");
    /** Many short words in a row: a menu, never a headline (names in a list may look so too, so not furniture). */
    private static final Pattern MENU = Pattern.compile("^(?:\\S{1,4}\\s+){5,}\\S{1,4}$");
    private static final Pattern KEYWORDS = Pattern.compile("^(?:关键[词字]|标签)\\s*[：:]\\s*(.+)$");

    private final Furniture furniture = Furniture.standard();
    private final BodyCleaner cleaner = BodyCleaner.standard();

    /** The general plain-text reader: takes any text. */
    @Override
    public boolean accepts(String text) {
        return true;
    }

    @Override
    public Article read(String id, String source, String text) throws ReadException {
        List<String> lines = text.lines().map(HtmlBlocks::normalize).filter(s -> !s.isEmpty()).toList();
        int firstSentence = firstSentence(lines);
        int dateLine = dateLine(lines, firstSentence);
        int titleLine = dateLine >= 0 ? titleAbove(lines, dateLine) : firstTitleLine(lines);
        if (dateLine >= 0 && titleLine < 0) {
            titleLine = titleBelow(lines, dateLine, firstSentence);
        }
        int from = Math.max(dateLine, titleLine) + 1;
        int[] run = bestProseRun(lines, from);
        if (run == null) {
            throw new ReadException("no article text found in " + source);
        }
        BodyCleaner.Body body = cleaner.clean(lines.subList(run[0], run[1]));
        if (body.paragraphs().isEmpty()) {
            throw new ReadException("no article text found in " + source);
        }
        List<String> after = lines.subList(from, lines.size());
        String editor = body.editor() != null ? body.editor() : cleaner.editor(after).orElse(null);
        String title = titleLine >= 0 ? lines.get(titleLine) : Titles.fromFirstSentence(body.paragraphs().get(0));
        OffsetDateTime issued = dateLine >= 0 ? publicationDate(lines.get(dateLine)).orElse(null) : null;
        return new Article(id, title, issued, publisher(lines, dateLine), source, keywords(after),
                List.of(), editor, body.paragraphs());
    }

    /** The first line of running text (headlines hold no full stop): the byline is above it. */
    private int firstSentence(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (isProse(lines.get(i)) && lines.get(i).contains("。")) {
                return i;
            }
        }
        return lines.size();
    }

    /**
     * The byline above the article: the first line with a labelled date ({@code 发布时间：…}), a date with a
     * time, or a short line that starts with a date once bullets are set aside.
     */
    private static int dateLine(List<String> lines, int before) {
        for (int i = 0; i < before; i++) {
            String line = lines.get(i);
            if (line.length() <= MAX_BYLINE && LABELLED_DATE.matcher(line).find()) {
                return i;
            }
            Matcher m = PublicationDates.DATE_TIME.matcher(line);
            if (!m.find()) {
                continue;
            }
            if (m.group(4) != null && line.length() <= MAX_BYLINE) {
                return i;
            }
            String unmarked = LEADING_MARKS.matcher(line).replaceFirst("");
            if (unmarked.length() <= MAX_DATE_LINE && PublicationDates.DATE_TIME.matcher(unmarked).lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    /** The date of a byline: the labelled one if there is a label, else the first. */
    private static java.util.Optional<OffsetDateTime> publicationDate(String line) {
        Matcher labelled = LABELLED_DATE.matcher(line);
        return PublicationDates.find(labelled.find() ? line.substring(labelled.start(1)) : line);
    }

    private static Pattern labelledDate(List<String> labels) {
        String alternatives = labels.stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
        return Pattern.compile("(?:" + alternatives + ")\\s*[：:]\\s*(" + PublicationDates.DATE_TIME.pattern() + ")");
    }

    /** On pages that put the byline first: the first headline-sized line between it and the article. */
    private int titleBelow(List<String> lines, int dateLine, int firstSentence) {
        for (int i = dateLine + 1; i < Math.min(firstSentence, lines.size()); i++) {
            String line = lines.get(i);
            if (mayBeTitle(line) && !isProse(line) && line.length() >= MIN_SENTENCE / 2) {
                return i;
            }
        }
        return -1;
    }

    private boolean mayBeTitle(String line) {
        return !furniture.isFurniture(line) && line.length() <= MAX_TITLE && !MENU.matcher(line).matches();
    }

    /** The headline: the longest non-furniture line among the few above the date line. */
    private int titleAbove(List<String> lines, int dateLine) {
        int best = -1;
        for (int i = dateLine - 1; i >= Math.max(0, dateLine - TITLE_WINDOW); i--) {
            String line = lines.get(i);
            if (mayBeTitle(line) && (best < 0 || line.length() > lines.get(best).length())) {
                best = i;
            }
        }
        return best >= 0 && lines.get(best).length() >= MIN_SENTENCE / 2 ? best : -1;
    }

    /** Without a date line, the headline is the longest line above the first prose (menus are shorter). */
    private int firstTitleLine(List<String> lines) {
        int best = -1;
        for (int i = 0; i < lines.size() && !isProse(lines.get(i)); i++) {
            String line = lines.get(i);
            if (mayBeTitle(line) && (best < 0 || line.length() > lines.get(best).length())) {
                best = i;
            }
        }
        return best;
    }

    /** [start, end) of the run of prose lines with the most text, short headings inside allowed. */
    private int[] bestProseRun(List<String> lines, int from) {
        int[] best = null;
        int bestChars = 0;
        int i = from;
        while (i < lines.size()) {
            if (!isProse(lines.get(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            int chars = lines.get(i).length();
            int gap = 0;
            for (int j = i + 1; j < lines.size() && gap <= MAX_GAP; j++) {
                if (isProse(lines.get(j))) {
                    chars += lines.get(j).length();
                    end = j + 1;
                    gap = 0;
                } else if (!furniture.isFurniture(lines.get(j))) {
                    gap++;
                }
            }
            if (chars > bestChars) {
                bestChars = chars;
                best = new int[]{start, end};
            }
            i = end;
        }
        return best;
    }

    private boolean isProse(String line) {
        return !furniture.isFurniture(line)
                && (line.length() >= PROSE || (line.length() >= MIN_SENTENCE && LineWidth.endsSentence(line)));
    }

    private static String publisher(List<String> lines, int dateLine) {
        if (dateLine < 0) {
            return null;
        }
        for (int i = Math.max(0, dateLine - 1); i <= Math.min(lines.size() - 1, dateLine + 1); i++) {
            Matcher m = SOURCE.matcher(lines.get(i));
            if (m.find()) {
                return m.group(1);
            }
        }
        Matcher date = PublicationDates.DATE_TIME.matcher(lines.get(dateLine));
        String rest = date.find() ? lines.get(dateLine).substring(date.end()).strip() : "";
        return rest.isEmpty() ? null : rest;
    }

    private static List<String> keywords(List<String> lines) {
        List<String> keywords = new ArrayList<>();
        lines.stream().map(KEYWORDS::matcher).filter(Matcher::matches).findFirst()
                .ifPresent(m -> Arrays.stream(m.group(1).split("[,，、;；\\s]+"))
                        .filter(s -> !s.isBlank()).forEach(keywords::add));
        return keywords;
    }
}
