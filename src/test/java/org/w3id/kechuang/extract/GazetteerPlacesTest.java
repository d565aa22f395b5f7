package org.w3id.kechuang.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The places table gives some Wikidata items to unrelated places as well (the item of a provincial
 * capital also to small towns elsewhere): a capital keeps its own name, and the towns keep theirs.
 */
class GazetteerPlacesTest {

    @Test
    void aPlaceIsNeverRenamedAfterAnotherPlaceThatSharesItsItem() {
        Gazetteer g = Gazetteer.shared();
        assertEquals("南京市", g.lookup("南京").orElseThrow().canonical());
        assertEquals("南京市", g.lookup("南京市").orElseThrow().canonical());
        assertEquals("广州市", g.lookup("广州").orElseThrow().canonical(), "a suffix alone still makes one place");
    }
}
