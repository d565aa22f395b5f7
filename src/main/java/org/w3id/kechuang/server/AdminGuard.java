package org.w3id.kechuang.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards every request that could change the server or its data.
 * <p>
 * Deny by default: any request whose method is not GET, HEAD or OPTIONS is refused unless
 * its path is one of the read-only POST targets (SPARQL query endpoints, the UI's validators)
 * or it carries the admin password (HTTP Basic, user {@value #USER}). Without a password the
 * server is read-only and such requests get 403; with one, 401 and a Basic challenge so a
 * browser on the UI asks for it. Paths are compared raw, as Fuseki's own dispatch does, so an
 * unusual spelling of a write path is refused rather than slipping through.
 */
final class AdminGuard implements Filter {

    static final String USER = "admin";
    static final String REALM = "Kechuang KG";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** Prefixes of servlets that accept POST but change nothing (Fuseki UI's syntax validators). */
    private static final String VALIDATORS = "/$/validate/";

    private final byte[] password;
    private final Set<String> readOnlyPostPaths;

    /**
     * @param password          the admin password, or null for a read-only server
     * @param readOnlyPostPaths exact paths where POST only queries (e.g. "/kg/sparql")
     */
    AdminGuard(String password, Set<String> readOnlyPostPaths) {
        this.password = password == null ? null : password.getBytes(StandardCharsets.UTF_8);
        this.readOnlyPostPaths = Set.copyOf(readOnlyPostPaths);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;

        String authorization = request.getHeader("Authorization");
        boolean presentsBasic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        boolean authenticated = presentsBasic && password != null && checkBasic(authorization.substring(6).trim());

        if ( presentsBasic && password != null && !authenticated ) {
            challenge(response);
            return;
        }
        if ( needsAdmin(request) && !authenticated ) {
            if ( password == null ) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    request.getMethod() + " " + path(request)
                    + " refused: the server is read-only (start it with a password to allow changes)");
            } else {
                challenge(response);
            }
            return;
        }
        chain.doFilter(authenticated ? new AdminRequest(request) : request, response);
    }

    /** True if the request may change data or server state. */
    private boolean needsAdmin(HttpServletRequest request) {
        if ( SAFE_METHODS.contains(request.getMethod()) )
            return false;
        String path = path(request);
        return !(readOnlyPostPaths.contains(path) && request.getMethod().equals("POST"))
            && !(path.startsWith(VALIDATORS) && request.getMethod().equals("POST"));
    }

    /** The request path as Fuseki dispatches on it: raw, without the context path. */
    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context)
            ? uri.substring(context.length()) : uri;
    }

    private boolean checkBasic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException ex) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if ( colon < 0 )
            return false;
        byte[] given = decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison: no timing hint about the password.
        boolean passwordOk = MessageDigest.isEqual(given, password);
        return passwordOk && decoded.substring(0, colon).equals(USER);
    }

    private static void challenge(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED,
            "this operation needs the admin password (HTTP Basic, user \"" + USER + "\")");
    }

    /** Marks the request as made by the admin, for Fuseki's logs and any user-based policy. */
    private static final class AdminRequest extends HttpServletRequestWrapper {
        AdminRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getRemoteUser() {
            return USER;
        }

        @Override
        public String getAuthType() {
            return HttpServletRequest.BASIC_AUTH;
        }
    }
}
