package org.w3id.kechuang.read;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.w3id.kechuang.model.Article;

/**
 * Reads an article from a file, a URL or bytes: decodes the bytes ({@link TextDecoder}), picks the
 * reader whose shape the text has — front matter, HTML page, hard-wrapped PDF text, else plain scraped
 * text — and checks that an article with body text came out.
 */
public final class ArticleReaders {

    /** In order of specificity: the last one accepts any text. */
    private static final List<ArticleReader> READERS = List.of(
            new FrontMatterReader(), new HtmlPageReader(), new PdfTextReader(), new ScrapedTextReader());

    /** Larger files are not articles (archives, dumps); refusing them keeps memory bounded. */
    private static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private ArticleReaders() {
    }

    /** Reads a file; the id is the file name without extension, the source the file name. */
    public static Article read(Path file) throws ReadException {
        return read(file, idOf(file), file.getFileName().toString());
    }

    /** Reads a file with the id and source its build gives it (its path below a folder, its absolute path). */
    public static Article read(Path file, String id, String source) throws ReadException {
        if (!Files.exists(file)) {
            throw new ReadException("no such file: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new ReadException("a directory, not an article file: " + file);
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ReadException("too large for an article (over " + MAX_FILE_BYTES / (1024 * 1024)
                        + " MB): " + file);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReadException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return read(id, source, bytes, null, file.toString());
    }

    /** Fetches and reads a page; the id is the first 16 hex digits of the URL's SHA-256. */
    public static Article read(URI url) throws ReadException {
        if ("file".equalsIgnoreCase(url.getScheme())) {
            return read(Path.of(url));
        }
        PageFetcher.Page page = PageFetcher.fetch(url);
        return read(idOf(url), url.toString(), page.bytes(), page.charset(), url.toString());
    }

    /** Reads an input already in memory; {@code source} names it in messages and in the article. */
    public static Article read(String id, String source, byte[] bytes) throws ReadException {
        return read(id, source, bytes, null, source);
    }

    /** Reads decoded text. */
    public static Article read(String id, String source, String text) throws ReadException {
        return read(id, source, text, source);
    }

    /** The reader that would read this text. */
    public static ArticleReader readerFor(String text) {
        return READERS.stream().filter(r -> r.accepts(text)).findFirst().orElseThrow();
    }

    /** The id of a file read by itself: its name without extension. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The stable id of a fetched article: the first 16 hex digits of the SHA-256 of its URL. */
    public static String idOf(URI url) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(url.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    private static Article read(String id, String source, byte[] bytes, String charset, String where)
            throws ReadException {
        return read(id, source, TextDecoder.decode(bytes, charset, where), where);
    }

    private static Article read(String id, String source, String text, String where) throws ReadException {
        Article article;
        try {
            article = readerFor(text).read(id, source, text);
        } catch (ReadException e) {
            throw relocated(e, source, where);
        }
        if (article.paragraphs().isEmpty()) {
            throw new ReadException("no article text found in " + where);
        }
        return article;
    }

    /** Readers name the source (a bare file name); the user is told the full path instead. */
    private static ReadException relocated(ReadException e, String source, String where) {
        String message = e.getMessage();
        if (source.equals(where) || !message.contains(source)) {
            return e;
        }
        int at = message.lastIndexOf(source);
        return new ReadException(message.substring(0, at) + where + message.substring(at + source.length()), e);
    }
}
