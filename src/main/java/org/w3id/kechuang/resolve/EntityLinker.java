package org.w3id.kechuang.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.w3id.kechuang.model.Entity;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.OpenData;
import org.w3id.kechuang.reference.NameNormalizer;
import org.w3id.kechuang.reference.ReferenceData;
import org.w3id.kechuang.reference.RorTypes;

/**
 * Links entities to open data: organisations and facilities to ROR (and the Wikidata item ROR gives), places to the
 * places table (Wikidata, English name, coordinates), and well-known entities of any class to the repo's
 * curated table. Matching is exact on the normalised Chinese name — for places also with or without the
 * administrative suffix, for organisations after rewriting variant prefixes (中科院, 中华人民共和国) and
 * as a nested name under a ROR parent. A name that denotes more than one thing is linked only when the
 * entity's class and the article's places single one out; otherwise it gets no link and its candidates
 * are reported: a missing link is better than a wrong one.
 *
 * <p>Immutable and thread-safe; {@link #standard()} loads the bundled data once.
 */
public final class EntityLinker {
    private final RorIndex ror;
    private final PlaceIndex places;
    private final CuratedLinks curated;
    private final RorTypes rorTypes;

    private EntityLinker(RorIndex ror, PlaceIndex places, CuratedLinks curated, RorTypes rorTypes) {
        this.ror = ror;
        this.places = places;
        this.curated = curated;
        this.rorTypes = rorTypes;
    }

    /** The linker over this reference data. */
    public static EntityLinker of(ReferenceData data) {
        return new EntityLinker(RorIndex.of(data.ror(), data.nameVariants()),
                PlaceIndex.of(data.places(), data.placeSuffixes()), CuratedLinks.of(data.curated()), data.rorTypes());
    }

