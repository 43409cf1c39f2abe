package dev.kronika.extract.core.time;

import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds and normalises the time expressions of a text in one of the supported languages. Built
 * once (it compiles every language's grammar); thread-safe.
 */
public final class TimeExpressionRecognizer {

    public static final List<String> LANGUAGES = List.of("bg", "cs", "en", "pl", "ru", "sl", "uk");

    private final Map<String, TimeGrammar> grammars = LANGUAGES.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), language -> new TimeGrammar(TimeLexicon.load(language))));

    /**
     * The expressions inside the regions, in text order.
     *
     * @param regions   the spans to search (the main text); expressions never cross a region's edge
     * @param sentences sentence spans, for the tense that decides between past and future readings
     * @param anchor    the document date relative expressions count from
     */
    public List<TimeExpression> recognize(String text, List<Span> regions, List<Span> sentences, String language,
                                          Optional<LocalDate> anchor, ReferenceMode mode) {
        TimeGrammar grammar = grammars.getOrDefault(language, grammars.get("en"));
        String tenseLanguage = grammars.containsKey(language) ? language : "en";
        List<TimeGrammar.Candidate> chosen = new ArrayList<>();
        for (Span region : regions.stream().sorted().toList()) {
            chosen.addAll(longestFirst(grammar.candidates(text, region)));
        }
        chosen.sort(Comparator.comparing(TimeGrammar.Candidate::span));
        TimexResolver resolver = new TimexResolver(anchor, mode);
        List<TimeExpression> result = new ArrayList<>();
        for (TimeGrammar.Candidate candidate : chosen) {
            Tense tense = tenseAround(text, sentenceOf(sentences, candidate.span()).orElse(candidate.span()), candidate.span(), tenseLanguage);
            TimexResolver.Resolved resolved = resolver.resolve(candidate.meaning(), candidate.type(), tense);
            result.add(new TimeExpression(candidate.span(), candidate.span().of(text), resolved.type(), resolved.value(), resolved.window()));
        }
        return List.copyOf(result);
    }

    /** Keeps the longest of overlapping matches; of equally long ones, the earlier rule's. */
    private static List<TimeGrammar.Candidate> longestFirst(List<TimeGrammar.Candidate> candidates) {
        List<TimeGrammar.Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((TimeGrammar.Candidate c) -> -c.span().length()).thenComparingInt(TimeGrammar.Candidate::rule));
        List<TimeGrammar.Candidate> kept = new ArrayList<>();
        for (TimeGrammar.Candidate candidate : sorted) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(candidate.span()))) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private static final String CLAUSE_BREAKS = ",;:\"“”„«»()–—";
    /** Conjunctions that open a new clause, whose tense is not the expression's. */
    private static final Map<String, Pattern> CLAUSE_WORDS = Map.of(
            "en", clauseWords("that|which|who|because|but|while|although|after|before"),
            "pl", clauseWords("że|który|która|które|którzy|ale|gdy|kiedy|bo|ponieważ"),
            "ru", clauseWords("что|который|которая|которое|которые|но|когда|потому|хотя"),
            "uk", clauseWords("що|який|яка|яке|які|але|коли|тому|хоча"),
            "bg", clauseWords("че|който|която|което|които|но|когато|защото|въпреки"),
            "cs", clauseWords("že|který|která|které|kteří|ale|když|protože|ačkoli"),
            "sl", clauseWords("da|ki|ampak|ko|ker|čeprav|vendar"));

    private static Pattern clauseWords(String words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + words + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** The tense of the clause around the expression when it shows one, else of the whole sentence. */
    private static Tense tenseAround(String text, Span sentence, Span expression, String language) {
        int begin = expression.begin();
        while (begin > sentence.begin() && CLAUSE_BREAKS.indexOf(text.charAt(begin - 1)) < 0) {
            begin--;
        }
        int end = expression.end();
        while (end < sentence.end() && CLAUSE_BREAKS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        Pattern words = CLAUSE_WORDS.get(language);
        if (words != null) {
            Matcher m = words.matcher(text).region(begin, end);
            while (m.find()) {
                if (m.end() <= expression.begin()) {
                    begin = m.end();
                } else if (m.start() >= expression.end()) {
                    end = m.start();
                    break;
                }
            }
        }
        Tense clause = TenseCues.tenseOf(language, text.substring(begin, end));
        return clause != Tense.NONE ? clause : TenseCues.tenseOf(language, text.substring(sentence.begin(), sentence.end()));
    }

    private static Optional<Span> sentenceOf(List<Span> sentences, Span span) {
        return Stream.ofNullable(sentences).flatMap(List::stream).filter(s -> s.contains(span.begin())).findFirst();
    }
}
