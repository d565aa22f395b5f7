package org.w3id.kechuang.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The pages' stylesheet and scripts, vendored libraries included, from the jar: nothing is fetched from a CDN. */
final class AssetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String ROOT = "kechuang/web/";
    private static final Map<String, String> TYPES = Map.of(
        "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "png", "image/png");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String ext = path == null ? "" : path.substring(path.lastIndexOf('.') + 1);
        // Only known file types, and no way out of the folder.
        if ( path == null || path.contains("..") || !TYPES.containsKey(ext) ) {
            response.sendError(404);
            return;
        }
        try ( InputStream in = AssetServlet.class.getClassLoader().getResourceAsStream(ROOT + path.substring(1)) ) {
            if ( in == null ) {
                response.sendError(404);
                return;
            }
            response.setContentType(TYPES.get(ext));
            response.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }
}
