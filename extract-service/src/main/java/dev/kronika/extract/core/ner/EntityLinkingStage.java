package dev.kronika.extract.core.ner;

import dev.kronika.extract.core.kb.KbEntity;
import dev.kronika.extract.core.kb.KnowledgeBase;
import dev.kronika.extract.core.kb.NameKeys;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.EntityRecord;
import dev.kronika.extract.core.model.EntityType;
import dev.kronika.extract.core.model.Layer;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.Mention;
import dev.kronika.extract.core.pipeline.Stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives every mention a cross-document, cross-language entity key: the knowledge-base id when the
 * name (exactly or within one edit of its folded key) is a known entity's, the gazetteer place's
 * English name for places, else a key folded from the transliterated base form. A person's key
 * outside the knowledge base is made from the surname, so that "Putin" alone later in a text
 * and in other texts meets "Władimir Putin"; a surname alone also takes the key of a full name
 * seen earlier in the document.
 */
public final class EntityLinkingStage implements Stage {

    private final KnowledgeBase kb;
    private final FuzzyKeyIndex fuzzy;

    public EntityLinkingStage() {
        this(KnowledgeBase.bundled());
    }

    public EntityLinkingStage(KnowledgeBase kb) {
        this.kb = kb;
        this.fuzzy = new FuzzyKeyIndex(kb);
    }

    @Override
    public String name() {
        return "entity-linking";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.MENTIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    public void process(Document document) {
        String language = document.language();
        List<Mention> mentions = document.get(Layers.MENTIONS);
        List<Mention> keyed = new ArrayList<>(mentions.size());
        Map<String, String> surnameToKey = new HashMap<>();
        Map<String, String> acronymToKey = new HashMap<>();
        String text = document.text();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            // A recogniser that knew the entity (a demonym's country) has set the key already.
            String key = m.entityKey() != null ? m.entityKey() : acronymToKey.get(m.text());
            if (key == null) {
                key = link(m, language, surnameToKey);
            }
            keyed.add(m.withEntityKey(key));
            if (i + 1 < mentions.size() && !key.contains(":")) {
                Mention next = mentions.get(i + 1);
                if (introducesAcronym(text, m, next)) {
                    acronymToKey.putIfAbsent(next.text(), key);
                }
            }
        }
        document.set(Layers.MENTIONS, List.copyOf(keyed));
        document.set(Layers.ENTITIES, List.copyOf(records(keyed, language)));
    }

