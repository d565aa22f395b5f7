/**
 * Extraction stage: an {@link org.w3id.kechuang.model.Article} in, {@link org.w3id.kechuang.model.ArticleFacts} out.
 * <p>
 * Stages, each with typed records between them: sentences and tokens (package {@code nlp}) →
 * {@link org.w3id.kechuang.extract.Mention}s and {@link org.w3id.kechuang.extract.TitleMention}s per sentence
 * ({@link org.w3id.kechuang.extract.MentionFinder}, built from small finders) → article-level resolution of short
 * forms and bare local bodies (AliasResolver) → bare words standing for a body named before (研究院, 该装置, 省里:
 * BackReferences) → relation rules, one small class per way of saying a relation
 * (PositionExtractor, VisitExtractor, MeetingExtractor, SupportExtractor, LocationExtractor,
 * EstablishmentExtractor, PartOfExtractor, FocusExtractor; the subject a clause leaves out is found by
 * ClauseSubjects) writing into a per-article EntityTable.
 * <p>
 * Word lists live in data files under {@code kechuang/gazetteer/}, each relation's trigger words and patterns in
 * {@code kechuang/rules/<relation>.tsv} (read by {@link org.w3id.kechuang.extract.RuleFile}), the reference data
 * under {@code kechuang/data/} (read once by {@code reference.ReferenceData}); the shared, immutable
 * {@link org.w3id.kechuang.extract.Gazetteer} holds the words. The rule passes run in the order
 * {@link org.w3id.kechuang.extract.RuleSequence} checks from what each requires and provides.
 * {@link org.w3id.kechuang.extract.HanlpExtractor} wires it together; use one per thread.
 */
package org.w3id.kechuang.extract;
