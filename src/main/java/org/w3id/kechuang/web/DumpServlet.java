package org.w3id.kechuang.web;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.system.Txn;

/**
 * The data dumps the VoID names: {@code /dumps/kechuang.trig} and {@code /dumps/kechuang.nq}, every
 * named graph with the evidence reifiers, streamed from the store: the same content as
 * {@code kechuang export --format trig|nq}.
 */
final class DumpServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/dumps";

    private final transient Sparql sparql;

    DumpServlet(Sparql sparql) {
        this.sparql = sparql;
    }

    static String extension(Format f) {
        return f == Format.TURTLE ? "trig" : "nq";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo();
        RDFFormat format = switch ( name ) {
            case "/kechuang.trig" -> RDFFormat.TRIG_BLOCKS;
            case "/kechuang.nq" -> RDFFormat.NQUADS;
            default -> null;
        };
        if ( format == null ) {
            response.sendError(404, "dumps: kechuang.trig, kechuang.nq");
            return;
        }
        response.setContentType((format == RDFFormat.NQUADS ? "application/n-quads" : "application/trig") + "; charset=utf-8");
        OutputStream out = response.getOutputStream();
        // Streamed, so a large store is not held in memory.
        Txn.executeRead(sparql.dataset(), () -> {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, format);
            w.start();
            StreamRDFOps.sendPrefixesToStream(PrefixMapFactory.create(org.w3id.kechuang.rdf.KC.prefixes()), w);
            sparql.dataset().find().forEachRemaining(w::quad);
            w.finish();
        });
    }
}
