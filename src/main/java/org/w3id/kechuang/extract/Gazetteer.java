package org.w3id.kechuang.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.reference.EntityTypes;
import org.w3id.kechuang.reference.NameVariants;
import org.w3id.kechuang.reference.PlaceRow;
import org.w3id.kechuang.reference.PlaceSuffixes;
import org.w3id.kechuang.reference.ReferenceData;
import org.w3id.kechuang.reference.RorRow;
import org.w3id.kechuang.reference.RorTypes;

/**
 * The project's domain knowledge, read once from the data files under {@code kechuang/gazetteer/} and the
 * reference data the linker reads too ({@link ReferenceData}, loaded once): known names (organisations, places, fields) with their canonical
 * form and class, organisation suffixes, local party/government bodies, titles and surnames; and the trigger words
 * of the relation rule files under {@code kechuang/rules/}.
 * Immutable and shared by all extractors ({@link #shared()}).
 */
public final class Gazetteer {

    /** A known thing under one of its names. */
    public record Known(String canonical, EntityType type, String parent) {
    }

    /** A place from the places table: its level decides which bare 市委/省委 it can stand for. */
    public record PlaceInfo(String canonical, Level level, String parent) {
    }

    public enum Level { PROVINCE, MUNICIPALITY, CITY, DISTRICT, OTHER }

    /** Where a post is held: in the organisation named before it, in the place that organisation governs, or none. */
    public enum TitleScope { ORG, PLACE, NONE, OPENER }

    /** Kinds of trigger word, each a list in its relation's rule file ({@code kechuang/rules/<file>.tsv}). */
    public enum Trigger {
        VISIT("visited", "trigger"), VISIT_DETAIL("visited", "detail-trigger"),
        VISIT_REFERENCE("visited", "reference-trigger"), ACCOMPANY("visited", "accompany-trigger"),
        ATTEND("meetings", "attend-trigger"), CHAIR("meetings", "chair-trigger"),
        MEETING_HELD("meetings", "held-trigger"),
        SUPPORT("supports", "trigger"), LOCATE("locatedIn", "trigger"), LOCATE_AT("locatedIn", "at-trigger"),
        ESTABLISH("establishedBy", "trigger"), LEAD_ESTABLISH("establishedBy", "lead-trigger"),
        FOCUS("focusesOn", "trigger"), SPEAK("discourse", "speak-trigger");

        private final String ruleFile;
        private final String rule;

        Trigger(String ruleFile, String rule) {
            this.ruleFile = ruleFile;
            this.rule = rule;
        }
    }

    /** A local body suffix such as 市委: the level of place it attaches to and its class. */
    public record LocalBody(String suffix, Level level, EntityType type) {
    }

    private static final String BASE = "/kechuang/gazetteer/";
    private static final System.Logger LOG = System.getLogger(Gazetteer.class.getName());

    private final Map<String, Known> names = new HashMap<>();
    private final Map<String, PlaceInfo> places = new HashMap<>();
    private final List<Map.Entry<String, EntityType>> suffixes = new ArrayList<>();
    private final Set<String> hostedSuffixes = new HashSet<>();
    private final Set<String> suffixWords = new HashSet<>();
    private final Map<String, LocalBody> localBodies = new HashMap<>();
    private final Map<String, TitleScope> titles = new HashMap<>();
    private final Map<String, Set<Trigger>> triggers = new HashMap<>();
    private final Map<String, String> placeAbbreviations = new HashMap<>();
    private final Set<String> nameStops = new HashSet<>();
    private final Set<String> personFollowers = new HashSet<>();
    private final Set<String> placeStops = new HashSet<>();

    private final Set<String> bylineWords = new HashSet<>();
    private final Set<String> gluedToNames = new HashSet<>();
    private final Set<String> fieldListHeads = new HashSet<>();
    private final Set<String> fieldListModifiers = new HashSet<>();
    private final Set<String> fieldListOpeners = new HashSet<>();
    private final Set<String> meetingWords = new HashSet<>();
    private final Set<String> nameVerbs = new HashSet<>();
    private final Map<String, EntityType> quotedEndings = new HashMap<>();
    private final Set<String> compoundSurnames = new HashSet<>();
    private final Set<String> surnames = new HashSet<>();
    private final Map<String, String> dictionaryWords = new LinkedHashMap<>();

