package org.w3id.kechuang.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryCancelledException;

/**
 * The graph's IRIs, dereferenced: {@code /resource/…}, {@code /article/…} and {@code /ontology} answer
 * with Turtle, N-Triples, JSON-LD, RDF/XML or HTML by content negotiation ({@code ?format=} overrides).
 * The IRI looked up is the path under {@code https://w3id.org/kechuang/}, wherever the server runs.
 */
final class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Description description;
    private final transient HtmlRenderer html;
    private final transient Links links;
    private final boolean byParameter;

    /** Renders the HTML page of an IRI, or empty when the graph has nothing about it. */
    interface HtmlRenderer {
        Optional<String> render(String iri);
    }

    /**
     * @param byParameter the IRI is the {@code ?iri=} parameter ({@code /lookup}), not the request path
     */
    ResourceServlet(Description description, HtmlRenderer html, Links links, boolean byParameter) {
        this.byParameter = byParameter;
        this.description = description;
        this.html = html;
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String iri = byParameter ? request.getParameter("iri")
            : Links.iriOfPath(request.getRequestURI().substring(request.getContextPath().length()));
        if ( iri == null || !iri.startsWith(Links.W3ID) ) {
            Pages.html(response, 404, Pages.notFound(links, String.valueOf(iri), ""));
            return;
        }
        response.setHeader("Vary", "Accept");
        Optional<Format> format = Format.choose(request.getHeader("Accept"), request.getParameter("format"));
        if ( format.isEmpty() ) {
            Pages.send(response, 406, "text/plain; charset=utf-8", "Not acceptable: this IRI is offered as " + Format.offered() + "\n");
            return;
        }
        try {
            if ( format.get() == Format.HTML ) {
                Optional<String> page = html.render(iri);
                if ( page.isPresent() )
                    Pages.send(response, 200, "text/html; charset=utf-8", page.get());
                else
                    Pages.html(response, 404, Pages.notFound(links, iri, lastSegment(iri)));
                return;
            }
            Graph g = description.of(iri);
            if ( g.isEmpty() ) {
                Pages.html(response, 404, Pages.notFound(links, iri, lastSegment(iri)));
                return;
            }
            response.setStatus(200);
            response.setContentType(format.get().mediaType + (format.get() == Format.RDFXML ? "" : "; charset=utf-8"));
            Description.write(g, format.get(), response.getOutputStream());
        } catch (QueryCancelledException e) {
            Pages.send(response, 503, "text/plain; charset=utf-8", "The page's query took longer than the time limit.\n");
        }
    }

    private static String lastSegment(String iri) {
        String tail = iri.substring(iri.lastIndexOf('/') + 1);
        try {
            return java.net.URLDecoder.decode(tail.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return tail;
        }
    }
}
