package dev.kronika.extract.core.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.kronika.extract.core.model.Content;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.Layer;
import dev.kronika.extract.core.model.LanguageResult;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.ValueSource;
import dev.kronika.extract.core.pipeline.Stage;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * Identifies the language of the main text with Lingua. The detector knows the supported
 * languages plus their closest neighbours (Slovak, Croatian, Serbian, Macedonian, Belarusian) and
 * the commonest other European languages, so that an article in one of those comes out as
 * "other" instead of being forced onto the nearest supported language.
 */
public final class LanguageIdentificationStage implements Stage {

    public static final Set<String> SUPPORTED = Set.of("bg", "cs", "en", "pl", "ru", "sl", "uk");

    /** Characters of main text enough for a confident decision; longer texts are cut for speed. */
    private static final int SAMPLE_CHARS = 1_000;

    private static final Map<Language, String> SUPPORTED_CODES = new EnumMap<>(Map.of(
            Language.BULGARIAN, "bg", Language.CZECH, "cs", Language.ENGLISH, "en", Language.POLISH, "pl",
            Language.RUSSIAN, "ru", Language.SLOVENE, "sl", Language.UKRAINIAN, "uk"));

    private final LanguageDetector detector;

    /** The detector in Lingua's low-accuracy mode (see {@link #LanguageIdentificationStage(boolean)}). */
    public LanguageIdentificationStage() {
        this(true);
    }

    /**
     * @param lowAccuracyMode load only Lingua's trigram models: a fifth of the memory of all five
     *                        n-gram orders for 21 languages, with the same decisions on article-length
     *                        text (measured by {@code LanguageBenchmark}); the full models help only
     *                        on very short texts, which an article's title and body never are
     */
    public LanguageIdentificationStage(boolean lowAccuracyMode) {
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(
                Language.BULGARIAN, Language.CZECH, Language.ENGLISH, Language.POLISH, Language.RUSSIAN,
                Language.SLOVENE, Language.UKRAINIAN,
                Language.SLOVAK, Language.CROATIAN, Language.SERBIAN, Language.MACEDONIAN, Language.BELARUSIAN,
                Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.DUTCH,
                Language.PORTUGUESE, Language.HUNGARIAN, Language.ROMANIAN, Language.LITHUANIAN)
                .withPreloadedLanguageModels();
        detector = (lowAccuracyMode ? builder.withLowAccuracyMode() : builder).build();
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.CONTENT);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.LANGUAGE);
    }

    @Override
    public void process(Document document) {
        Optional<String> hint = document.request().languageHint().map(code -> code.toLowerCase(Locale.ROOT));
        if (hint.isPresent() && SUPPORTED.contains(hint.get())) {
            document.set(Layers.LANGUAGE, new LanguageResult(hint.get(), ValueSource.REQUEST, 1.0));
            return;
        }
        document.set(Layers.LANGUAGE, detect(mainTextSample(document)));
    }

    public LanguageResult detect(String sample) {
        if (sample.isBlank()) {
            return new LanguageResult(LanguageResult.OTHER, ValueSource.DETECTED, 0.0);
        }
        SortedMap<Language, Double> confidences = detector.computeLanguageConfidenceValues(sample);
        if (confidences.isEmpty()) {
            return new LanguageResult(LanguageResult.OTHER, ValueSource.DETECTED, 0.0);
        }
        Language best = confidences.firstKey();
        double confidence = confidences.get(best);
        String code = SUPPORTED_CODES.getOrDefault(best, LanguageResult.OTHER);
        return new LanguageResult(code, ValueSource.DETECTED, confidence);
    }

    private static String mainTextSample(Document document) {
        Content content = document.get(Layers.CONTENT);
        StringBuilder sample = new StringBuilder();
        content.title().ifPresent(title -> sample.append(document.text(title)).append('\n'));
        for (Span part : content.body()) {
            if (sample.length() >= SAMPLE_CHARS) {
                break;
            }
            sample.append(document.text(part)).append('\n');
        }
        return sample.length() > SAMPLE_CHARS ? sample.substring(0, SAMPLE_CHARS) : sample.toString();
    }
}
