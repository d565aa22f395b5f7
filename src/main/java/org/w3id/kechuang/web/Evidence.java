package org.w3id.kechuang.web;

/** The sentence a fact was read from, and its article (with the article's title and date, when known). */
record Evidence(String sentence, String article, String articleTitle, String date) {}
