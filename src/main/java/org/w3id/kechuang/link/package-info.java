/**
 * Store-wide link jobs, after the article graphs are stored: {@link org.w3id.kechuang.link.ReferenceGraph}
 * writes what the reference data says beyond any article (place in province, ROR parent) into a named
 * graph of its own, and {@link org.w3id.kechuang.link.LinkReport} measures link coverage and lists
 * ambiguous names for curators. Both read the store, so they come after it in the pipeline.
 */
package org.w3id.kechuang.link;