    private Gazetteer() {
    }

    private static final class Holder {
        static final Gazetteer SHARED = load();
    }

    /** The gazetteer read from the classpath, loaded on first use and shared (it is read-only). */
    public static Gazetteer shared() {
        return Holder.SHARED;
    }

    static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        read(BASE + "org-suffixes.tsv", true, r -> {
            g.suffixes.add(Map.entry(r[0], EntityTypes.byClassName(r[1], "org-suffixes.tsv")));
            g.suffixWords.add(r[0]);
            if (r.length > 2 && r[2].equals("hosted")) {
                g.hostedSuffixes.add(r[0]);
            }
        });
        g.suffixes.sort(Comparator.comparingInt((Map.Entry<String, EntityType> e) -> e.getKey().length()).reversed());
        // Suffixes first: the reference data's classes are inferred from them.
        g.readOrganisations();
        g.readFields();
        ReferenceData reference = ReferenceData.shared();
        g.readPlaces(reference.places(), reference.placeSuffixes());
        g.readRor(reference.ror(), reference.nameVariants(), reference.rorTypes());
        read(BASE + "local-bodies.tsv", true, r -> g.localBodies.put(r[0], new LocalBody(r[0],
                Level.valueOf(r[1].toUpperCase()), EntityTypes.byClassName(r[2], "local-bodies.tsv"))));
        read(BASE + "titles.tsv", true, r -> g.titles.put(r[0], TitleScope.valueOf(r[1].toUpperCase())));
        for (Trigger kind : Trigger.values()) {
            for (String word : RuleFile.of(kind.ruleFile).words(kind.rule)) {
                g.triggers.computeIfAbsent(word, k -> EnumSet.noneOf(Trigger.class)).add(kind);
            }
        }
        read(BASE + "place-abbreviations.tsv", true, r -> g.placeAbbreviations.put(r[0], r[1]));
        read(BASE + "name-stops.tsv", true, r -> g.nameStops.add(r[0]));
        read(BASE + "place-stops.tsv", true, r -> g.placeStops.add(r[0]));
        read(BASE + "person-context.tsv", true,
                r -> (r[1].equals("byline") ? g.bylineWords : r[1].equals("glued") ? g.gluedToNames
                        : g.personFollowers).add(r[0]));
        read(BASE + "field-list-markers.tsv", true,
                r -> (switch (r[1]) {
                    case "head" -> g.fieldListHeads;
                    case "opener" -> g.fieldListOpeners;
                    default -> g.fieldListModifiers;
                }).add(r[0]));
        read(BASE + "meeting-words.tsv", true, r -> g.meetingWords.add(r[0]));
        read(BASE + "name-verbs.tsv", true, r -> g.nameVerbs.add(r[0]));
        read(BASE + "quoted-name-endings.tsv", true, r -> g.quotedEndings.put(r[0], EntityTypes.byClassName(r[1], "quoted-name-endings.tsv")));
        read(BASE + "surnames.tsv", true, r -> (r[0].length() > 1 ? g.compoundSurnames : g.surnames).add(r[0]));
        g.titles.keySet().forEach(t -> g.dictionaryWords.put(t, "nnt"));
        // Trigger verbs are kept whole (批复 must not become 批/复合肥).
        Set<Trigger> verbs = EnumSet.of(Trigger.VISIT, Trigger.SUPPORT, Trigger.ESTABLISH, Trigger.LEAD_ESTABLISH,
                Trigger.LOCATE);
        g.triggers.forEach((word, kinds) -> {
            if (word.length() >= 2 && kinds.stream().anyMatch(verbs::contains)) {
                g.dictionaryWords.putIfAbsent(word, "v");
            }
        });
        g.localBodies.keySet().forEach(t -> g.dictionaryWords.putIfAbsent(t, "nis"));
        return g;
    }

    private void readOrganisations() {
        read(BASE + "organisations.tsv", true, r -> {
            EntityType type = EntityTypes.byClassName(r[1], "organisations.tsv");
            String parent = r.length > 3 && !r[3].isBlank() ? r[3] : null;
            Known k = new Known(r[0], type, parent);
            addName(r[0], k, "nt");
            if (r.length > 2) {
                for (String alias : r[2].split("\\|")) {
                    addName(alias, k, "nt");
                }
            }
        });
    }

    private void readFields() {
        read(BASE + "fields.tsv", true, r -> {
            Known k = new Known(r[0], EntityType.FIELD, null);
            addName(r[0], k, "nz");
            if (r.length > 1) {
                for (String alias : r[1].split("\\|")) {
                    addName(alias, k, "nz");
                }
            }
        });
    }

    private void readPlaces(List<PlaceRow> table, PlaceSuffixes suffixes) {
        List<PlaceRow> rows = new ArrayList<>(table.stream().filter(p -> !p.name().isBlank()).toList());
        // Rows typed plainly (prefecture, province) before the generic admN ones, so a name's level comes from the
        // plain type (西安 is a prefecture, not the adm1 row of the same name).
        rows.sort(Comparator.comparingInt(p -> p.type().startsWith("adm") ? 1 : 0));
        Map<String, Known> byWikidata = new HashMap<>();
        for (PlaceRow row : rows) {
            Level level = level(row.type());
            String n = row.name();
            // A prefecture listed by its bare name (西安) is the city 西安市: the full name is canonical.
            String name = level == Level.CITY && !n.endsWith("市") && !n.endsWith("自治州")
                    && !n.endsWith("地区") && !n.endsWith("盟") && n.length() >= 2 ? n + "市" : n;
            String parent = row.parent().isBlank() ? null : row.parent();
            String wikidata = row.wikidata().isBlank() ? null : row.wikidata();
            boolean major = level == Level.PROVINCE || level == Level.MUNICIPALITY;
            Known same = wikidata == null ? null : byWikidata.get(wikidata);
            if (same != null && !same.canonical().equals(name) && !names.containsKey(name)
                    && sameStem(same.canonical(), name, suffixes)) {
                // Another row for the same place (广州市 next to the prefecture 广州): one place, two names. The
                // table also gives some items to unrelated places (南京's to small towns): only names that
                // differ by the suffix alone are taken as one place.
                addName(name, same, name.length() >= 3 ? "ns" : null);
                continue;
            }
            places.putIfAbsent(name, new PlaceInfo(name, level, parent));
            Known k = new Known(name, EntityType.PLACE, parent);
            if ((major || level == Level.CITY) && wikidata != null) {
                byWikidata.putIfAbsent(wikidata, k);
            }
            // Two-character names of minor places (合作, 建设) are ordinary words too: known, never forced on HanLP.
            addName(name, k, major || name.length() >= 3 ? "ns" : null);
            if (level == Level.DISTRICT && name.endsWith("新区") && name.length() >= 4) {
                addName(name.substring(0, name.length() - 2), k, null);
            }
            if (major || level == Level.CITY) {
                String shortName = suffixes.stem(name);
                if (shortName != null) {
                    addName(shortName, k, major ? "ns" : null);
                }
            }
        }
    }

    private static boolean sameStem(String a, String b, PlaceSuffixes suffixes) {
        String sa = suffixes.stem(a);
        String sb = suffixes.stem(b);
        return (sa == null ? a : sa).equals(sb == null ? b : sb);
    }

    private static Level level(String type) {
        return switch (type) {
            case "province", "autonomous region", "special administrative region", "adm1" -> Level.PROVINCE;
            case "municipality", "special municipality" -> Level.MUNICIPALITY;
            case "city", "prefecture", "adm2", "cities", "capital" -> Level.CITY;
            case "district", "county", "adm3", "banner" -> Level.DISTRICT;
            default -> Level.OTHER;
        };
    }

    private void readRor(List<RorRow> records, NameVariants prefixes, RorTypes rorTypes) {
        for (RorRow rec : records) {
            if (rec.withdrawn()) {
                continue; // ROR withdraws duplicates and errors, as the linker knows
            }
            List<String> zh = new ArrayList<>();
            for (RorRow.Name n : rec.names()) {
                // Some zh labels are pinyin (Xiàmén Dàxué): only names written in characters.
                if ("zh".equals(n.lang()) && n.value().codePoints().anyMatch(Character::isIdeographic)) {
                    zh.add(n.value());
                }
            }
            if (zh.isEmpty()) {
                continue;
            }
            String canonical = prefixes.rewrite(zh.get(0));
            // Two labels, host + name and the name alone (中山大学国家超级计算广州中心 / 国家超级计算广州中心):
            // the name alone is how the thing is called.
            for (String other : zh) {
                String o = prefixes.rewrite(other);
                if (o.length() >= 4 && o.length() < canonical.length() && canonical.endsWith(o)) {
                    canonical = o;
                }
            }
            if (canonical.length() < 3 || names.containsKey(canonical)) {
                continue;
            }
            Known k = new Known(canonical, rorType(canonical, rec.types(), rorTypes), null);
            for (String name : zh) {
                for (String form : List.of(name, prefixes.rewrite(name))) {
                    if (form.length() >= 3) {
                        addName(form, k, form.length() >= 4 ? "nt" : null);
                    }
                }
            }
        }
    }

    /** The class of a known ROR organisation: its name's suffix says most, else its ROR types. */
    private EntityType rorType(String name, List<String> types, RorTypes rorTypes) {
        EntityType bySuffix = suffixType(name).orElse(EntityType.ORGANIZATION);
        if (bySuffix != EntityType.ORGANIZATION) {
            return bySuffix;
        }
        EntityType byRor = rorTypes.classOf(types, name);
        return byRor == null ? EntityType.ORGANIZATION : byRor;
    }

    private void addName(String name, Known k, String nature) {
        if (name == null || name.isBlank()) {
            return;
        }
        names.putIfAbsent(name, k);
        if (nature != null && name.length() >= 2) {
            dictionaryWords.putIfAbsent(name, nature);
        }
    }

    /** Reads a tab-separated resource, skipping comments and blank lines. */
    private static void read(String resource, boolean required, Consumer<String[]> row) {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            if (required) {
                throw new IllegalStateException("gazetteer file missing from the classpath: " + resource);
            }
            LOG.log(System.Logger.Level.WARNING, "reference data " + resource + " not on the classpath; skipped");
            return;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                row.accept(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    // ---- queries ------------------------------------------------------------------------------------------

    /** The known organisation, place or field with this name or alias. */
    public Optional<Known> lookup(String name) {
        return Optional.ofNullable(names.get(name));
    }

    /** The longest known organisation whose name is a proper prefix of this one (中国科学院 for 中国科学院…研究所). */
    public Optional<String> knownOrgPrefix(String name) {
        for (int e = name.length() - 2; e >= 3; e--) {
            Known k = names.get(name.substring(0, e));
            if (k != null && k.type().isOrganization()) {
                return Optional.of(k.canonical());
            }
        }
        return Optional.empty();
    }

    /** The longest place name a canonical organisation name starts with (上海市委 → 上海市). */
    public Optional<String> placePrefix(String name) {
        for (int e = name.length() - 1; e >= 2; e--) {
            Known k = names.get(name.substring(0, e));
            if (k != null && k.type() == EntityType.PLACE) {
                return Optional.of(k.canonical());
            }
        }
        return Optional.empty();
    }

    public Optional<PlaceInfo> place(String canonical) {
        return Optional.ofNullable(places.get(canonical));
    }

    /** The class implied by the longest organisation suffix the name ends with. */
    /** Whether the word is itself one of the organisation suffixes (创新中心), not merely ends with one. */
    public boolean isOrgSuffix(String word) {
        return suffixes.stream().anyMatch(e -> e.getKey().equals(word));
    }

    public Optional<EntityType> suffixType(String name) {
        for (Map.Entry<String, EntityType> e : suffixes) {
            if (name.endsWith(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** Whether the name ends with the class word of a unit named without its host (国家重点实验室). */
    public boolean endsWithHostedSuffix(String name) {
        for (String h : hostedSuffixes) {
            if (name.endsWith(h)) {
                return true;
            }
        }
        return false;
    }

    public boolean isSuffix(String word) {
        return suffixWords.contains(word);
    }

    public Optional<LocalBody> localBody(String word) {
        return Optional.ofNullable(localBodies.get(word));
    }

    public Optional<TitleScope> title(String word) {
        return Optional.ofNullable(titles.get(word));
    }

    public Set<Trigger> triggers(String word) {
        Set<Trigger> t = triggers.get(word);
        return t == null ? Set.of() : Collections.unmodifiableSet(t);
    }

    public boolean isTrigger(String word, Trigger kind) {
        return triggers(word).contains(kind);
    }

    /** Whether the text starts with a word of this kind. */
    public boolean startsWithTrigger(String text, Trigger kind) {
        for (Map.Entry<String, Set<Trigger>> e : triggers.entrySet()) {
            if (e.getValue().contains(kind) && text.startsWith(e.getKey())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text ends with a word of this kind. */
    public boolean endsWithTrigger(String text, Trigger kind) {
        for (Map.Entry<String, Set<Trigger>> e : triggers.entrySet()) {
            if (e.getValue().contains(kind) && text.endsWith(e.getKey())) {
                return true;
            }
        }
        return false;
    }

    public boolean isAnyTrigger(String word) {
        return triggers.containsKey(word);
    }

    public Optional<String> placeAbbreviation(String oneChar) {
        // The places table decides the canonical form (汉 → 武汉市 → 武汉).
        return Optional.ofNullable(placeAbbreviations.get(oneChar))
                .map(p -> lookup(p).filter(k -> k.type() == EntityType.PLACE).map(Known::canonical).orElse(p));
    }

    /** A noun that closes a list of fields (领域, 方向). */
    public boolean isFieldListHead(String word) {
        return fieldListHeads.contains(word);
    }

    /** A word that may stand between a list of fields and its head (等, 两大, 重点). */
    public boolean isFieldListModifier(String word) {
        return fieldListModifiers.contains(word);
    }

    /** A word that opens a list of fields (聚焦, 主攻, 围绕). */
    public boolean isFieldListOpener(String word) {
        return fieldListOpeners.contains(word) || isTrigger(word, Trigger.FOCUS);
    }

    /** A noun that may directly follow a person's name (同志, 一行). */
    public boolean isPersonFollower(String word) {
        return personFollowers.contains(word);
    }

    /** A character HanLP glues onto a name (陆卫及) that never ends one. */
    public boolean isGluedToName(String character) {
        return gluedToNames.contains(character);
    }

    /** A word of a byline or credit (记者, 摄影): the name after it is no person the article is about. */
    public boolean isBylineWord(String word) {
        return bylineWords.contains(word);
    }

    /** A common word HanLP tags as a place (城市, 全球). */
    public boolean isPlaceStop(String word) {
        return placeStops.contains(word);
    }

    public boolean isNameStop(String word) {
        return nameStops.contains(word);
    }

    /** The class a quoted name's ending implies (“…号” facility, “…计划” programme), longest ending first. */
    public Optional<EntityType> quotedNameType(String name) {
        for (int i = 0; i < name.length(); i++) {
            EntityType t = quotedEndings.get(name.substring(i));
            if (t != null) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The class of exactly this quoted-name ending (大科学装置 → facility). */
    public Optional<EntityType> quotedEnding(String word) {
        return Optional.ofNullable(quotedEndings.get(word));
    }

    /** A verb that can sit inside a name (创新, 合作) rather than govern one (办好). */
    public boolean isNameVerb(String word) {
        return nameVerbs.contains(word);
    }

    public boolean isMeetingWord(String word) {
        return meetingWords.contains(word);
    }

    /** A one-character surname (王, 张). */
    public boolean isSurname(String s) {
        return surnames.contains(s);
    }

    /** Whether the string could be a Chinese personal name: a known surname and a plausible length. */
    public boolean looksLikePersonName(String s) {
        if (s.length() >= 3 && s.length() <= 4 && compoundSurnames.contains(s.substring(0, 2))) {
            return s.codePoints().allMatch(Character::isIdeographic);
        }
        return s.length() >= 2 && s.length() <= 3 && surnames.contains(s.substring(0, 1))
                && s.codePoints().allMatch(Character::isIdeographic);
    }

    /** Words for HanLP's custom dictionary (word → nature), so known names are never cut apart. */
    public Map<String, String> dictionaryWords() {
        return Collections.unmodifiableMap(dictionaryWords);
    }
}
