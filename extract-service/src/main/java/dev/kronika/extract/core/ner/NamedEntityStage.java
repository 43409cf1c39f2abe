package dev.kronika.extract.core.ner;

import dev.kronika.extract.core.kb.KnowledgeBase;
import dev.kronika.extract.core.kb.NameKeys;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.EntityType;
import dev.kronika.extract.core.model.Layer;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.Mention;
import dev.kronika.extract.core.model.TimeExpression;
import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.Token;
import dev.kronika.extract.core.ner.train.NerModel;
import dev.kronika.extract.core.pipeline.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Named-entity mentions of the main text (title and body) with type and base form. Without a
 * model, names come from {@link RuleRecognizer}; with a trained {@link NerModel}, from the model's
 * sequence tagger, which reads the rules' names as features. Either way the
 * types are then made consistent per document (one sense per document). Entity keys are left
 * to {@code EntityLinkingStage}.
 */
public final class NamedEntityStage implements Stage {

    private final KnowledgeBase kb;
    private final Optional<NerModel> model;
    private final RuleRecognizer rules = new RuleRecognizer();

    /** The rules over the bundled knowledge base, without a trained model. */
    public NamedEntityStage() {
        this(KnowledgeBase.bundled(), Optional.empty());
    }

    public NamedEntityStage(KnowledgeBase kb, Optional<NerModel> model) {
        this.kb = kb;
        this.model = model;
    }

    /** This stage, with its model, over another knowledge base. */
    public NamedEntityStage withKnowledgeBase(KnowledgeBase other) {
        return new NamedEntityStage(other, model);
    }

    /** This stage, over its knowledge base, with a trained model (or none). */
    public NamedEntityStage withModel(Optional<NerModel> other) {
        return new NamedEntityStage(kb, other);
    }

