/**
 * Resolve stage of the pipeline, between extraction and the graph writer: each article's entities are
 * linked into open data and given one identity, before any IRI of ours is minted. The graph writer
 * ({@code rdf}) writes a {@link org.w3id.kechuang.resolve.ResolvedArticle}'s facts and links together;
 * the store-wide jobs (reference graph, link report) are the {@code link} stage's.
 *
 * <ul>
 *   <li>{@link org.w3id.kechuang.resolve.EntityLinker} matches a name exactly (after normalising widths,
 *       variant prefixes such as 中科院, and administrative suffixes) against the bundled ROR records, the
 *       places table and the curated table {@code reference/links.tsv}; a name of several records is linked
 *       only when the entity's class and the article's places single one out, else it yields
 *       {@link org.w3id.kechuang.resolve.Candidate}s and no link.</li>
 *   <li>{@link org.w3id.kechuang.resolve.ArticleResolver} rewrites an article's facts: a linked entity
 *       takes the record's Chinese name (its other names become alt names), a generic organisation the
 *       class its ROR type gives, and entities of one record are merged.</li>
 * </ul>
 * Everything here is immutable after loading and shared by the build's worker threads.
 */
package org.w3id.kechuang.resolve;
