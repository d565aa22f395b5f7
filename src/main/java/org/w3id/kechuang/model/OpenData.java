package org.w3id.kechuang.model;

/**
 * The namespaces of the open data sets entities are linked to. A link is an IRI from the moment it is
 * found (owl:sameAs writes it as it is), so linking needs these before any IRI of our own is minted.
 */
public final class OpenData {
    private OpenData() {}

    /** Wikidata items: this + Q-id. */
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    /** ROR records: this + ROR id (the data file's ids are already whole IRIs). */
    public static final String ROR = "https://ror.org/";
}
