package org.w3id.kechuang.read;

import java.util.List;
import org.w3id.kechuang.model.Article;

/**
 * Text extracted from a newspaper PDF: short lines of near-equal width (the column), most of them
 * separated by blank lines. Paragraphs are re-joined by {@link WrappedLineJoiner}. Such text states no
 * title and no date: the title is the first heading, else the first sentence, and the date is unknown.
 */
public final class PdfTextReader implements ArticleReader {

    private static final int MIN_LINES = 8;
    /** Columns are narrow: a newspaper column holds at most this many characters. */
    private static final double MAX_COLUMN = 40;
    /** Share of lines within ±15% of the column width. */
    private static final double MIN_EVEN_SHARE = 0.6;
    /** Share of lines followed by a blank line. */
    private static final double MIN_BLANK_SHARE = 0.4;

    private final BodyCleaner cleaner = BodyCleaner.standard();

    @Override
    public boolean accepts(String text) {
        List<String> all = text.lines().map(String::strip).toList();
        List<String> lines = all.stream().filter(s -> !s.isEmpty()).toList();
        if (lines.size() < MIN_LINES) {
            return false;
        }
        double column = WrappedLineJoiner.columnWidth(lines);
        if (column < 6 || column > MAX_COLUMN) {
            return false;
        }
        long even = lines.stream().map(LineWidth::of).filter(w -> Math.abs(w - column) <= column * 0.15).count();
        int blankAfter = 0;
        for (int i = 0; i + 1 < all.size(); i++) {
            if (!all.get(i).isEmpty() && all.get(i + 1).isEmpty()) {
                blankAfter++;
            }
        }
        return even >= lines.size() * MIN_EVEN_SHARE && blankAfter >= lines.size() * MIN_BLANK_SHARE;
    }

    @Override
    public Article read(String id, String source, String text) throws ReadException {
        List<String> lines = text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        BodyCleaner.Body body = cleaner.clean(WrappedLineJoiner.join(lines));
        if (body.paragraphs().isEmpty()) {
            throw new ReadException("no article text found in " + source);
        }
        String title = body.paragraphs().stream()
                .filter(p -> !LineWidth.endsSentence(p) && p.length() <= 30 && !p.matches(".*[，、,：:；;]$"))
                .findFirst()
                .orElseGet(() -> Titles.fromFirstSentence(body.paragraphs().get(0)));
        return new Article(id, title, null, null, source, List.of(), List.of(), body.editor(), body.paragraphs());
    }
}
