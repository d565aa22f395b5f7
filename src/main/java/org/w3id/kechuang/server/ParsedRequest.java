package org.w3id.kechuang.server;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body was read whole (within the size limit) and whose parameters were decoded
 * strictly, so that everything after it — the guards, the log, Fuseki — sees the same text.
 * <p>
 * Query and update bodies sent in another charset (a declared {@code charset=GBK}) are handed on as
 * UTF-8, which is what Fuseki reads; form bodies are decoded in their declared charset.
 */
final class ParsedRequest extends HttpServletRequestWrapper {

    private static final List<String> TEXT_BODIES = List.of("application/sparql-query", "application/sparql-update");
    static final String FORM = "application/x-www-form-urlencoded";

    private final byte[] body;
    private final String contentType;
    private final Charset bodyCharset;
    private final Map<String, String[]> parameters;

    private ParsedRequest(HttpServletRequest request, byte[] body, String contentType, Charset bodyCharset,
                          Map<String, String[]> parameters) {
        super(request);
        this.body = body;
        this.contentType = contentType;
        this.bodyCharset = bodyCharset;
        this.parameters = parameters;
    }

    /**
     * @param body the request body, already read; null to pass the body on unread (uploads)
     * @throws FormDecoder.MalformedException the query string or form body is not well-formed text
     * @throws UnsupportedCharsetException    the declared charset is unknown
     */
    static ParsedRequest of(HttpServletRequest request, byte[] body)
            throws FormDecoder.MalformedException, UnsupportedCharsetException {
        // The header, not getContentType(): the container throws on a charset it does not know.
        String type = request.getHeader("Content-Type");
        String mediaType = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        Charset declared = declaredCharset(type);
        Map<String, List<String>> params = new LinkedHashMap<>();
        // The query string is UTF-8 whatever the body says (RFC 3986 and the SPARQL protocol).
        FormDecoder.decode(request.getQueryString(), StandardCharsets.UTF_8, params);
        byte[] handedOn = body;
        String handedOnType = type;
        if ( body == null ) {
            // An upload (RDF data, multipart): read by its handler as it streams in.
        } else if ( mediaType.equals(FORM) ) {
            FormDecoder.decode(FormDecoder.strict(body, declared), declared, params);
        } else if ( TEXT_BODIES.contains(mediaType) && !declared.equals(StandardCharsets.UTF_8) ) {
            handedOn = FormDecoder.strict(body, declared).getBytes(StandardCharsets.UTF_8);
            handedOnType = mediaType + "; charset=utf-8";
        } else if ( TEXT_BODIES.contains(mediaType) ) {
            FormDecoder.strict(body, StandardCharsets.UTF_8);
        }
        Map<String, String[]> asArrays = new LinkedHashMap<>();
        params.forEach((k, v) -> asArrays.put(k, v.toArray(String[]::new)));
        return new ParsedRequest(request, handedOn, handedOnType, declared, Collections.unmodifiableMap(asArrays));
    }

    /** Thrown for a charset this server cannot decode. */
    static final class UnsupportedCharsetException extends Exception {
        private static final long serialVersionUID = 1L;

        UnsupportedCharsetException(String message) {
            super(message);
        }
    }

    static Charset declaredCharset(String contentType) throws UnsupportedCharsetException {
        if ( contentType == null )
            return StandardCharsets.UTF_8;
        for ( String part : contentType.split(";") ) {
            String p = part.trim();
            if ( p.regionMatches(true, 0, "charset=", 0, 8) ) {
                String name = p.substring(8).trim().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException ex) {
                    throw new UnsupportedCharsetException("unknown charset '" + name + "': send UTF-8");
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** True for the bodies read whole here: forms and SPARQL text. */
    static boolean readsWhole(String contentType) {
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.isEmpty() || mediaType.equals(FORM) || TEXT_BODIES.contains(mediaType);
    }

    /** The SPARQL text of the request: the query or update parameter, else a query/update body. */
    String sparqlText() {
        String q = getParameter("query");
        if ( q == null )
            q = getParameter("update");
        if ( q == null && body != null && contentType != null && TEXT_BODIES.stream().anyMatch(t -> contentType.toLowerCase(Locale.ROOT).startsWith(t)) )
            q = new String(body, StandardCharsets.UTF_8);
        return q;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public String getCharacterEncoding() {
        return body == null || contentType == null || body.length == 0 ? super.getCharacterEncoding()
            : (contentType.toLowerCase(Locale.ROOT).contains("charset=utf-8") ? "UTF-8" : bodyCharset.name());
    }

    @Override
    public int getContentLength() {
        return body == null ? super.getContentLength() : body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body == null ? super.getContentLengthLong() : body.length;
    }

    @Override
    public String getParameter(String name) {
        String[] v = parameters.get(name);
        return v == null || v.length == 0 ? null : v[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] v = parameters.get(name);
        return v == null ? null : v.clone();
    }

    @Override
    public ServletInputStream getInputStream() throws java.io.IOException {
        if ( body == null )
            return super.getInputStream();
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override public boolean isFinished() { return in.available() == 0; }
            @Override public boolean isReady() { return true; }
            @Override public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the body is already read");
            }
            @Override public int read() { return in.read(); }
            @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
        };
    }

    @Override
    public BufferedReader getReader() throws java.io.IOException {
        if ( body == null )
            return super.getReader();
        Charset cs = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
        return new BufferedReader(new InputStreamReader(getInputStream(), cs));
    }
}
