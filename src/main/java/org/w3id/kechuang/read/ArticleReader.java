package org.w3id.kechuang.read;

import org.w3id.kechuang.model.Article;

/**
 * Turns the decoded text of one input into an {@link Article}. One implementation per input shape;
 * {@link ArticleReaders} picks one by looking at the content, never at the file name.
 */
public interface ArticleReader {

    /** True when the text has this reader's shape (front matter, HTML, PDF text, scraped text…). */
    boolean accepts(String text);

    /**
     * @param id     stable article id
     * @param source the file path or URL, recorded as the article's source
     * @param text   the whole input, already decoded
     */
    Article read(String id, String source, String text) throws ReadException;
}
