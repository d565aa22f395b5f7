/**
 * The bundled reference data (places table, ROR extract, curated links) and the rules for reading names
 * in it (administrative suffixes, name prefixes, ROR type → class), parsed once into
 * {@link org.w3id.kechuang.reference.ReferenceData} and shared by the gazetteer ({@code extract}) and the
 * linker ({@code resolve}), so the two read the same rows by the same rules. Imports only {@code model}.
 */
package org.w3id.kechuang.reference;
