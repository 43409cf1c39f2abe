package dev.kronika.extract.core.event;

import dev.kronika.extract.core.model.AnchorDate;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.EntityRecord;
import dev.kronika.extract.core.model.EntityType;
import dev.kronika.extract.core.model.Event;
import dev.kronika.extract.core.model.Layer;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.Mention;
import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.TimeExpression;
import dev.kronika.extract.core.model.Token;
import dev.kronika.extract.core.pipeline.Stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds PLOVER events in the main text: contacts of the CONSULT family (calls, visits, meetings,
 * summits) and the agreements, requests, rejections, sanctions, accusations, threats, support and
 * cooperation that news of such contacts reports. Each event gets its mode, its status as of the
 * article, its participants as entity keys (roles such as "the Kremlin leader" resolved to the
 * person), its place, a time window, and the words that report it; repeated reports of one event
 * in an article are merged.
 *
 * <p>Triggers and cues come from per-language lexicons ({@code /event/<lang>.lex}) written as
 * stems with inflection endings.
 */
public final class EventExtractionStage implements Stage {

    public static final Set<String> LANGUAGES = Set.of("bg", "cs", "en", "pl", "ru", "sl", "uk");

    private final Map<String, EventLexicon> lexicons;
    private final RoleResolver knowledge;
    private final Geography geography;

    /** Without outside knowledge: roles and places only as the article itself gives them. */
    public EventExtractionStage() {
        this(RoleResolver.none(), Geography.none());
    }

    /** With the bundled knowledge base's role holders and places. */
    public static EventExtractionStage withKnowledgeBase() {
        KnowledgeBaseRoles kb = KnowledgeBaseRoles.bundled();
        return new EventExtractionStage(kb, kb);
    }

    /**
     * @param knowledge who held which role when, asked after the article itself
     * @param geography which country a place lies in
     */
    public EventExtractionStage(RoleResolver knowledge, Geography geography) {
        this.lexicons = EventLexicon.loadAll(LANGUAGES);
        this.knowledge = knowledge;
        this.geography = geography;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.CONTENT, Layers.LANGUAGE, Layers.TOKENS, Layers.SENTENCES, Layers.ANCHOR_DATE,
                Layers.TIME_EXPRESSIONS, Layers.MENTIONS, Layers.ENTITIES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.EVENTS);
    }

    @Override
    public void process(Document document) {
        EventLexicon lexicon = lexicons.get(document.language());
        if (lexicon == null) {
            document.set(Layers.EVENTS, List.of());
            return;
        }
        document.set(Layers.EVENTS, extract(document, lexicon));
    }

    private List<Event> extract(Document document, EventLexicon lexicon) {
        Optional<LocalDate> anchor = document.find(Layers.ANCHOR_DATE).flatMap(AnchorDate::date)
                .or(() -> document.request().published());
        List<SentenceView> sentences = mainTextSentences(document, lexicon);
        RolePhraseFinder roleFinder = new RolePhraseFinder(placeNames(document));
        DocumentRoleResolver documentRoles = new DocumentRoleResolver(geography);
        List<List<RolePhrase>> rolePhrases = new ArrayList<>();
        for (SentenceView sentence : sentences) {
            List<RolePhrase> phrases = roleFinder.find(sentence);
            rolePhrases.add(phrases);
            for (RolePhrase phrase : phrases) {
                phrase.countries().forEach(documentRoles::noteCountry);
                if (phrase.role() != null && phrase.holder() != null && phrase.countries().size() == 1) {
                    documentRoles.bind(phrase.role(), phrase.countries().get(0), EventKeys.of(phrase.holder()));
                }
            }
        }
        SentenceEventReader reader = new SentenceEventReader(lexicon, documentRoles, documentRoles.orElse(knowledge), anchor);
        List<EventReport> reports = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            reports.addAll(reader.read(sentences.get(i), rolePhrases.get(i)));
        }
        Set<String> persons = new java.util.HashSet<>();
        for (Mention mention : document.get(Layers.MENTIONS)) {
            if (mention.type() == EntityType.PER) {
                persons.add(EventKeys.of(mention));
            }
        }
        for (EntityRecord entity : document.get(Layers.ENTITIES)) {
            if (entity.type() == EntityType.PER) {
                persons.add(entity.key());
            }
        }
        persons.addAll(documentRoles.holders());
        RoleResolver roles = documentRoles.orElse(knowledge);
        return new ArticleEventAssembler(anchor, documentRoles.geography(), roles, persons).assemble(reports);
    }

    private static List<SentenceView> mainTextSentences(Document document, EventLexicon lexicon) {
        List<Token> tokens = document.get(Layers.TOKENS);
        List<Mention> mentions = document.get(Layers.MENTIONS);
        List<TimeExpression> times = document.get(Layers.TIME_EXPRESSIONS);
        List<SentenceView> views = new ArrayList<>();
        int t = 0;
        int index = 0;
        for (Span sentence : document.get(Layers.SENTENCES)) {
            while (t < tokens.size() && tokens.get(t).begin() < sentence.begin()) {
                t++;
            }
            List<Token> inSentence = new ArrayList<>();
            for (int k = t; k < tokens.size() && tokens.get(k).end() <= sentence.end(); k++) {
                inSentence.add(tokens.get(k));
            }
            if (inSentence.isEmpty() || !document.inMainText(sentence)) {
                continue;
            }
            views.add(new SentenceView(index++, sentence, inSentence, within(mentions, sentence, Mention::span),
                    within(times, sentence, TimeExpression::span), lexicon));
        }
        return views;
    }

    private static <T> List<T> within(List<T> items, Span sentence, java.util.function.Function<T, Span> span) {
        List<T> result = new ArrayList<>();
        for (T item : items) {
            if (sentence.contains(span.apply(item))) {
                result.add(item);
            }
        }
        return result;
    }

    /** Lower-cased names of every place of the document, by entity key. */
    private static Map<String, List<String>> placeNames(Document document) {
        Map<String, List<String>> names = new HashMap<>();
        for (EntityRecord entity : document.get(Layers.ENTITIES)) {
            if (entity.type() == EntityType.LOC) {
                List<String> list = names.computeIfAbsent(entity.key(), k -> new ArrayList<>());
                list.add(entity.name().toLowerCase(Locale.ROOT));
                entity.names().forEach(n -> list.add(n.toLowerCase(Locale.ROOT)));
            }
        }
        for (Mention mention : document.get(Layers.MENTIONS)) {
            if (mention.type() == EntityType.LOC) {
                List<String> list = names.computeIfAbsent(EventKeys.of(mention), k -> new ArrayList<>());
                if (mention.lemma() != null) {
                    list.add(mention.lemma().toLowerCase(Locale.ROOT));
                }
                list.add(mention.text().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
