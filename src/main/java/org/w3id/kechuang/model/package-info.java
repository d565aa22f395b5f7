/**
 * The records the pipeline stages hand each other: an {@link org.w3id.kechuang.model.Article}, the
 * entities, facts and positions read from it ({@link org.w3id.kechuang.model.ArticleFacts}), and the
 * schema's classes and relations. Beneath every stage; imports nothing of the project.
 */
package org.w3id.kechuang.model;
