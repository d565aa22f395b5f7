package org.w3id.kechuang.server;

import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Which remote endpoints a query's {@code SERVICE} may call: none unless the operator listed them.
 * <p>
 * Without this, any anonymous query makes the server fetch any URL it names, loopback and private
 * addresses included (server-side request forgery), and Jena's error echoes the start of the response.
 * The check runs first in the service chain, on the IRI after variables are bound, so
 * {@code SERVICE ?x} cannot slip past it. An allowed endpoint's failure is reported by status only,
 * never with the body it sent.
 */
final class ServicePolicy implements ChainingServiceExecutor {

    private final List<String> allowed;

    /** @param allowed endpoint URLs a query may call, compared exactly (no prefix, no wildcard) */
    ServicePolicy(List<String> allowed) {
        for ( String url : allowed ) {
            String lower = url.toLowerCase(Locale.ROOT);
            if ( !(lower.startsWith("http://") || lower.startsWith("https://")) )
                throw new ServerException("not an http(s) endpoint to allow for SERVICE: '" + url + "'");
        }
        this.allowed = List.copyOf(allowed);
    }

    /** Puts this policy in front of the service executors used by queries run with {@code context}. */
    void install(Context context) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addSingleLink(this);
        ServiceExecutorRegistry.set(context, registry);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        Node service = opExecute.getService();
        String iri = service.isURI() ? service.getURI() : null;
        if ( iri == null || !allowed.contains(iri) ) {
            String shown = iri != null ? "<" + iri + ">" : "with an unbound endpoint";
            // An HTTP-status exception: Fuseki answers with its status (a client error), not a 500.
            throw new QueryExceptionHTTP(403, "SERVICE " + shown + " is not allowed on this server"
                + (allowed.isEmpty() ? " (federated queries are off; the operator enables them with --allow-service)"
                                     : " (allowed: " + String.join(", ", allowed) + ")"));
        }
        try {
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        } catch (QueryExceptionHTTP ex) {
            throw remoteFailure(iri, "HTTP " + ex.getStatusCode());
        } catch (HttpException ex) {
            throw remoteFailure(iri, "HTTP " + ex.getStatusCode());
        } catch (RuntimeException ex) {
            // Connection errors and the like: the kind of failure only, no text from the remote side.
            throw remoteFailure(iri, ex.getClass().getSimpleName());
        }
    }

    /** 502: the remote endpoint failed; what it said is not passed on. */
    private static QueryExceptionHTTP remoteFailure(String iri, String what) {
        return new QueryExceptionHTTP(502, "SERVICE <" + iri + "> failed: " + what);
    }
}
