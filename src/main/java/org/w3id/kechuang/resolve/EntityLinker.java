package org.w3id.kechuang.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.w3id.kechuang.extract.Entity;
import org.w3id.kechuang.extract.EntityType;
import org.w3id.kechuang.rdf.KC;

/**
 * Links entities to open data: organisations and facilities to ROR (and the Wikidata item ROR gives), places to the
 * places table (Wikidata, English name, coordinates). Matching is exact on the normalised Chinese
 * name — for places also with or without the administrative suffix — and a name that denotes more than
 * one thing gets no link: a missing link is better than a wrong one.
 *
 * <p>Immutable and thread-safe; {@link #standard()} loads the bundled data once.
 */
public final class EntityLinker {
    static final String ROR_RESOURCE = "/kechuang/data/ror-cn.jsonl";
    static final String PLACES_RESOURCE = "/kechuang/data/places-cn.tsv";
    static final String SUFFIXES_RESOURCE = "/kechuang/resolve/place-suffixes.txt";

    private final RorIndex ror;
    private final PlaceIndex places;

    EntityLinker(RorIndex ror, PlaceIndex places) {
        this.ror = ror;
        this.places = places;
    }

    /** The linker over the data files bundled in the jar, loaded on first use. */
    public static EntityLinker standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final EntityLinker INSTANCE = new EntityLinker(
                RorIndex.read(open(ROR_RESOURCE), ROR_RESOURCE),
                PlaceIndex.read(open(PLACES_RESOURCE), PLACES_RESOURCE, lines(SUFFIXES_RESOURCE)));
    }

    /**
     * The link for the entity, or empty when it is not an organisation, facility or place, is unknown,
     * or is ambiguous. Organisations match ROR records, facilities ROR records of type facility, places
     * the places table.
     */
    public Optional<Link> link(Entity entity) {
        String name = NameNormalizer.normalize(entity.name());
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (entity.type().isOrganization()) {
            return linkOrganization(name, List.of());
        }
        if (entity.type() == EntityType.FACILITY) {
            // ROR also registers large facilities (上海光源); only those records may match a facility.
            return linkOrganization(name, List.of("facility"));
        }
        if (entity.type() == EntityType.PLACE) {
            return linkPlace(name);
        }
        return Optional.empty();
    }

    /** @param requiredTypes ROR types the record must have, or empty for any */
    private Optional<Link> linkOrganization(String name, List<String> requiredTypes) {
        List<RorRecord> found = ror.find(name);
        if (found.size() != 1) {
            return Optional.empty();
        }
        RorRecord r = found.get(0);
        if (!r.types().containsAll(requiredTypes)) {
            return Optional.empty();
        }
        List<String> sameAs = new ArrayList<>(2);
        // ROR lists the organisation's main item first; later ones are often sub-entities or duplicates.
        r.wikidata().stream().filter(q -> q.matches("Q[0-9]+")).findFirst()
                .ifPresent(q -> sameAs.add(KC.WIKIDATA + q));
        if (r.id().matches("https://ror\\.org/0[a-z0-9]{6}[0-9]{2}")) {
            sameAs.add(r.id());
        }
        return Optional.of(new Link(sameAs, r.englishName(), null, null, r.types(), null));
    }

    private Optional<Link> linkPlace(String name) {
        Map<String, List<PlaceRecord>> found = places.candidates(name);
        List<PlaceRecord> place = pick(found);
        if (place == null) {
            return Optional.empty();
        }
        PlaceRecord p = place.stream().filter(r -> r.wikidata() != null).findFirst().orElse(place.get(0));
        List<String> sameAs = p.wikidata() == null ? List.of() : List.of(KC.WIKIDATA + p.wikidata());
        return Optional.of(new Link(sameAs, p.englishName(), p.latitude(), p.longitude(), List.of(),
                p.isTopLevel() ? null : p.parent()));
    }

    /**
     * One place, or null. Several places are resolved only in one case: a province or municipality and
     * places inside it that bear its name (北京市 and its seat 北京) — the name means the top-level one.
     */
    private static List<PlaceRecord> pick(Map<String, List<PlaceRecord>> found) {
        if (found.size() == 1) {
            return found.values().iterator().next();
        }
        List<List<PlaceRecord>> top = found.values().stream().filter(g -> g.get(0).isTopLevel())
                .collect(Collectors.toList());
        if (top.size() != 1) {
            return null;
        }
        String topName = top.get(0).get(0).name();
        boolean othersInside = found.values().stream()
                .allMatch(g -> g.get(0).isTopLevel() || g.get(0).parent().equals(topName));
        return othersInside ? top.get(0) : null;
    }

    private static InputStream open(String resource) {
        InputStream in = EntityLinker.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " on the class path");
        }
        return in;
    }

    /** Non-blank lines of a resource, without # comments. */
    static List<String> lines(String resource) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
