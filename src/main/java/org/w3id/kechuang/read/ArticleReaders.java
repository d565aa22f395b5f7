package org.w3id.kechuang.read;

import java.net.URI;
import java.nio.file.Path;

/** TEMPORARY placeholder with the agreed API; replaced by the read package's implementation. */
public final class ArticleReaders {
    private ArticleReaders() {}

    public static Article read(Path file) throws ReadException {
        throw new ReadException("not yet implemented: " + file);
    }

    public static Article read(URI url) throws ReadException {
        throw new ReadException("not yet implemented: " + url);
    }
}
