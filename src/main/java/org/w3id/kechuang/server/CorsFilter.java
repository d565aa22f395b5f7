package org.w3id.kechuang.server;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Cross-origin access for a fixed list of origins only.
 * <p>
 * Fuseki's default CORS set-up allows every origin ("*", echoed back). This filter runs
 * Fuseki's own {@link CrossOriginFilter} with the configured origins instead, so a page from
 * any other origin gets no {@code Access-Control-Allow-Origin} header and the browser blocks it.
 */
final class CorsFilter implements Filter {

    private final CrossOriginFilter delegate = new CrossOriginFilter();
    private final Map<String, String> params;

    CorsFilter(List<String> allowedOrigins) {
        if ( allowedOrigins.isEmpty() )
            throw new IllegalArgumentException("no allowed origins: leave CORS off instead");
        for ( String origin : allowedOrigins ) {
            if ( origin.isBlank() || origin.contains("*") || origin.contains(",") )
                throw new ServerException("not an allowed CORS origin (give scheme://host[:port]): '" + origin + "'");
        }
        this.params = Map.of(
            CrossOriginFilter.ALLOWED_ORIGINS_PARAM, String.join(",", allowedOrigins),
            CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,POST,PUT,DELETE,HEAD,OPTIONS,PATCH",
            CrossOriginFilter.ALLOWED_HEADERS_PARAM,
                "X-Requested-With,Content-Type,Accept,Origin,Last-Modified,Authorization",
            CrossOriginFilter.EXPOSED_HEADERS_PARAM,
                "Cache-Control,Content-Language,Content-Length,Content-Type,Expires,Last-Modified,Pragma",
            // Answer pre-flight requests here; they never reach Fuseki's dispatch.
            CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        delegate.init(new FilterConfig() {
            @Override public String getFilterName() { return "kechuang-cors"; }
            @Override public ServletContext getServletContext() { return config.getServletContext(); }
            @Override public String getInitParameter(String name) { return params.get(name); }
            @Override public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(params.keySet());
            }
        });
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        delegate.doFilter(request, response, chain);
    }

    @Override
    public void destroy() {
        delegate.destroy();
    }
}
