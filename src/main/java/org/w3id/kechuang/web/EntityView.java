package org.w3id.kechuang.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Everything an entity page shows, read from the graph by {@link EntityFacts}. */
final class EntityView {
    final Ref self;
    final Set<String> altLabels = new TreeSet<>();
    final Set<String> sameAs = new TreeSet<>();
    String lat;
    String lon;
    /** Literal-valued properties (kc:date, kc:title, dct:issued…) by property IRI. */
    final Map<String, Set<String>> attributes = new TreeMap<>();
    /** Relations out, by property IRI, then by the other end. */
    final Map<String, Map<String, Fact>> out = new TreeMap<>();
    /** Relations in, by property IRI, then by the subject. */
    final Map<String, Map<String, Fact>> in = new TreeMap<>();
    final Map<String, Ref> mentionedIn = new LinkedHashMap<>();
    final Map<String, String> articleDates = new LinkedHashMap<>();
    final List<PositionRow> positions = new ArrayList<>();
    final List<TimelineRow> timeline = new ArrayList<>();
    /** More statements than a page reads ({@link EntityFacts#ROW_LIMIT} per direction): some are not listed. */
    boolean truncated;

    EntityView(String iri) {
        this.self = new Ref(iri);
    }

    boolean isEmpty() {
        return self.zh == null && self.en == null && self.classes.isEmpty() && out.isEmpty() && in.isEmpty()
            && attributes.isEmpty() && mentionedIn.isEmpty();
    }

    boolean is(String localClass) {
        return self.classes.contains(Vocabulary.KC + localClass);
    }

    /** A post held, as stated on a date. */
    record PositionRow(Ref position, String title, Ref organization, String asOf) {}

    /** A visit or meeting a person took part in, with the part taken and the places visited. */
    record TimelineRow(String date, Ref event, String role, List<Ref> sites) {}
}
