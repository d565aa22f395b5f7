package org.w3id.kechuang.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Links printed on the pages, and request paths read back as the graph's IRIs. */
class LinksTest {
    static final String LI_QIANG = Links.W3ID + "resource/person/李强";

    @Test
    void byDefaultLinksStayOnThisServer() {
        Links links = new Links(null);
        assertEquals("/resource/person/李强", links.href(LI_QIANG));
        assertEquals("/ontology#Person", links.href("https://w3id.org/kechuang/ontology#Person"));
        assertEquals("http://www.wikidata.org/entity/Q525169", links.href("http://www.wikidata.org/entity/Q525169"));
    }

    @Test
    void aBaseMintsLinksThere() {
        assertEquals(LI_QIANG, new Links("https://w3id.org/kechuang/").href(LI_QIANG));
        assertEquals("/search", new Links("https://w3id.org/kechuang/").page("search"), "pages stay on this server");
        assertEquals("https://kg.example.org/kc/resource/person/李强", new Links("https://kg.example.org/kc").href(LI_QIANG));
        assertEquals("https://kg.example.org/kc/search", new Links("https://kg.example.org/kc").page("search"));
    }

    @Test
    void pathsAreReadInTheFormIrisAreMintedIn() {
        // Browsers send UTF-8 escapes, in either case; the minter keeps Chinese and ( ) plain, <, > and / escaped.
        assertEquals(LI_QIANG, Links.iriOfPath("/resource/person/%E6%9D%8E%E5%BC%BA"));
        assertEquals(LI_QIANG, Links.iriOfPath("/resource/person/%e6%9d%8e%e5%bc%ba"));
        assertEquals(Links.W3ID + "resource/org/%3Cb%3E(x)", Links.iriOfPath("/resource/org/%3cb%3e%28x%29"));
    }

    @Test
    void anEscapedSlashGoesThroughLookup() {
        String iri = Links.W3ID + "resource/org/A%2FB";
        assertEquals("/lookup?iri=https%3A%2F%2Fw3id.org%2Fkechuang%2Fresource%2Forg%2FA%252FB", new Links(null).href(iri));
        assertEquals("/lookup?iri=x&format=ttl", Links.withFormat("/lookup?iri=x", "ttl"));
        assertEquals("/resource/a?format=ttl", Links.withFormat("/resource/a", "ttl"));
    }
}
