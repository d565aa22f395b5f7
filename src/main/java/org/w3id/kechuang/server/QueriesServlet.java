package org.w3id.kechuang.server;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the example queries at {@code /queries/}: the index as JSON (or as an HTML page for
 * browsers, each query linked into the Fuseki UI's query editor) and each file as text.
 */
final class QueriesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/queries";

    private final transient List<ExampleQuery> queries;
    private final String datasetName;

    /** @param datasetName the dataset the UI links open the queries on, e.g. "kg" */
    QueriesServlet(List<ExampleQuery> queries, String datasetName) {
        this.queries = List.copyOf(queries);
        this.datasetName = datasetName;
    }

    /** The Fuseki UI (hash routing) opens its query editor with {@code ?query=} filled in. */
    static String uiLink(String datasetName, ExampleQuery query) {
        return "/#/dataset/" + datasetName + "/query?query="
            + URLEncoder.encode(query.text(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        if ( info == null || info.equals("/") ) {
            String accept = request.getHeader("Accept");
            if ( accept != null && accept.contains("text/html") )
                writeHtmlIndex(response);
            else
                writeJsonIndex(response);
            return;
        }
        String name = info.substring(1);
        for ( ExampleQuery query : queries ) {
            if ( query.name().equals(name) ) {
                write(response, "text/plain; charset=utf-8", query.text());
                return;
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND, "no example query named " + name);
    }

    private void writeJsonIndex(HttpServletResponse response) throws IOException {
        List<Map<String, String>> index = queries.stream().map(q -> {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", q.name());
            entry.put("title", q.title());
            entry.put("url", PATH + "/" + q.name());
            entry.put("ui", uiLink(datasetName, q));
            return entry;
        }).toList();
        write(response, "application/json; charset=utf-8", new ObjectMapper().writeValueAsString(index));
    }

    private void writeHtmlIndex(HttpServletResponse response) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Example queries</title></head><body>\n<h1>Example queries</h1>\n<ul>\n");
        for ( ExampleQuery q : queries ) {
            html.append("<li><a href=\"").append(escape(uiLink(datasetName, q))).append("\">")
                .append(escape(q.title())).append("</a> (<a href=\"").append(escape(PATH + "/" + q.name()))
                .append("\">").append(escape(q.name())).append("</a>)</li>\n");
        }
        html.append("</ul>\n</body></html>\n");
        write(response, "text/html; charset=utf-8", html.toString());
    }

    private static void write(HttpServletResponse response, String contentType, String body) throws IOException {
        response.setContentType(contentType);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
