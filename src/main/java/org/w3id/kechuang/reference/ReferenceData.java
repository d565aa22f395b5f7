package org.w3id.kechuang.reference;

import java.util.List;

/**
 * The reference data bundled in the jar — the places table, the ROR extract, the curated link table —
 * and the rules for reading names in it (administrative suffixes, name prefixes, ROR type → class).
 * Read once per run ({@link #shared()}) and shared by the gazetteer, which recognises the names in text,
 * and the linker, which links entities to the records; immutable.
 */
public final class ReferenceData {
    public static final String PLACES = "/kechuang/data/places-cn.tsv";
    public static final String ROR = "/kechuang/data/ror-cn.jsonl";
    public static final String CURATED = "/kechuang/reference/links.tsv";
    public static final String PLACE_SUFFIXES = "/kechuang/reference/place-suffixes.txt";
    public static final String NAME_PREFIXES = "/kechuang/reference/name-prefixes.tsv";
    public static final String ROR_TYPES = "/kechuang/reference/ror-types.tsv";

    private final List<PlaceRow> places;
    private final List<RorRow> ror;
    private final List<CuratedRow> curated;
    private final PlaceSuffixes placeSuffixes;
    private final NameVariants nameVariants;
    private final RorTypes rorTypes;

    private ReferenceData() {
        places = PlaceRow.parse(DataFiles.rawLines(PLACES), PLACES);
        ror = RorRow.parse(DataFiles.rawLines(ROR), ROR);
        curated = CuratedRow.parse(DataFiles.lines(CURATED), CURATED);
        placeSuffixes = PlaceSuffixes.parse(DataFiles.lines(PLACE_SUFFIXES));
        nameVariants = NameVariants.parse(DataFiles.lines(NAME_PREFIXES), NAME_PREFIXES);
        rorTypes = RorTypes.parse(DataFiles.lines(ROR_TYPES), ROR_TYPES);
    }

    private static final class Holder {
        static final ReferenceData SHARED = new ReferenceData();
    }

    /** The bundled data, read on first use. */
    public static ReferenceData shared() {
        return Holder.SHARED;
    }

    /** The places table's rows in table order. */
    public List<PlaceRow> places() {
        return places;
    }

    /** The ROR records in file order, withdrawn ones included (marked). */
    public List<RorRow> ror() {
        return ror;
    }

    public List<CuratedRow> curated() {
        return curated;
    }

    public PlaceSuffixes placeSuffixes() {
        return placeSuffixes;
    }

    public NameVariants nameVariants() {
        return nameVariants;
    }

    public RorTypes rorTypes() {
        return rorTypes;
    }
}
