package org.w3id.kechuang.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Headline helpers: site-name suffixes off page titles, a title made from a first sentence. */
public final class Titles {

    /**
     * Separators sites put between headline and site or section name: {@code 标题_某某网},
     * {@code 标题 - 某某新闻}, {@code 某大学->标题 | 某网}.
     */
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s*(?:_|\\||｜|->|＞)\\s*|\\s+[-–—]\\s+");
    /** The separators that never occur inside a headline itself, for headings that may hold a plain dash. */
    private static final Pattern SECTION_SEPARATOR = Pattern.compile("\\s*(?:\\||｜|->)\\s*");
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^.*?[。！？!?](?:[”’」』）)]*)");
    private static final int MAX_TITLE = 40;

    private Titles() {
    }

    /** The headline part of a page title: the longest of the parts between site separators. */
    public static String withoutSiteName(String title) {
        return longestPart(title, SITE_SEPARATOR);
    }

    /** The headline part of a heading that may carry a section or site name ({@code 某大学->标题 | 某网}). */
    public static String withoutSectionOrSite(String heading) {
        return longestPart(heading, SECTION_SEPARATOR);
    }

    private static String longestPart(String title, Pattern separator) {
        String best = "";
        for (String part : separator.split(HtmlBlocks.normalize(title))) {
            if (part.strip().length() > best.length()) {
                best = part.strip();
            }
        }
        return best;
    }

    /** A title for text that has none: its first sentence, cut at a clause end if too long. */
    public static String fromFirstSentence(String paragraph) {
        Matcher m = FIRST_SENTENCE.matcher(paragraph);
        String sentence = m.find() ? m.group() : paragraph;
        sentence = sentence.replaceAll("[。！？!?]$", "");
        if (sentence.length() <= MAX_TITLE) {
            return sentence;
        }
        int cut = Math.max(sentence.lastIndexOf('，', MAX_TITLE), sentence.lastIndexOf('、', MAX_TITLE));
        return cut >= MAX_TITLE / 2 ? sentence.substring(0, cut) : sentence.substring(0, MAX_TITLE) + "…";
    }
}
