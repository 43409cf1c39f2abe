package dev.kronika.extract.core.ner;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.kronika.extract.core.kb.KnowledgeBase;
import dev.kronika.extract.core.kb.NameKeys;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country and city names in every supported language from CLDR (through ICU): localised country
 * names ({@code ULocale.getDisplayCountry}) and the exemplar city of each time zone
 * ({@code TimeZoneNames.getExemplarLocationName}). Keyed by {@link NameKeys} so any spelling or
 * script finds the place; the value is the place's English name, which links it across languages.
 */
public final class PlaceGazetteer {

    /** A place: its English name and whether it is a country. */
    public record Place(String englishName, boolean country) {
    }

    private static final PlaceGazetteer INSTANCE = build();

    private final Map<String, Place> byKey;
    private final java.util.Set<String> names;

    private PlaceGazetteer(Map<String, Place> byKey, java.util.Set<String> names) {
        this.byKey = Map.copyOf(byKey);
        this.names = java.util.Set.copyOf(names);
    }

    /** True when a place has exactly this name in some language. */
    public boolean hasName(String name) {
        return names.contains(name);
    }

    public static PlaceGazetteer instance() {
        return INSTANCE;
    }

    private static PlaceGazetteer build() {
        Map<String, Place> map = new HashMap<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String country : ULocale.getISOCountries()) {
            ULocale region = new ULocale("", country);
            String english = region.getDisplayCountry(ULocale.ENGLISH);
            if (english.isEmpty() || english.equals(country)) {
                continue;
            }
            Place place = new Place(english, true);
            for (String language : KnowledgeBase.LANGUAGES) {
                String name = region.getDisplayCountry(new ULocale(language));
                if (!name.isEmpty() && !name.equals(country)) {
                    names.add(name);
                    map.putIfAbsent(NameKeys.key(name, language), place);
                }
            }
        }
        TimeZoneNames englishNames = TimeZoneNames.getInstance(ULocale.ENGLISH);
        Map<String, TimeZoneNames> localNames = new HashMap<>();
        for (String language : KnowledgeBase.LANGUAGES) {
            localNames.put(language, TimeZoneNames.getInstance(new ULocale(language)));
        }
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String english = englishNames.getExemplarLocationName(zone);
            if (english == null || english.isEmpty()) {
                continue;
            }
            Place place = new Place(english, false);
            for (Map.Entry<String, TimeZoneNames> local : localNames.entrySet()) {
                String name = local.getValue().getExemplarLocationName(zone);
                if (name != null && !name.isEmpty()) {
                    names.add(name);
                    map.putIfAbsent(NameKeys.key(name, local.getKey()), place);
                }
            }
        }
        return new PlaceGazetteer(map, names);
    }

    public Optional<Place> find(String name, String language) {
        if (name.isEmpty() || name.toLowerCase(Locale.ROOT).equals(name)) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(NameKeys.key(name, language)));
    }

    public int size() {
        return byKey.size();
    }
}
