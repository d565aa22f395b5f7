package org.w3id.kechuang.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the project's example queries among the "Example Queries" buttons of the Fuseki UI.
 * <p>
 * The UI (jena-fuseki-ui) hard-codes its two examples in the query page's script and asks the
 * server for none, so the only way to offer ours there is to serve that script with our list
 * appended. The script's name is found the way the browser finds it (index.html, then the main
 * bundle); if the UI's layout is not the expected one the patch is skipped and the UI is served
 * unchanged — the queries stay reachable at {@code /queries/}.
 */
final class UiExamples {
    private UiExamples() {}

    private static final String UI_ROOT = "webapp/";
    private static final Pattern MAIN_BUNDLE = Pattern.compile("static/(index-[A-Za-z0-9_-]+\\.js)");
    private static final Pattern QUERY_PAGE = Pattern.compile("Query-[A-Za-z0-9_-]+\\.js");
    /** The UI's own example list: {@code queries:[{value:...,text:"..."},...]}. */
    private static final Pattern EXAMPLES = Pattern.compile("(queries:\\[\\{value:SELECT_TRIPLES_QUERY,text:\"[^\"]*\"\\}"
        + "(?:,\\{value:[A-Z_]+,text:\"[^\"]*\"\\})*)\\]");

    /** A servlet path and the patched script to serve there. */
    record Patch(String path, String script) {}

    /** The patched query-page script, or empty if there are no queries or the UI is not as expected. */
    static Optional<Patch> patch(List<ExampleQuery> queries) {
        if ( queries.isEmpty() )
            return Optional.empty();
        Optional<String> index = resource(UI_ROOT + "index.html");
        Optional<String> mainBundle = index.flatMap(html -> find(MAIN_BUNDLE, html, 1))
            .flatMap(name -> resource(UI_ROOT + "static/" + name));
        Optional<String> pageName = mainBundle.flatMap(js -> find(QUERY_PAGE, js, 0));
        if ( pageName.isEmpty() )
            return Optional.empty();
        Optional<String> page = resource(UI_ROOT + "static/" + pageName.get());
        if ( page.isEmpty() )
            return Optional.empty();
        Matcher m = EXAMPLES.matcher(page.get());
        if ( !m.find() )
            return Optional.empty();
        String patched = page.get().substring(0, m.end(1)) + "," + entries(queries) + page.get().substring(m.end(1));
        return Optional.of(new Patch("/static/" + pageName.get(), patched));
    }

    /** Our queries as the UI's entries, {@code {"value": text, "text": title}}, comma-separated. */
    private static String entries(List<ExampleQuery> queries) {
        ObjectMapper json = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        for ( ExampleQuery q : queries ) {
            if ( sb.length() > 0 )
                sb.append(',');
            try {
                sb.append(json.writeValueAsString(Map.of("value", q.text(), "text", q.title())));
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return sb.toString();
    }

    private static Optional<String> find(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(group)) : Optional.empty();
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = UiExamples.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Serves one patched script; not cached, so edited queries show after a restart. */
    static final class ScriptServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final String script;

        ScriptServlet(String script) {
            this.script = script;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/javascript; charset=utf-8");
            response.setHeader("Cache-Control", "no-cache");
            response.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
        }
    }
}
