/**
 * Language stage of the pipeline: text → {@link org.w3id.kechuang.nlp.Sentence}s (with offsets) →
 * {@link org.w3id.kechuang.nlp.Token}s (HanLP word, part-of-speech tag, offsets). HanLP's dictionary is static and
 * shared ({@link org.w3id.kechuang.nlp.ProjectDictionary}, installed once per JVM); a
 * {@link org.w3id.kechuang.nlp.Segmenter} is not thread-safe and belongs to one thread.
 */
package org.w3id.kechuang.nlp;
