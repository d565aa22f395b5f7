package org.w3id.kechuang.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Query results that end as the client can trust: complete, or an error it can see.
 * <p>
 * Fuseki streams results as they are computed. When the time limit stops a query after rows went out,
 * it has already sent 200, so it appends a comment and ends the response normally — broken JSON or XML
 * that looks like success. Here the results are held back up to a bound: a query stopped within it
 * gets a plain 503 instead; past it the rows stream, and a stop then breaks the connection (no
 * final chunk), which every HTTP client reports as an error.
 */
final class CompleteResults implements Filter {

    private final Set<String> queryPaths;
    private final int holdBytes;

    /**
     * @param queryPaths paths of the query endpoints (e.g. "/kg", "/kg/sparql")
     * @param holdBytes  how much of a result is held back before it streams
     */
    CompleteResults(Set<String> queryPaths, int holdBytes) {
        this.queryPaths = Set.copyOf(queryPaths);
        this.holdBytes = holdBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if ( !queryPaths.contains(request.getRequestURI()) ) {
            chain.doFilter(req, resp);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) resp;
        HeldResponse held = new HeldResponse(response, holdBytes);
        chain.doFilter(req, held);
        if ( !held.failedAfterOutput() ) {
            held.release();
            return;
        }
        if ( !held.streaming() ) {
            response.reset();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "the query was stopped by the server's time limit before its results were complete");
            return;
        }
        // Rows went out under a 200: the only honest end left is a broken one.
        throw new IOException("query stopped after its results had started: response aborted");
    }

    /** Holds the body until it passes the bound; notes a failure status set after output began. */
    private static final class HeldResponse extends HttpServletResponseWrapper {
        private final HttpServletResponse response;
        private final int holdBytes;
        private final ByteArrayOutputStream held = new ByteArrayOutputStream();
        private ServletOutputStream real;
        private boolean wroteBody;
        /** Success was declared (Fuseki does so before it streams results). */
        private boolean succeeded;
        private boolean failedAfterOutput;
        private PrintWriter writer;
        private final ServletOutputStream stream = new ServletOutputStream() {
            @Override public boolean isReady() { return true; }
            @Override public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("blocking output only");
            }
            @Override public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }
            @Override public void write(byte[] b, int off, int len) throws IOException {
                if ( len > 0 )
                    wroteBody = true;
                if ( real != null ) {
                    real.write(b, off, len);
                    return;
                }
                held.write(b, off, len);
                if ( held.size() > holdBytes )
                    startStreaming();
            }
            @Override public void flush() throws IOException {
                // Held output is not flushed: that would send the status before the result is known.
                if ( real != null )
                    real.flush();
            }
        };

        HeldResponse(HttpServletResponse response, int holdBytes) {
            super(response);
            this.response = response;
            this.holdBytes = holdBytes;
        }

        private void startStreaming() throws IOException {
            real = response.getOutputStream();
            held.writeTo(real);
            held.reset();
        }

        boolean streaming() {
            return real != null;
        }

        boolean failedAfterOutput() {
            return failedAfterOutput;
        }

        void release() throws IOException {
            if ( writer != null )
                writer.flush();
            if ( real == null && held.size() > 0 ) {
                response.setContentLength(held.size());
                startStreaming();
            }
        }

        /**
         * A failure status after output, or after success was declared, is a query stopped mid-result
         * (Fuseki then writes a comment into the result); an error reported up front is an ordinary one.
         */
        private void noteStatus(int sc) {
            if ( sc >= 200 && sc < 300 )
                succeeded = true;
            else if ( sc >= 400 && (wroteBody || succeeded) )
                failedAfterOutput = true;
        }

        @Override
        public void setStatus(int sc) {
            noteStatus(sc);
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            noteStatus(sc);
            if ( !wroteBody )
                super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if ( writer == null )
                writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if ( real != null )
                real.flush();
        }
    }
}
