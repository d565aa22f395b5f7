package org.w3id.kechuang.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;

/** The representations a page offers, and the choice among them by {@code Accept} or {@code ?format=}. */
enum Format {
    HTML("text/html", "html", null),
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_BLOCKS),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML);

    final String mediaType;
    final String extension;
    final RDFFormat rdf;

    Format(String mediaType, String extension, RDFFormat rdf) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.rdf = rdf;
    }

    /** JSON-LD and RDF/XML are RDF 1.1: they cannot carry the evidence reifiers' triple terms. */
    boolean holdsTripleTerms() {
        return this == TURTLE || this == NTRIPLES;
    }

    static List<Format> rdfFormats() {
        return List.of(TURTLE, NTRIPLES, JSONLD, RDFXML);
    }

    /**
     * {@code ?format=ttl} wins; otherwise the Accept header's most preferred type we have (q-values,
     * then the header's order). No header, or only wildcards, gives HTML: what a browser or a bare curl
     * is shown. Empty when nothing acceptable is offered (406).
     */
    static Optional<Format> choose(String accept, String formatParam) {
        if ( formatParam != null && !formatParam.isBlank() ) {
            for ( Format f : values() )
                if ( f.extension.equalsIgnoreCase(formatParam.strip()) )
                    return Optional.of(f);
            return Optional.empty();
        }
        if ( accept == null || accept.isBlank() )
            return Optional.of(HTML);
        Format best = null;
        double bestQ = 0;
        for ( String range : accept.split(",") ) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            double q = quality(parts);
            Format f = byMediaType(type);
            if ( f != null && q > bestQ ) {
                best = f;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Format byMediaType(String type) {
        return switch ( type ) {
            case "text/html", "application/xhtml+xml", "*/*", "text/*" -> HTML;
            case "text/turtle", "application/x-turtle" -> TURTLE;
            case "application/n-triples" -> NTRIPLES;
            case "application/ld+json", "application/json" -> JSONLD;
            case "application/rdf+xml" -> RDFXML;
            default -> null;
        };
    }

    private static double quality(String[] parts) {
        for ( int i = 1; i < parts.length; i++ ) {
            String p = parts[i].strip();
            if ( p.startsWith("q=") ) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        // A wildcard without q loses to any named type of the same header.
        return parts[0].contains("*") ? 0.01 : 1;
    }

    static String offered() {
        List<String> types = new ArrayList<>();
        for ( Format f : values() )
            types.add(f.mediaType);
        return String.join(", ", types);
    }
}
