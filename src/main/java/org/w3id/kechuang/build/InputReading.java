package org.w3id.kechuang.build;

import org.w3id.kechuang.model.Article;
import org.w3id.kechuang.read.ArticleReaders;
import org.w3id.kechuang.read.ReadException;

/** Reads one input into an article, the same way for the build and for {@code kechuang read}. */
public final class InputReading {
    private InputReading() {}

    public static Article read(Input input) throws ReadException {
        if (input instanceof Input.FileInput f) {
            return ArticleReaders.read(f.path(), f.id(), f.source());
        }
        if (input instanceof Input.UrlInput u) {
            return ArticleReaders.read(u.url());
        }
        Input.Unreadable u = (Input.Unreadable) input;
        throw new ReadException(u.reason() + ": " + u.name());
    }
}
