package org.w3id.kechuang.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request: method, path, status, time, and for SPARQL a hash and the length of the
 * query — never its text, which may be large (a log must not grow by what clients send) or private.
 */
final class RequestLog implements Filter {

    /** Request attribute where {@link BoundedRequests} leaves the SPARQL text it decoded. */
    static final String SPARQL_TEXT = "kechuang.sparqlText";

    private static final Logger LOG = LoggerFactory.getLogger("org.w3id.kechuang.server.Requests");
    private final AtomicLong ids = new AtomicLong();

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if ( !LOG.isInfoEnabled() ) {
            chain.doFilter(req, resp);
            return;
        }
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        long id = ids.incrementAndGet();
        long start = System.nanoTime();
        try {
            chain.doFilter(req, resp);
        } finally {
            Object text = request.getAttribute(SPARQL_TEXT);
            LOG.info("[{}] {} {}{} -> {} ({} ms)", id, request.getMethod(), request.getRequestURI(),
                     text instanceof String s ? " " + describe(s) : "", response.getStatus(),
                     (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** e.g. {@code sparql sha256:3f2a9c01d4e5 (118 chars)}: enough to find repeats, nothing of the text. */
    static String describe(String sparql) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sparql.getBytes(StandardCharsets.UTF_8));
            return "sparql sha256:" + HexFormat.of().formatHex(digest, 0, 6) + " (" + sparql.length() + " chars)";
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
