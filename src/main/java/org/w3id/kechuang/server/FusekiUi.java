package org.w3id.kechuang.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * The changes this server makes to the standard Fuseki UI (jena-fuseki-ui), each served in place of
 * the UI's own file:
 * <ul>
 * <li>the project's example queries among the query page's "Example Queries" buttons — the UI
 *     hard-codes its two examples in the page's script and asks the server for none;</li>
 * <li>prefix completion from this server ({@value #PREFIXES_PATH}) instead of prefix.cc, so the UI
 *     works offline and tells no third party what is typed;</li>
 * <li>a stylesheet that hides, on a read-only server, what the mode forbids (new dataset, remove,
 *     backup, upload, edit, tasks, statistics) rather than offering buttons that fail.</li>
 * </ul>
 * Scripts are found the way the browser finds them (index.html, then the main bundle); if the UI's
 * layout is not the expected one a change is skipped and the UI is served as it is.
 */
final class FusekiUi {
    private FusekiUi() {}

    static final String PREFIXES_PATH = "/kechuang-ui/prefixes.json";
    static final String STYLESHEET_PATH = "/kechuang-ui/kechuang.css";

    private static final String UI_ROOT = "webapp/";
    private static final Pattern MAIN_BUNDLE = Pattern.compile("static/(index-[A-Za-z0-9_-]+\\.js)");
    private static final Pattern QUERY_PAGE = Pattern.compile("Query-[A-Za-z0-9_-]+\\.js");
    /** The UI's own example list: {@code queries:[{value:...,text:"..."},...]}. */
    private static final Pattern EXAMPLES = Pattern.compile("(queries:\\[\\{value:SELECT_TRIPLES_QUERY,text:\"[^\"]*\"\\}"
        + "(?:,\\{value:[A-Z_]+,text:\"[^\"]*\"\\})*)\\]");
    /** YASQE's prefix service, a protocol-relative URL built in the script. */
    private static final Pattern PREFIX_CC = Pattern.compile(
        "\\(window\\.location\\.protocol\\.indexOf\\(\"http\"\\)===0\\?\"//\":\"http://\"\\)\\+\"prefix\\.cc/popular/all\\.file\\.json\"");
    private static final String HEAD_END = "</head>";

    /** What the read-only UI hides: every control whose request the server would refuse. */
    private static final String READ_ONLY_CSS = """
        /* Read-only server: controls for changes and admin reads are hidden (their requests are refused). */
        a[href="#/manage"], a[href="#/manage/new"], a[href="#/manage/tasks"],
        a[href$="/upload"], a[href$="/edit"], a[href$="/info"],
        .dataset-remove, .dataset-backup, .dataset-add-data, .dataset-info { display: none !important; }
        """;

    /** A path of the UI and what is served there instead of the UI's file. */
    record Patch(String path, String contentType, String content) {}

    /** The patches for this server: examples, local prefixes, and the mode's stylesheet. */
    static List<Patch> patches(List<ExampleQuery> queries, Map<String, String> prefixes, boolean readOnly) {
        List<Patch> patches = new ArrayList<>();
        Optional<String> index = resource(UI_ROOT + "index.html");
        index.filter(html -> html.contains(HEAD_END)).ifPresent(html -> {
            String linked = html.replace(HEAD_END,
                "<link rel=\"stylesheet\" href=\"." + STYLESHEET_PATH + "\">\n  " + HEAD_END);
            patches.add(new Patch("/index.html", "text/html; charset=utf-8", linked));
            patches.add(new Patch("", "text/html; charset=utf-8", linked));
        });
        patches.add(new Patch(STYLESHEET_PATH, "text/css; charset=utf-8", readOnly ? READ_ONLY_CSS : "/* read-write */\n"));
        patches.add(new Patch(PREFIXES_PATH, "application/json; charset=utf-8", json(prefixes)));
        queryPage(queries).ifPresent(patches::add);
        return patches;
    }

    private static Optional<Patch> queryPage(List<ExampleQuery> queries) {
        Optional<String> mainBundle = resource(UI_ROOT + "index.html").flatMap(html -> find(MAIN_BUNDLE, html, 1))
            .flatMap(name -> resource(UI_ROOT + "static/" + name));
        Optional<String> pageName = mainBundle.flatMap(js -> find(QUERY_PAGE, js, 0));
        Optional<String> page = pageName.flatMap(name -> resource(UI_ROOT + "static/" + name));
        if ( page.isEmpty() )
            return Optional.empty();
        String script = PREFIX_CC.matcher(page.get()).replaceFirst(Matcher.quoteReplacement("\"" + PREFIXES_PATH + "\""));
        Matcher m = EXAMPLES.matcher(script);
        if ( !queries.isEmpty() && m.find() )
            script = script.substring(0, m.end(1)) + "," + entries(queries) + script.substring(m.end(1));
        return Optional.of(new Patch("/static/" + pageName.get(), "text/javascript; charset=utf-8", script));
    }

    /** Our queries as the UI's entries, {@code {"value": text, "text": title}}, comma-separated. */
    private static String entries(List<ExampleQuery> queries) {
        StringBuilder sb = new StringBuilder();
        for ( ExampleQuery q : queries ) {
            if ( sb.length() > 0 )
                sb.append(',');
            sb.append(json(Map.of("value", q.text(), "text", q.title())));
        }
        return sb.toString();
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Optional<String> find(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(group)) : Optional.empty();
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = FusekiUi.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Serves one patched file; not cached, so edited queries show after a restart. */
    static final class PatchServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final Patch patch;

        PatchServlet(Patch patch) {
            this.patch = patch;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType(patch.contentType());
            response.setHeader("Cache-Control", "no-cache");
            response.getOutputStream().write(patch.content().getBytes(StandardCharsets.UTF_8));
        }
    }
}
