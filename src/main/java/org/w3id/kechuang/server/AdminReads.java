package org.w3id.kechuang.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a read of the admin area answers once {@link AdminGuard} has let it through.
 * <ul>
 * <li>The dataset listing ({@code /$/server}, {@code /$/datasets}, {@code /$/datasets/kg}) is what the
 *     UI reads to find its query endpoint. Anonymous readers get the public part only: the dataset and
 *     its read endpoints, as the service description at {@code /kg} already says — no version, uptime,
 *     state or write endpoints. The admin gets Fuseki's own answer.</li>
 * <li>The dataset's statistics ({@code /$/stats/kg}), which the UI loads on every dataset page: for
 *     anonymous readers an empty record — no request counts — so no page asks a reader to log in.</li>
 * <li>Operations that only start tasks ({@code /$/backup}, {@code /$/compact}…) answer a GET with 405
 *     and say to POST, where Fuseki would fail with a server error.</li>
 * </ul>
 */
final class AdminReads implements Filter {

    private static final Set<String> LISTINGS = Set.of("/$/server", "/$/datasets");
    private static final String STATS = "/$/stats/";
    private static final List<String> POST_ONLY = List.of("/$/backup", "/$/compact", "/$/sleep", "/$/reload");

    private final String datasetPath;
    private final byte[] serverJson;
    private final byte[] datasetJson;
    private final byte[] statsJson;

    /**
     * @param datasetPath    e.g. "/kg"
     * @param queryEndpoints the dataset's query endpoint names, the UI's choice first ("sparql", …, "")
     * @param readEndpoints  its Graph Store read endpoint names
     */
    AdminReads(String datasetPath, List<String> queryEndpoints, List<String> readEndpoints) {
        this.datasetPath = datasetPath;
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("ds.name", datasetPath);
        dataset.put("ds.state", true);
        List<Object> services = new ArrayList<>();
        services.add(service("query", "SPARQL Query", queryEndpoints));
        services.add(service("gsp-r", "Graph Store Protocol (Read)", readEndpoints));
        dataset.put("ds.services", services);
        ObjectMapper json = new ObjectMapper();
        try {
            this.datasetJson = json.writeValueAsBytes(dataset);
            this.serverJson = json.writeValueAsBytes(Map.of("datasets", List.of(dataset)));
            this.statsJson = json.writeValueAsBytes(Map.of("datasets", Map.of(datasetPath, Map.of("endpoints", Map.of()))));
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Admin-area paths that anonymous readers may GET (their public part). */
    static boolean isPublic(String path) {
        return LISTINGS.contains(path) || path.startsWith("/$/datasets/") || path.startsWith(STATS);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String method = request.getMethod();
        String path = request.getRequestURI();
        boolean read = method.equals("GET") || method.equals("HEAD");
        if ( read && POST_ONLY.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/")) ) {
            response.setHeader("Allow", "POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, path + " starts a task: use POST");
            return;
        }
        if ( read && isPublic(path) && !AdminGuard.USER.equals(request.getRemoteUser()) ) {
            String named = path.startsWith(STATS) ? path.substring(STATS.length() - 1)
                : path.startsWith("/$/datasets/") ? path.substring("/$/datasets".length()) : null;
            if ( named != null && !named.equals(datasetPath) ) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such dataset: " + named);
                return;
            }
            byte[] body = path.startsWith(STATS) ? statsJson : named != null ? datasetJson : serverJson;
            response.setContentType("application/json; charset=utf-8");
            response.setHeader("Cache-Control", "no-cache");
            response.setContentLength(body.length);
            if ( method.equals("GET") )
                response.getOutputStream().write(body);
            return;
        }
        chain.doFilter(req, resp);
    }

    private static Map<String, Object> service(String type, String description, List<String> endpoints) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("srv.type", type);
        s.put("srv.description", description);
        s.put("srv.endpoints", endpoints);
        return s;
    }
}
