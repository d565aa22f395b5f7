package org.w3id.kechuang.read;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.jsoup.Connection;
import org.jsoup.HttpStatusException;
import org.jsoup.Jsoup;

/**
 * Fetches a page over HTTP(S) with bounded time and size, returning its raw bytes and declared charset;
 * decoding is left to {@link TextDecoder} so fetched and saved pages are decoded the same way.
 */
public final class PageFetcher {

    /** Raw page bytes and the charset named by the Content-Type header, or null. */
    public record Page(byte[] bytes, String charset) {
    }

    private static final int TIMEOUT_MILLIS = 15_000;
    private static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final String USER_AGENT = "Mozilla/5.0 (compatible; KechuangKG/0.1; +https://w3id.org/kechuang)";

    private PageFetcher() {
    }

    public static Page fetch(URI url) throws ReadException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ReadException("cannot fetch " + url + ": not an http(s) URL");
        }
        try {
            Connection.Response response = Jsoup.connect(url.toString())
                    .userAgent(USER_AGENT)
                    .timeout(TIMEOUT_MILLIS)
                    .maxBodySize(MAX_BYTES)
                    .followRedirects(true)
                    .ignoreContentType(true)
                    .execute();
            return new Page(response.bodyAsBytes(), response.charset());
        } catch (HttpStatusException e) {
            throw new ReadException("cannot fetch " + url + ": HTTP status " + e.getStatusCode());
        } catch (IOException | IllegalArgumentException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new ReadException("cannot fetch " + url + ": " + reason, e);
        }
    }
}
