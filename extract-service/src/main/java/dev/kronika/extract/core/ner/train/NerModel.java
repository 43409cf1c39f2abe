package dev.kronika.extract.core.ner.train;

import dev.kronika.extract.core.model.EntityType;
import dev.kronika.extract.core.model.Token;
import dev.kronika.extract.core.ner.DocumentMemory;
import dev.kronika.extract.core.ner.LearnedLemmas;
import dev.kronika.extract.core.ner.NameCandidate;
import dev.kronika.extract.core.ner.NameContext;
import dev.kronika.extract.core.ner.PerceptronTagger;
import dev.kronika.extract.core.ner.TokenFeatures;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained name model: the perceptron sequence tagger and the base forms of mentions seen in
 * training (language and surface form -> lemma), which take precedence over the rule lemmatiser.
 * Built by {@link TrainNer} into a file outside the repository.
 */
public final class NerModel {

    private static final String MAGIC = "kronika-ner-3";

    private final PerceptronTagger tagger;
    private final Map<String, String> lemmas;
    private final LearnedLemmas learnedLemmas;

    public NerModel(PerceptronTagger tagger, Map<String, String> lemmas, LearnedLemmas learnedLemmas) {
        this.tagger = tagger;
        this.lemmas = Map.copyOf(lemmas);
        this.learnedLemmas = learnedLemmas;
    }

    public LearnedLemmas learnedLemmas() {
        return learnedLemmas;
    }

    /** Names of every sentence of the document, read in order, each with what the document memory holds of the sentences before. */
    public List<List<NameCandidate>> tagDocument(NameContext ctx, List<List<Token>> sentences) {
        DocumentMemory memory = new DocumentMemory();
        List<List<NameCandidate>> out = new ArrayList<>(sentences.size());
        for (List<Token> sentence : sentences) {
            TokenFeatures.SentenceView view = TokenFeatures.view(ctx, sentence);
            int[] labels = tagger.tag(ctx.language(), view, memory.codes(view));
            memory.record(view, labels);
            out.add(withKnownRuleNames(view, names(labels)));
        }
        return out;
    }

    private static List<NameCandidate> withKnownRuleNames(TokenFeatures.SentenceView view, List<NameCandidate> out) {
        // Names the rules know for sure (knowledge base, gazetteer) where the model saw nothing:
        // on a new topic the model has not met its names, the knowledge base may have.
        for (NameCandidate rule : view.rules()) {
            if (rule.confidence() >= KNOWN && out.stream().noneMatch(c -> c.first() < rule.end() && rule.first() < c.end())) {
                out.add(rule);
            }
        }
        out.sort(java.util.Comparator.comparingInt(NameCandidate::first));
        return out;
    }

    private static final double KNOWN = 0.7;

    private static List<NameCandidate> names(int[] labels) {
        List<NameCandidate> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= labels.length; i++) {
            int l = i < labels.length ? labels[i] : 0;
            if (start >= 0 && (l == 0 || TokenFeatures.isBegin(l))) {
                out.add(new NameCandidate(start, i, TokenFeatures.typeOf(labels[start]), 0.9));
                start = -1;
            }
            if (l != 0 && TokenFeatures.isBegin(l)) {
                start = i;
            }
        }
        return out;
    }

    static String lemmaKey(String language, String surface, EntityType type) {
        return language + "\t" + type + "\t" + surface;
    }

    public Optional<String> lemmaOf(String language, String surface, EntityType type) {
        return Optional.ofNullable(lemmas.get(lemmaKey(language, surface, type)));
    }

    public void save(Path path) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(path))))) {
            out.writeUTF(MAGIC);
            tagger.write(out);
            out.writeInt(lemmas.size());
            for (Map.Entry<String, String> e : lemmas.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue());
            }
            learnedLemmas.write(out);
        }
    }

    public static NerModel load(Path path) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(path))))) {
            String magic = in.readUTF();
            if (!MAGIC.equals(magic)) {
                throw new IOException("not a Kronika NER model: " + path);
            }
            PerceptronTagger tagger = PerceptronTagger.read(in);
            int n = in.readInt();
            Map<String, String> lemmas = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                lemmas.put(in.readUTF(), in.readUTF());
            }
            return new NerModel(tagger, lemmas, LearnedLemmas.read(in));
        }
    }
}
