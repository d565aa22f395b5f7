package org.w3id.kechuang.web;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Maps the graph's w3id.org IRIs to the links the pages print, and request paths back to IRIs.
 * <p>
 * The base is where {@code https://w3id.org/kechuang/} is served: by default {@code /} (this server,
 * whatever its address); behind a reverse proxy e.g. {@code https://kg.example.org/kechuang/}; behind a
 * w3id.org redirect {@code https://w3id.org/kechuang/} itself, so the links are the IRIs.
 */
final class Links {
    /** The namespace every IRI of the graph (resources, articles, ontology) lives in. */
    static final String W3ID = "https://w3id.org/kechuang/";
    /** The path that dereferences any IRI of the graph given as {@code ?iri=}. */
    static final String LOOKUP = "lookup";

    private final String base;
    /** Where the explorer's own pages (search, browse, assets, graph data) are: the base, or this server. */
    private final String site;

    Links(String base) {
        String b = base == null || base.isBlank() ? "/" : base.strip();
        this.base = b.endsWith("/") ? b : b + "/";
        // Behind a w3id.org redirect only the IRIs go through w3id.org; the pages' own requests (scripts,
        // graph data, search) stay on this server rather than crossing origins through a redirect.
        this.site = this.base.startsWith(W3ID) ? "/" : this.base;
    }

    /** Where the explorer's pages are: a path on this server ("/…") or an absolute URL behind a proxy. */
    String site() {
        return site;
    }

    /**
     * Where a link to {@code iri} points: the graph's own IRIs under the base, other IRIs unchanged. An IRI
     * with an escaped slash or backslash (a name such as "A/B") goes through {@code lookup?iri=}: Jetty
     * refuses such paths as ambiguous (400).
     */
    String href(String iri) {
        if ( !iri.startsWith(W3ID) )
            return iri;
        String path = iri.substring(W3ID.length());
        String upper = path.toUpperCase(java.util.Locale.ROOT);
        if ( upper.contains("%2F") || upper.contains("%5C") )
            return site + LOOKUP + "?iri=" + java.net.URLEncoder.encode(iri, StandardCharsets.UTF_8);
        return base + path;
    }

    /** {@code href} asking for one format, e.g. {@code ?format=ttl}. */
    static String withFormat(String href, String extension) {
        return href + (href.contains("?") ? "&" : "?") + "format=" + extension;
    }

    /** A page of the explorer, e.g. {@code page("search?q=x")}. */
    String page(String path) {
        return site + path;
    }

    /**
     * The IRI a request path names: {@code /resource/person/%E6%9D%8E%E5%BC%BA} →
     * {@code https://w3id.org/kechuang/resource/person/李强}. Escapes are brought to the form the IRIs are
     * minted in: letters (Chinese included) and the characters a segment may hold plainly are decoded,
     * every other escape (space, slash, brackets) is kept, in upper case.
     */
    static String iriOfPath(String rawPath) {
        String p = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        return W3ID + canonicalEscapes(p);
    }

    static String canonicalEscapes(String raw) {
        byte[] in = raw.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(in.length);
        for ( int i = 0; i < in.length; i++ ) {
            int c = in[i] & 0xff;
            if ( c == '%' && i + 2 < in.length && isHex(in[i + 1]) && isHex(in[i + 2]) ) {
                int v = HexFormat.fromHexDigits(new String(in, i + 1, 2, StandardCharsets.US_ASCII));
                if ( v >= 0x80 || plain(v) ) {
                    out.write(v);
                } else {
                    byte[] esc = ("%" + HexFormat.of().withUpperCase().toHexDigits((byte) v)).getBytes(StandardCharsets.US_ASCII);
                    out.write(esc, 0, esc.length);
                }
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The characters the IRI minter leaves unescaped in a segment (and '/', which separates segments). */
    private static boolean plain(int c) {
        return Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@".indexOf(c) >= 0;
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
