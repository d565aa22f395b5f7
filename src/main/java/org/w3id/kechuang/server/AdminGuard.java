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
 * Guards every request that could change the server or its data, and the admin area's reads.
 * <p>
 * Deny by default: any request whose method is not GET, HEAD or OPTIONS is refused unless
 * its path is one of the read-only POST targets (SPARQL query endpoints, the UI's validators)
 * or it carries the admin password (HTTP Basic, user {@value #USER}). Without a password the
 * server is read-only and such requests get 403; with one, 401 and a Basic challenge so a
 * browser on the UI asks for it. Paths are compared raw, as Fuseki's own dispatch does, so an
 * unusual spelling of a write path is refused rather than slipping through.
 * <p>
 * Reads of the admin area ({@code /$/stats}, {@code /$/tasks}, {@code /$/backups-list}…) need the
 * password too, but for {@code /$/ping} and the dataset listing the UI needs to find its endpoints
 * ({@link AdminReads} answers that one for anonymous readers).
 * <p>
 * A browser that holds the password sends it with any request, also one a page from another site
 * makes it send (a form posted to {@code /kg/update}). So a write must come from the server's own
 * pages or an allowed CORS origin: a request whose {@code Origin}, {@code Sec-Fetch-Site} or
 * {@code Referer} says it came from another site is refused before the password is looked at.
 */
final class AdminGuard implements Filter {

    static final String USER = "admin";
    static final String REALM = "Kechuang KG";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** Prefixes of servlets that accept POST but change nothing (Fuseki UI's syntax validators). */
    private static final String VALIDATORS = "/$/validate/";

    private static final String ADMIN_AREA = "/$/";
    private static final Set<String> OPEN_ADMIN_READS = Set.of("/$/ping");

    private final byte[] password;
    private final Set<String> readOnlyPostPaths;
    private final Set<String> trustedOrigins;

    /**
     * @param password          the admin password, or null for a read-only server
     * @param readOnlyPostPaths exact paths where POST only queries (e.g. "/kg/sparql")
     * @param trustedOrigins    other origins whose pages may write (the CORS allow-list)
     */
    AdminGuard(String password, Set<String> readOnlyPostPaths, Set<String> trustedOrigins) {
        this.password = password == null ? null : password.getBytes(StandardCharsets.UTF_8);
        this.readOnlyPostPaths = Set.copyOf(readOnlyPostPaths);
        this.trustedOrigins = Set.copyOf(trustedOrigins);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;

        String authorization = request.getHeader("Authorization");
        boolean presentsBasic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        boolean authenticated = presentsBasic && password != null && checkBasic(authorization.substring(6).trim());

        boolean needsAdmin = needsAdmin(request);
        if ( needsAdmin && !SAFE_METHODS.contains(request.getMethod()) && fromAnotherSite(request) ) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, request.getMethod() + " " + path(request)
                + " refused: a request that changes data must come from this server's own pages");
            return;
        }
        if ( presentsBasic && password != null && !authenticated ) {
            challenge(response);
            return;
        }
        if ( needsAdmin && !authenticated ) {
            if ( password == null ) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    request.getMethod() + " " + path(request) + " refused: "
                    + (SAFE_METHODS.contains(request.getMethod()) ? "the admin area is closed on a read-only server"
                       : "the server is read-only (start it with a password to allow changes)"));
            } else {
                challenge(response);
            }
            return;
        }
        chain.doFilter(authenticated ? new AdminRequest(request) : request, response);
    }

    /** True if the request may change data or server state, or reads the admin area. */
    private boolean needsAdmin(HttpServletRequest request) {
        String path = path(request);
        if ( SAFE_METHODS.contains(request.getMethod()) )
            return request.getMethod().equals("OPTIONS") ? false : readsAdminArea(path);
        return !(readOnlyPostPaths.contains(path) && request.getMethod().equals("POST"))
            && !(path.startsWith(VALIDATORS) && request.getMethod().equals("POST"));
    }

    private static boolean readsAdminArea(String path) {
        return path.startsWith(ADMIN_AREA) && !OPEN_ADMIN_READS.contains(path) && !AdminReads.isPublic(path);
    }

    /** True if a browser says the request comes from a page of another origin than this server. */
    private boolean fromAnotherSite(HttpServletRequest request) {
        String self = request.getScheme() + "://" + request.getHeader("Host");
        String origin = request.getHeader("Origin");
        if ( origin != null )
            return !(origin.equalsIgnoreCase(self) || trustedOrigins.contains(origin));
        String site = request.getHeader("Sec-Fetch-Site");
        if ( site != null )
            return !(site.equals("same-origin") || site.equals("none"));
        String referer = request.getHeader("Referer");
        return referer != null && !(referer.regionMatches(true, 0, self + "/", 0, self.length() + 1)
                                     || referer.equalsIgnoreCase(self));
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
