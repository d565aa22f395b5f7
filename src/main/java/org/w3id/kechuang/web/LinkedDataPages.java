package org.w3id.kechuang.web;

import java.time.Duration;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The Linked Data front end, on the SPARQL server's port: every IRI of the graph dereferences
 * ({@code /resource/…}, {@code /article/…}, {@code /ontology}), plus an explorer for people
 * ({@code /browse}, {@code /search}, a graph view fed by {@code /graph}) and a VoID description
 * ({@code /.well-known/void}). Everything is a read-only GET; every query has the server's time limit.
 */
public final class LinkedDataPages {
    private LinkedDataPages() {}

    /**
     * Adds the pages to a Fuseki server being built.
     *
     * @param base where {@code https://w3id.org/kechuang/} is served, for the links the pages print;
     *             null for this server itself ({@code /})
     * @return {@code fb}
     */
    public static FusekiServer.Builder register(FusekiServer.Builder fb, DatasetGraph dataset, String base,
                                                Duration queryTimeout) {
        Links links = new Links(base);
        Sparql sparql = new Sparql(dataset, queryTimeout);
        Vocabulary vocabulary = new Vocabulary(sparql);
        LabelIndex index = new LabelIndex(sparql);
        EntityFacts facts = new EntityFacts(sparql);
        EntityPage entityPage = new EntityPage(vocabulary, links);
        ArticlePage articlePage = new ArticlePage(sparql, facts, vocabulary, index, links);
        OntologyPage ontologyPage = new OntologyPage(sparql, links);
        Description description = new Description(sparql);

        // One renderer for every IRI of the graph, by its namespace.
        ResourceServlet.HtmlRenderer pages = iri -> {
            if ( iri.equals(Description.ONTOLOGY_IRI) )
                return ontologyPage.render();
            if ( iri.startsWith(Links.W3ID + "article/") )
                return articlePage.render(iri);
            EntityView v = facts.load(iri);
            return v.isEmpty() ? Optional.empty() : Optional.of(entityPage.render(v));
        };
        for ( String path : new String[] { "/resource/*", "/article/*", "/ontology" } )
            fb.addServlet(path, new ResourceServlet(description, pages, links, false));
        fb.addServlet("/" + Links.LOOKUP, new ResourceServlet(description, pages, links, true));
        fb.addServlet("/browse/*", new BrowseServlet(sparql, vocabulary, links));
        fb.addServlet("/search", new SearchServlet(index, vocabulary, links));
        fb.addServlet("/graph", new GraphServlet(sparql, index, vocabulary, links));
        fb.addServlet("/assets/*", new AssetServlet());
        fb.addServlet("/.well-known/void", new VoidServlet(sparql, links));
        fb.addServlet(DumpServlet.PATH + "/*", new DumpServlet(sparql));
        return fb;
    }
}