    /**
     * "Световната здравна организация (СЗО)": an acronym in parentheses right after an organisation's
     * full name, made of its words' initials, names the same organisation in the rest of the document.
     */
    static boolean introducesAcronym(String text, Mention full, Mention acronym) {
        if (full.type() != EntityType.ORG || acronym.span().begin() < full.span().end()
                || !MentionLemmatizer.isAcronym(acronym.text())) {
            return false;
        }
        String between = text.substring(full.span().end(), acronym.span().begin()).strip();
        if (!between.equals("(")) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : full.text().split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0)) && word.length() > 2) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        String letters = acronym.text().replaceAll("[^\\p{L}]", "").toUpperCase(Locale.ROOT);
        return letters.length() >= 2 && initials.toString().startsWith(letters.substring(0, 1))
                && (initials.toString().equals(letters) || isSubsequence(letters, initials.toString()));
    }

    private static boolean isSubsequence(String small, String big) {
        int k = 0;
        for (int i = 0; i < big.length() && k < small.length(); i++) {
            if (big.charAt(i) == small.charAt(k)) {
                k++;
            }
        }
        return k == small.length();
    }

    private String link(Mention m, String language, Map<String, String> surnameToKey) {
        String lemma = m.type() == EntityType.PER && language.equals("cs") ? withoutCzechFeminineEnding(m.lemma()) : m.lemma();
        String[] words = lemma.split(" ");
        String lastWord = NameKeys.key(words[words.length - 1], language);
        if (m.type() == EntityType.PER && words.length == 1 && surnameToKey.containsKey(lastWord)) {
            return surnameToKey.get(lastWord);
        }
        Optional<KbEntity> entity = kbEntity(lemma, m.text(), language, m.type());
        String key;
        if (entity.isPresent()) {
            key = entity.get().id();
        } else if (m.type() == EntityType.LOC && PlaceGazetteer.instance().find(lemma, language).isPresent()) {
            key = "loc~" + NameKeys.key(PlaceGazetteer.instance().find(lemma, language).get().englishName(), "en");
        } else if (m.type() == EntityType.PER) {
            key = "per~" + surnameSkeleton(lastWord);
        } else {
            key = m.type().name().toLowerCase(Locale.ROOT) + "~" + NameKeys.key(lemma, language);
        }
        if (m.type() == EntityType.PER && words.length > 1) {
            surnameToKey.putIfAbsent(lastWord, key);
        }
        return key;
    }

    /**
     * A foreign surname's vowels are what each script renders differently ("Davis", "Дэвис",
     * "Дейвис"; "Hammond", "Хамънд"): a person outside the knowledge base is keyed by the
     * surname's consonants when it has at least three, else by the whole folded surname.
     */
    static String surnameSkeleton(String foldedSurname) {
        String consonants = foldedSurname.replaceAll("[aeiou]", "");
        return consonants.length() >= 3 && foldedSurname.length() >= 4
                ? foldedSurname.charAt(0) + consonants.substring(Character.isLetter(foldedSurname.charAt(0)) && "aeiou".indexOf(foldedSurname.charAt(0)) < 0 ? 1 : 0)
                : foldedSurname;
    }

    private static final java.util.regex.Pattern CZECH_FEMININE = java.util.regex.Pattern.compile("(\\p{L}{3,})ová$");

    /**
     * Czech gives a woman's surname the ending -ová, foreign ones too ("Theresa Mayová", "Asia
     * Bibiová"): the person is the one every other language writes without it.
     */
    static String withoutCzechFeminineEnding(String lemma) {
        return CZECH_FEMININE.matcher(lemma).replaceFirst("$1");
    }

    private Optional<KbEntity> kbEntity(String lemma, String surface, String language, EntityType type) {
        Optional<KbEntity> found = kb.find(lemma, language, type).or(() -> kb.find(surface, language, type));
        if (found.isEmpty()) {
            found = fuzzy.find(NameKeys.key(lemma, language), type);
        }
        return found.filter(e -> compatible(e.type(), type) || RuleRecognizer.mentionType(e) == type);
    }

    /** Countries are places and, acting, organisations; anything else must keep its type. */
    private static boolean compatible(EntityType known, EntityType found) {
        return known == found || (known == EntityType.LOC && found == EntityType.ORG)
                || (known == EntityType.ORG && found == EntityType.LOC);
    }

    private List<EntityRecord> records(List<Mention> mentions, String language) {
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        for (Mention m : mentions) {
            byKey.computeIfAbsent(m.entityKey(), k -> new ArrayList<>()).add(m);
        }
        List<EntityRecord> records = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> e : byKey.entrySet()) {
            List<Mention> ms = e.getValue();
            Set<String> names = new LinkedHashSet<>();
            String fullest = ms.get(0).lemma();
            for (Mention m : ms) {
                names.add(m.lemma());
                names.add(m.text());
                if (m.lemma().length() > fullest.length()) {
                    fullest = m.lemma();
                }
            }
            Optional<KbEntity> entity = kb.byId(e.getKey());
            entity.ifPresent(k -> names.addAll(k.allNames()));
            records.add(new EntityRecord(e.getKey(), ms.get(0).type(), fullest, new ArrayList<>(names),
                    entity.flatMap(KbEntity::wikidata), entity.map(EntityLinkingStage::labels).orElse(Map.of())));
        }
        return records;
    }

    /** The canonical name in each language the knowledge base has names for. */
    private static Map<String, String> labels(KbEntity entity) {
        Map<String, String> labels = new LinkedHashMap<>();
        entity.names().forEach((language, names) -> {
            if (!names.isEmpty()) {
                labels.put(language, names.get(0));
            }
        });
        return labels;
    }
}
