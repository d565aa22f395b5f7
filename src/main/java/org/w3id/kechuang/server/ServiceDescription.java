package org.w3id.kechuang.server;

import java.util.List;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.server.Dispatcher;
import org.apache.jena.fuseki.server.DispatchFunction;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.vocabulary.RDF;
import org.w3id.kechuang.rdf.KC;

/**
 * SPARQL 1.1 Service Description: a plain {@code GET /kg} (no query string) describes the
 * service — its query endpoints, languages, result formats and the union default graph —
 * in Turtle or any RDF syntax asked for with {@code Accept}.
 * <p>
 * Fuseki has no such operation; this one is registered as an extra operation on the
 * dataset's own URL, chosen only for read requests without parameters, so {@code ?query=},
 * {@code ?default} and {@code ?graph=} requests on {@code /kg} work as in any Fuseki.
 * (Not on {@code /kg/sparql} as well: Fuseki's statistics, which the UI reads, expect one
 * operation per named endpoint.)
 */
final class ServiceDescription extends BaseActionREST {

    static final Operation OPERATION = Operation.alloc(KC.SD + "Service", "service-description",
        "SPARQL 1.1 Service Description");

    /** Plain GET/HEAD on the dataset URL goes to the description; anything else as Fuseki would. */
    static final DispatchFunction CHOOSER = (action, endpoints) -> {
        String method = action.getRequestMethod();
        boolean plainRead = (method.equals("GET") || method.equals("HEAD"))
            && action.getRequest().getQueryString() == null;
        return plainRead && endpoints.contains(OPERATION) ? OPERATION : Dispatcher.selectPlainOperation(action, endpoints);
    };

    private final List<String> queryEndpoints;
    private final boolean updatable;

    /** @param queryEndpoints endpoint names under the dataset URL, e.g. "sparql" */
    ServiceDescription(List<String> queryEndpoints, boolean updatable) {
        this.queryEndpoints = List.copyOf(queryEndpoints);
        this.updatable = updatable;
    }

    @Override
    protected void doGet(HttpAction action) {
        MediaType mediaType = ActionLib.contentNegotation(action, DEF.rdfOffer, DEF.acceptTurtle);
        ServletOps.success(action);
        Lang lang = mediaType == null ? Lang.TURTLE : RDFLanguages.contentTypeToLang(mediaType.getContentTypeStr());
        ActionLib.graphResponse(action, describe(datasetUrl(action)), lang == null ? Lang.TURTLE : lang);
    }

    @Override
    protected void doHead(HttpAction action) {
        ActionLib.contentNegotation(action, DEF.rdfOffer, DEF.acceptTurtle);
        ServletOps.success(action);
    }

    @Override
    protected void doOptions(HttpAction action) {
        ActionLib.doOptionsGetHead(action);
    }

    private static String datasetUrl(HttpAction action) {
        String url = action.getRequest().getRequestURL().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    Graph describe(String datasetUrl) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", KC.SD);
        m.setNsPrefix("formats", KC.FORMATS);
        for ( String name : queryEndpoints ) {
            Resource service = m.createResource(datasetUrl + "/" + name + "#service")
                .addProperty(RDF.type, m.createResource(KC.SD + "Service"))
                .addProperty(m.createProperty(KC.SD, "endpoint"), m.createResource(datasetUrl + "/" + name))
                .addProperty(m.createProperty(KC.SD, "supportedLanguage"), m.createResource(KC.SD + "SPARQL11Query"))
                // The default graph is the union of the named graphs (one per article).
                .addProperty(m.createProperty(KC.SD, "feature"), m.createResource(KC.SD + "UnionDefaultGraph"));
            if ( updatable )
                service.addProperty(m.createProperty(KC.SD, "supportedLanguage"), m.createResource(KC.SD + "SPARQL11Update"));
            for ( String format : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                                          "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML") )
                service.addProperty(m.createProperty(KC.SD, "resultFormat"), m.createResource(KC.FORMATS + format));
            Resource dataset = m.createResource()
                .addProperty(RDF.type, m.createResource(KC.SD + "Dataset"))
                .addProperty(m.createProperty(KC.SD, "defaultGraph"),
                             m.createResource().addProperty(RDF.type, m.createResource(KC.SD + "Graph")));
            service.addProperty(m.createProperty(KC.SD, "defaultDataset"), dataset);
        }
        return m.getGraph();
    }

}
