package org.w3id.kechuang.server;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;

/**
 * Which documents a SPARQL Update {@code LOAD} may read: none unless the operator listed their URL
 * prefixes. Even for the admin, {@code LOAD <file:///…>} would read the server's own files and echo
 * parts of them in its errors, and a LOAD of an internal URL is a request forgery like SERVICE.
 */
final class UpdateLoads implements Filter {

    private final String updatePath;
    private final List<String> allowedPrefixes;

    /**
     * @param updatePath      the update endpoint, e.g. "/kg/update"
     * @param allowedPrefixes http(s) URL prefixes LOAD may read; empty for none
     */
    UpdateLoads(String updatePath, List<String> allowedPrefixes) {
        for ( String prefix : allowedPrefixes ) {
            String lower = prefix.toLowerCase(Locale.ROOT);
            if ( !(lower.startsWith("http://") || lower.startsWith("https://")) || lower.matches("https?://[^/]*") )
                throw new ServerException("not an http(s) URL prefix with a path to allow for LOAD: '" + prefix
                    + "' (e.g. https://example.org/data/)");
        }
        this.updatePath = updatePath;
        this.allowedPrefixes = List.copyOf(allowedPrefixes);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Object text = request.getAttribute(RequestLog.SPARQL_TEXT);
        if ( request.getRequestURI().equals(updatePath) && text instanceof String update ) {
            String refused = refusedLoad(update);
            if ( refused != null ) {
                ((HttpServletResponse) resp).sendError(HttpServletResponse.SC_FORBIDDEN, "LOAD <" + refused
                    + "> refused: this server loads no documents" + (allowedPrefixes.isEmpty()
                        ? " (the operator allows URL prefixes with --allow-load)"
                        : " but those under " + String.join(", ", allowedPrefixes)));
                return;
            }
        }
        chain.doFilter(req, resp);
    }

    /** The first LOAD source not allowed, or null. Unparseable updates are left to Fuseki to report. */
    private String refusedLoad(String update) {
        UpdateRequest parsed;
        try {
            parsed = UpdateFactory.create(update);
        } catch (QueryParseException ex) {
            return null;
        }
        for ( Update u : parsed.getOperations() ) {
            if ( u instanceof UpdateLoad load ) {
                String source = load.getSource();
                if ( allowedPrefixes.stream().noneMatch(source::startsWith) )
                    return source;
            }
        }
        return null;
    }
}
