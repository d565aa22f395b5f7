package org.w3id.kechuang.extract;

/** A post or title word in a sentence (副部长, 院士) with where it is held, per the titles data file. */
public record TitleMention(String text, Gazetteer.TitleScope scope, int start, int end) {
}