    @Override
    public String name() {
        return "named-entities";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.CONTENT, Layers.LANGUAGE, Layers.TOKENS, Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.MENTIONS);
    }

    @Override
    public void process(Document document) {
        document.set(Layers.MENTIONS, List.copyOf(recognize(document)));
    }

    List<Mention> recognize(Document document) {
        String language = document.language();
        NameContext ctx = NameContext.of(document, kb, model.map(NerModel::learnedLemmas).orElse(LearnedLemmas.empty()));
        List<List<Token>> sentences = ctx.sentences();
        List<Mention> mentions = new ArrayList<>();
        List<List<NameCandidate>> found = new ArrayList<>(sentences.size());
        if (model.isPresent()) {
            model.get().tagDocument(ctx, sentences).forEach(names -> found.add(new ArrayList<>(names)));
        } else {
            for (List<Token> sentence : sentences) {
                found.add(new ArrayList<>(rules.recognize(ctx, sentence)));
            }
        }
        DocumentNames.addRepeated(ctx, sentences, found);
        List<Span> dates = document.find(Layers.TIME_EXPRESSIONS).orElse(List.of()).stream()
                .filter(t -> t.type() == TimeExpression.Type.DATE).map(TimeExpression::span).toList();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> sentence = sentences.get(s);
            List<NameCandidate> names = new ArrayList<>();
            for (NameCandidate recognised : found.get(s)) {
                if (recognised.end() - recognised.first() == 1 && recognised.first() == 0
                        && RuleRecognizer.placeAdjectiveBeforeNoun(ctx, sentence, recognised.first())) {
                    continue; // a model reads "Irský" opening "Irský premiér" as the place; the word only describes the noun
                }
                NameCandidate c = withLegalFormTail(ctx, sentence, withNumberTail(sentence,
                        withoutEdgeQuotes(sentence, withGluedTail(sentence, withDemonymReading(ctx, sentence, recognised)))));
                names.add(c);
                placeInside(ctx, sentence, c).ifPresent(names::add);
            }
            for (NameCandidate c : names) {
                Span span = new Span(sentence.get(c.first()).begin(), sentence.get(c.end() - 1).end());
                boolean quoted = false;
                if (language.equals("ru") && c.type() == EntityType.PRO && c.first() > 0 && c.end() < sentence.size()
                        && NameQuotes.isQuote(sentence.get(c.first() - 1).text()) && NameQuotes.isQuote(sentence.get(c.end()).text())) {
                    // Russian writes a product's name with its quotes: «Северный поток-2».
                    span = new Span(sentence.get(c.first() - 1).begin(), sentence.get(c.end()).end());
                    quoted = true;
                }
                if (language.equals("en") && span.length() > 2 && isPossessiveEnding(document.text(), span.end())) {
                    span = new Span(span.begin(), span.end() - 2);
                }
                if (!document.inMainText(span) || isUnknownNameInsideDate(c, span, dates)) {
                    continue;
                }
                String surface = document.text(span);
                String lemma = c.lemma() != null ? c.lemma() : lemmaOf(ctx, sentence, c, surface);
                lemma = knownCase(lemma, language, c.type());
                if (quoted && !NameQuotes.isQuote(lemma.substring(0, 1))) {
                    lemma = sentence.get(c.first() - 1).text() + lemma + sentence.get(c.end()).text();
                }
                if (language.equals("bg")) {
                    lemma = bulgarianConventions(lemma);
                }
                if (!language.equals("ru") && NameQuotes.isQuote(surface.substring(0, 1))) {
                    lemma = withoutQuotes(lemma); // "„Северен поток“ 2" is "Северен поток 2"; Russian keeps them
                }
                mentions.add(new Mention(span, surface, c.type(), lemma, c.entityKey(), c.confidence()));
            }
        }
        mentions.sort(Comparator.comparing(Mention::span));
        List<Mention> typed = oneSensePerDocument(mentions, language);
        return model.isPresent() ? typed : withoutUnsupportedLoneWords(typed, language);
    }

    /**
     * The base form the rules compute; a trained model's remembered base form of the same surface
     * replaces it only where the rules could not change the surface of a language with cases,
     * since the rules know inflection better than a list learned on other topics (measured with
     * `./kronika bench ner`: trained lemma accuracy 0.964 with the list first, 0.967 without it).
     */
    private String lemmaOf(NameContext ctx, List<Token> sentence, NameCandidate c, String surface) {
        String language = ctx.language();
        String computed = ctx.lemma(sentence, c.first(), c.end(), c.type());
        if (!computed.equals(surface)) {
            if (language.equals("bg")) {
                return computed; // the knowledge base lists Bulgarian names with their articles too
            }
            return ctx.kbSpelling(surface, computed).orElse(computed);
        }
        Optional<String> remembered = language.equals("bg") ? Optional.empty() // no cases: the surface is a base form already
                : model.flatMap(m -> m.lemmaOf(language, surface, c.type()));
        return remembered.orElseGet(() -> ctx.kbSpelling(surface, computed).orElse(computed));
    }

    /**
     * A name made of a place and a number (the channel "Беларус-1") names something else but still
     * mentions the place, so the place is a mention of its own inside it, as nested annotation
     * schemes such as NEREL mark it; readers that want one mention per token take the outer one.
     */
    private static Optional<NameCandidate> placeInside(NameContext ctx, List<Token> sentence, NameCandidate c) {
        return c.type() != EntityType.LOC && RuleRecognizer.placeWithNumber(ctx, sentence, c.first(), c.end())
                ? Optional.of(new NameCandidate(c.first(), c.first() + 1, EntityType.LOC, c.confidence()))
                : Optional.empty();
    }

    /**
     * The number after a product's or an organisation's name belongs to it ("Северный поток — 2"),
     * as it does in the rules' known names; when the number follows the name's closing quote
     * ("„Северен поток“ 2"), the opening quote comes in with it.
     */
    private static NameCandidate withNumberTail(List<Token> sentence, NameCandidate c) {
        if (c.type() == EntityType.PER || c.type() == EntityType.LOC) {
            return c;
        }
        int from = c.end() < sentence.size() && NameQuotes.isQuote(sentence.get(c.end()).text()) ? c.end() + 1 : c.end();
        int tail = RuleRecognizer.numberTail(sentence, from);
        if (tail == from) {
            return c;
        }
        int quotes = 0;
        for (int k = c.first(); k < tail; k++) {
            quotes += NameQuotes.isQuote(sentence.get(k).text()) ? 1 : 0;
        }
        boolean openedBefore = c.first() > 0 && NameQuotes.isQuote(sentence.get(c.first() - 1).text());
        if (quotes % 2 == 1 && !openedBefore) {
            return c; // a quote closing something else
        }
        return c.withRange(quotes % 2 == 1 ? c.first() - 1 : c.first(), tail);
    }

    /**
     * A company's legal form after a name belongs to it and makes it the company ("Nord Stream 2
     * AG", "Нафтогаз України" ... "ПАТ"), as the rules read it; a model that learned the project's
     * name elsewhere would leave "AG" out and call the company a product.
     */
    private static NameCandidate withLegalFormTail(NameContext ctx, List<Token> sentence, NameCandidate c) {
        if (c.type() == EntityType.PER || !RuleRecognizer.isLegalForm(ctx, sentence, c.end())) {
            return c;
        }
        return new NameCandidate(c.first(), c.end() + 1, EntityType.ORG, c.confidence()); // the company, not what it was linked to
    }

    private static String withoutQuotes(String lemma) {
        StringBuilder out = new StringBuilder(lemma.length());
        lemma.codePoints().filter(cp -> !NameQuotes.isQuote(Character.toString(cp))).forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    /** A name does not end inside a written word: "COVID" of "COVID-19" takes its "-19", as the rules do. */
    private static NameCandidate withGluedTail(List<Token> sentence, NameCandidate c) {
        return c.withRange(c.first(), RuleRecognizer.extendGlued(sentence, c.end()));
    }

    private static NameCandidate withoutEdgeQuotes(List<Token> sentence, NameCandidate c) {
        int[] range = NameQuotes.trim(sentence, c.first(), c.end());
        return c.withRange(range[0], range[1]);
    }

    /** A model's one-word person that is a demonym takes the demonym's nominative and country, as the rules give them. */
    private static NameCandidate withDemonymReading(NameContext ctx, List<Token> sentence, NameCandidate c) {
        if (c.lemma() != null || c.type() != EntityType.PER || c.end() - c.first() != 1) {
            return c;
        }
        String word = sentence.get(c.first()).text();
        Optional<Demonyms.Reading> reading = ctx.demonyms.find(ctx.language(), word)
                .or(() -> ctx.demonyms.find(ctx.language(), word.toLowerCase(java.util.Locale.ROOT)));
        return reading.map(r -> new NameCandidate(c.first(), c.end(), c.type(), c.confidence(), r.lemma(), r.countryId())).orElse(c);
    }

    /** Below this confidence a rule candidate was typed by nothing but its capital letter. */
    private static final double DEFAULTED_CONFIDENCE = 0.35;

    /**
     * A lone capitalised word that nothing but its capital makes a person (no dictionary, cue,
     * role or knowledge) is a name of any type, or none, far more often than the surname of a
     * person; it stays only as part of a full name found elsewhere in the document ("Jacobs"
     * after "Kenny Jacobs").
     */
    private static List<Mention> withoutUnsupportedLoneWords(List<Mention> mentions, String language) {
        java.util.Set<String> fullNameWords = new java.util.HashSet<>();
        for (Mention m : mentions) {
            String[] words = m.lemma().split(" ");
            if (m.type() == EntityType.PER && words.length > 1) {
                for (String word : words) {
                    fullNameWords.add(NameKeys.key(word, language));
                }
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean lone = m.type() == EntityType.PER && m.confidence() < DEFAULTED_CONFIDENCE && m.lemma().indexOf(' ') < 0;
            if (!lone || fullNameWords.contains(NameKeys.key(m.lemma(), language))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The knowledge base's capitalisation of a name written in lowercase or in capitals
     * ("brexit" -> "Brexit" in Polish, "ПАКИСТАН" -> "Пакистан"); mixed-case spellings stay.
     */
    private String knownCase(String lemma, String language, EntityType type) {
        boolean lower = lemma.equals(lemma.toLowerCase(java.util.Locale.ROOT));
        boolean upper = lemma.length() > 4 && lemma.equals(lemma.toUpperCase(java.util.Locale.ROOT));
        if (!lower && !upper) {
            return language.equals("bg") ? knownCapitals(lemma, type) : lemma;
        }
        return kb.find(lemma, language, type)
                .map(e -> e.names().getOrDefault(language, List.of()))
                .filter(names -> !names.isEmpty())
                .map(names -> names.get(0))
                .filter(name -> name.equalsIgnoreCase(lemma) && !name.equals(name.toUpperCase(java.util.Locale.ROOT)))
                .orElse(lemma);
    }

    /** Bulgarian base forms write a name the knowledge base spells in capitals so: "Covid-19" -> "COVID-19". */
    private String knownCapitals(String lemma, EntityType type) {
        return kb.find(lemma, "bg", type).stream()
                .flatMap(e -> e.names().getOrDefault("bg", List.of()).stream())
                .filter(name -> name.equalsIgnoreCase(lemma) && name.equals(name.toUpperCase(java.util.Locale.ROOT)))
                .findFirst().orElse(lemma);
    }

    private static final java.util.regex.Pattern BULGARIAN_NUMBERED = java.util.regex.Pattern.compile("(\\p{L})\\s*[-‐–]\\s*(\\d{1,2})$");

    /** Bulgarian base forms write a name's number apart ("Северен поток 2") and drop inner quotes ("агенция Фокус"). */
    private static String bulgarianConventions(String lemma) {
        String out = lemma.indexOf(' ') > 0 ? BULGARIAN_NUMBERED.matcher(lemma).replaceFirst("$1 $2") : lemma;
        if (out.length() > 2 && "\"«„“".indexOf(out.charAt(0)) < 0) {
            out = out.replaceAll("[\"«»„“”]", "").replaceAll("\\s+", " ").strip();
        }
        return out;
    }

    /**
     * "23 May", "Monday": a month or weekday the time stage read as a date is not a person the
     * recogniser guessed from capitals; a name the knowledge base knows ("Brexit") keeps its
     * mention whatever the time stage thinks.
     */
    private static boolean isUnknownNameInsideDate(NameCandidate c, Span span, List<Span> dates) {
        if (c.confidence() >= KNOWN_NAME_CONFIDENCE) {
            return false;
        }
        for (Span date : dates) {
            if (date.begin() <= span.begin() && span.end() <= date.end()) {
                return true;
            }
        }
        return false;
    }

    /** Recognisers give names the knowledge base or a dictionary vouches for at least this confidence. */
    private static final double KNOWN_NAME_CONFIDENCE = 0.5;

    private static boolean isPossessiveEnding(String text, int end) {
        char apostrophe = text.charAt(end - 2);
        return (apostrophe == '\'' || apostrophe == '’') && text.charAt(end - 1) == 's';
    }

    /** A name keeps one type throughout a document: the type its mentions were most confidently given. */
    private static List<Mention> oneSensePerDocument(List<Mention> mentions, String language) {
        Map<String, Map<EntityType, Double>> votes = new HashMap<>();
        // A surname alone is the person named in full elsewhere in the document.
        for (Mention m : mentions) {
            String[] words = m.lemma().split(" ");
            if (m.type() == EntityType.PER && words.length > 1) {
                // Every word of a full name, first name too ("Asia" of "Asia Bibi" is not the continent here).
                for (String word : words) {
                    votes.computeIfAbsent(NameKeys.key(word, language), k -> new EnumMap<>(EntityType.class))
                            .merge(EntityType.PER, 1.5, Double::sum);
                }
            }
        }
        for (Mention m : mentions) {
            votes.computeIfAbsent(NameKeys.key(m.lemma(), language), k -> new EnumMap<>(EntityType.class))
                    .merge(m.type(), m.confidence(), Double::sum);
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Map<EntityType, Double> v = votes.get(NameKeys.key(m.lemma(), language));
            EntityType best = v.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(m.type());
            out.add(best == m.type() ? m : new Mention(m.span(), m.text(), best, m.lemma(), m.entityKey(), m.confidence()));
        }
        return out;
    }
}
