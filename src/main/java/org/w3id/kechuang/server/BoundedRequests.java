package org.w3id.kechuang.server;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads each request within a size limit and decodes it strictly, before anything parses it.
 * <p>
 * SPARQL parsing is not covered by the query time limit and grows faster than linearly with a long
 * comment or literal, so the size of what reaches the parser is what bounds its work: bodies over the
 * limit get 413 without being read. Malformed forms, query strings and undecodable bodies get 400,
 * unknown charsets 415 — client errors, each with one line saying what was wrong.
 */
final class BoundedRequests implements Filter {

    private final long maxBodyBytes;

    BoundedRequests(long maxBodyBytes) {
        if ( maxBodyBytes <= 0 )
            throw new ServerException("the request size limit must be positive: " + maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        try {
            // Before reading: the container refuses to read a body in a charset it does not know.
            ParsedRequest.declaredCharset(request.getHeader("Content-Type"));
        } catch (ParsedRequest.UnsupportedCharsetException ex) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, ex.getMessage());
            return;
        }
        if ( request.getContentLengthLong() > maxBodyBytes ) {
            tooLarge(response);
            return;
        }
        byte[] body = null;
        if ( ParsedRequest.readsWhole(request.getHeader("Content-Type")) ) {
            body = readAtMost(request.getInputStream(), maxBodyBytes + 1);
            if ( body.length > maxBodyBytes ) {
                tooLarge(response);
                return;
            }
        }
        ParsedRequest parsed;
        try {
            parsed = ParsedRequest.of(request, body);
        } catch (FormDecoder.MalformedException ex) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "malformed request: " + ex.getMessage());
            return;
        } catch (ParsedRequest.UnsupportedCharsetException ex) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, ex.getMessage());
            return;
        }
        String sparql = parsed.sparqlText();
        if ( sparql != null )
            request.setAttribute(RequestLog.SPARQL_TEXT, sparql);
        chain.doFilter(parsed, response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        // The unread body is discarded with the connection.
        response.setHeader("Connection", "close");
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
            "request body over the limit of " + maxBodyBytes + " bytes (the server's --max-request-size)");
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }
}
