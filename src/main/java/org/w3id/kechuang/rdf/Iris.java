package org.w3id.kechuang.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Collectors;
import org.w3id.kechuang.model.Entity;
import org.w3id.kechuang.model.Position;

/**
 * Mints the graph's IRIs. They derive from canonical names and classes only, so building the same
 * input twice gives the same IRIs, and one real thing named alike in two articles gets one IRI.
 */
public final class Iris {
    private Iris() {}

    /**
     * {@code article/{id}}; an id's '/' (a file below a subfolder, {@code a/index}) stays a path separator,
     * so the IRI mirrors the folders, and each part between is encoded as a segment of its own.
     */
    public static String article(String articleId) {
        return KC.ARTICLE_NS + Arrays.stream(articleId.split("/", -1)).map(Iris::articleSegment)
                .collect(Collectors.joining("/"));
    }

    /** "." and ".." would be dropped by IRI resolution, merging articles: they are percent-encoded. */
    private static String articleSegment(String part) {
        return part.matches("\\.{1,2}") ? part.replace(".", "%2E") : segment(part);
    }

    /** {@code resource/{family}/{name}}, events {@code resource/event/{date}/{name}}. */
    public static String entity(Entity e) {
        String dated = e.type().isEvent() && e.date() != null ? e.date() + "/" : "";
        return KC.RESOURCE_NS + e.type().family() + "/" + dated + segment(e.name());
    }

    public static String position(Position p) {
        return KC.RESOURCE_NS + "position/" + hash(p.person().key(), p.title(),
                p.organization() == null ? "" : p.organization().key(),
                p.asOf() == null ? "" : p.asOf().toString());
    }

    /**
     * The reifier that carries one statement of a triple: the article and the sentence that state it. A
     * triple stated by two sentences gets two reifiers, each with its one evidence.
     */
    public static String statement(String articleId, String subjectIri, String propertyIri, String objectIri,
                                   String evidence) {
        return article(articleId) + "#s-" + hash(subjectIri, propertyIri, objectIri, evidence);
    }

    /**
     * Keeps Chinese and other letters readable; percent-encodes what an IRI path segment cannot hold
     * (space, slash, quotes, brackets, controls).
     */
    static String segment(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : s.strip().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = c >= 0x80 || Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@".indexOf(c) >= 0;
            if (plain) {
                out.append((char) c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
            }
        }
        // Rebuild multi-byte characters that were appended byte-wise above.
        return new String(out.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    static String hash(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                md.update(p.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