    /** The linker over the data files bundled in the jar, loaded on first use. */
    public static EntityLinker standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final EntityLinker INSTANCE = of(ReferenceData.shared());
    }

    /**
     * The link for the entity by its name alone, or empty when it is not an organisation, facility or
     * place and not in the curated table, is unknown, or is ambiguous.
     */
    public Optional<Link> link(Entity entity) {
        return Optional.ofNullable(resolve(entity, LinkContext.NONE).link());
    }

    /**
     * Links the entity, using the article's places to choose among records of one name. Organisations
     * match ROR records, facilities ROR records of type facility, places the places table; the curated
     * table comes first for every class.
     */
    public Resolution resolve(Entity entity, LinkContext context) {
        String name = NameNormalizer.normalize(entity.name());
        if (name.isEmpty() || entity.type().isEvent()) {
            return Resolution.NONE;
        }
        Link fromTable = curated.find(name, entity.type());
        if (fromTable != null) {
            return Resolution.linked(fromTable);
        }
        if (entity.type().isOrganization()) {
            return resolveOrganization(name, entity.type(), context, List.of());
        }
        if (entity.type() == EntityType.FACILITY) {
            // ROR also registers large facilities (上海光源); only those records may match a facility.
            return resolveOrganization(name, entity.type(), context, List.of("facility"));
        }
        if (entity.type() == EntityType.PLACE) {
            return resolvePlace(name, context);
        }
        return Resolution.NONE;
    }

    /** The context an article's entities give: its places that link, and the provinces they lie in. */
    public LinkContext contextOf(java.util.Collection<Entity> entities) {
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Set<String> english = new java.util.HashSet<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PLACE) {
                continue;
            }
            Link l = resolve(e, LinkContext.NONE).link();
            if (l == null) {
                continue;
            }
            names.add(l.canonicalName());
            if (l.englishLabel() != null) {
                english.add(l.englishLabel());
            }
            if (l.parentPlace() != null) {
                names.add(l.parentPlace());
                Link parent = resolve(Entity.of(EntityType.PLACE, l.parentPlace()), LinkContext.NONE).link();
                if (parent != null && parent.englishLabel() != null) {
                    english.add(parent.englishLabel());
                }
            }
        }
        return new LinkContext(names, english);
    }

    /**
     * The organisation a linked one is part of by its ROR record's parent relation, when it has exactly
     * one parent (several parents, as joint laboratories have, say nothing about one line of command).
     */
    public Optional<Link> rorParent(Link link) {
        RorRecord child = link.sameAs().stream().map(ror::byId).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        if (child == null || child.parents().size() != 1) {
            return Optional.empty();
        }
        RorRecord p = ror.byId(child.parents().get(0));
        if (p == null || p.chineseLabel() == null) {
            return Optional.empty();
        }
        List<String> sameAs = new ArrayList<>(2);
        if (p.mainWikidata() != null) {
            sameAs.add(OpenData.WIKIDATA + p.mainWikidata());
        }
        if (p.wellFormedId()) {
            sameAs.add(p.id());
        }
        return Optional.of(new Link(ror.key(p.chineseLabel()), sameAs, p.englishName(), null, null, p.types(), null));
    }

    /**
     * The canonical name for a linked place seen under these names: the table's name, or the name as
     * seen with its administrative suffix where the table writes the place without it (龙岗区 for the
     * table's 龙岗), the full official form the schema asks for.
     */
    String placeName(Link link, java.util.Collection<String> namesSeen) {
        return namesSeen.stream().map(NameNormalizer::normalize)
                .filter(n -> places.isSuffixedForm(n, link.canonicalName())).findFirst()
                .orElse(link.canonicalName());
    }

    /** The class the ROR types of a linked organisation point to, or null. */
    public EntityType rorClass(Link link, String name) {
        return rorTypes.classOf(link.rorTypes(), name);
    }

    /** @param requiredTypes ROR types the record must have, or empty for any */
    private Resolution resolveOrganization(String name, EntityType type, LinkContext context,
                                           List<String> requiredTypes) {
        List<RorRecord> found = ror.find(name);
        boolean nested = found.isEmpty();
        if (nested) {
            found = ror.findNested(name);
        }
        found = found.stream().filter(r -> r.types().containsAll(requiredTypes)).toList();
        if (found.isEmpty()) {
            return Resolution.NONE;
        }
        List<RorRecord> chosen = found;
        if (chosen.size() > 1) {
            chosen = chosen.stream().filter(r -> rorTypes.agrees(r.types(), type, name)).toList();
        }
        if (chosen.size() > 1) {
            chosen = chosen.stream().filter(r -> context.names(r.city()) || context.names(r.subdivision())).toList();
        }
        if (chosen.size() != 1) {
            return Resolution.ambiguous(found.stream().map(EntityLinker::candidate).toList());
        }
        RorRecord r = chosen.get(0);
        List<String> sameAs = new ArrayList<>(2);
        if (r.mainWikidata() != null) {
            sameAs.add(OpenData.WIKIDATA + r.mainWikidata());
        }
        if (r.wellFormedId()) {
            sameAs.add(r.id());
        }
        // A nested name keeps its parent part: ROR names the child without it (上海光学精密机械研究所).
        String canonical = nested || r.chineseLabel() == null ? ror.key(name) : ror.key(r.chineseLabel());
        return Resolution.linked(new Link(canonical, sameAs, r.englishName(), null, null, r.types(), null));
    }

    private static Candidate candidate(RorRecord r) {
        List<String> iris = new ArrayList<>(2);
        if (r.mainWikidata() != null) {
            iris.add(OpenData.WIKIDATA + r.mainWikidata());
        }
        iris.add(r.id());
        String where = r.city() == null ? r.subdivision() : r.city();
        return new Candidate(r.chineseLabel(), r.englishName(), iris, where);
    }

    private Resolution resolvePlace(String name, LinkContext context) {
        Map<String, List<PlaceRecord>> found = places.candidates(name);
        if (found.isEmpty()) {
            return Resolution.NONE;
        }
        List<PlaceRecord> place = pick(found);
        if (place == null) {
            // Places of one name in different provinces: the one whose province the article names.
            List<List<PlaceRecord>> named = found.values().stream()
                    .filter(g -> !g.get(0).isTopLevel() && context.placeNames().contains(g.get(0).parent()))
                    .toList();
            place = named.size() == 1 ? named.get(0) : null;
        }
        if (place == null) {
            return Resolution.ambiguous(found.values().stream().map(g -> {
                PlaceRecord p = best(g);
                return new Candidate(p.name(), p.englishName(),
                        p.wikidata() == null ? List.of() : List.of(OpenData.WIKIDATA + p.wikidata()),
                        p.isTopLevel() ? null : p.parent());
            }).toList());
        }
        PlaceRecord p = best(place);
        List<String> sameAs = p.wikidata() == null ? List.of() : List.of(OpenData.WIKIDATA + p.wikidata());
        return Resolution.linked(new Link(p.name(), sameAs, p.englishName(), p.latitude(), p.longitude(),
                List.of(), p.isTopLevel() ? null : p.parent()));
    }

    /** Of the rows of one place, the one with a Wikidata item. */
    private static PlaceRecord best(List<PlaceRecord> rows) {
        return rows.stream().filter(r -> r.wikidata() != null).findFirst().orElse(rows.get(0));
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
}
