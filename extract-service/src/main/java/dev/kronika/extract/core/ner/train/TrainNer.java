package dev.kronika.extract.core.ner.train;

import dev.kronika.extract.core.kb.KnowledgeBase;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.Token;
import dev.kronika.extract.core.ner.LearnedLemmas;
import dev.kronika.extract.core.ner.DocumentMemory;
import dev.kronika.extract.core.ner.NameContext;
import dev.kronika.extract.core.ner.NameQuotes;
import dev.kronika.extract.core.ner.PerceptronTagger;
import dev.kronika.extract.core.ner.TokenFeatures;
import dev.kronika.extract.core.text.TextSegmentationStage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the name model from a SlavicNER-layout corpus and writes it to a file.
 *
 * <p>Usage: {@code TrainNer --corpus DIR --out FILE [--topics a,b] [--langs bg,pl] [--epochs N] [--max-docs N]}
 */
public final class TrainNer {

    private record Example(String language, TokenFeatures.SentenceView view, int[] gold) {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = null;
        Path out = null;
        List<String> topics = null;
        List<String> languages = List.of("bg", "cs", "pl", "ru", "sl", "uk");
        int epochs = 6;
        int maxDocs = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--topics" -> topics = List.of(args[++i].split(","));
                case "--langs" -> languages = List.of(args[++i].split(","));
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--max-docs" -> maxDocs = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (corpus == null || out == null) {
            throw new IllegalArgumentException("usage: TrainNer --corpus DIR --out FILE [--topics a,b] [--langs bg,pl] [--epochs N] [--max-docs N]");
        }
        if (topics == null) {
            topics = SlavicNerCorpus.topics(corpus);
        }
        List<SlavicNerCorpus.Doc> docs = SlavicNerCorpus.read(corpus, topics, languages, maxDocs);
        long t0 = System.nanoTime();
        NerModel model = train(docs, KnowledgeBase.bundled(), epochs, System.out::println);
        model.save(out);
        System.out.printf("trained on %d documents of %s in %.1f s -> %s%n", docs.size(), topics, (System.nanoTime() - t0) / 1e9, out);
    }

    /** Trains a model in memory. */
    public static NerModel train(List<SlavicNerCorpus.Doc> docs, KnowledgeBase kb, int epochs, java.util.function.Consumer<String> log) {
        TextSegmentationStage segmentation = new TextSegmentationStage();
        List<List<Example>> examples = new ArrayList<>();
        Map<String, Map<String, Integer>> lemmaCounts = new HashMap<>();
        LearnedLemmas.Builder learned = new LearnedLemmas.Builder();
        for (SlavicNerCorpus.Doc doc : docs) {
            Document d = NerEvaluation.document(doc);
            segmentation.process(d);
            NameContext ctx = NameContext.of(d, kb);
            Map<Integer, SlavicNerCorpus.GoldMention> byBegin = new HashMap<>();
            for (SlavicNerCorpus.GoldMention g : doc.mentions()) {
                byBegin.putIfAbsent(g.span().begin(), g);
                lemmaCounts.computeIfAbsent(NerModel.lemmaKey(doc.language(), g.surface(), g.type()), k -> new HashMap<>())
                        .merge(g.lemma(), 1, Integer::sum);
                learned.add(doc.language(), g.type() == dev.kronika.extract.core.model.EntityType.PER, g.surface(), g.lemma());
            }
            List<Example> sentences = new ArrayList<>();
            for (List<Token> sentence : ctx.sentences()) {
                int[] gold = goldLabels(sentence, byBegin);
                sentences.add(new Example(doc.language(), TokenFeatures.view(ctx, sentence), gold));
            }
            examples.add(sentences);
        }
        log.accept(String.format("training examples: %d documents", examples.size()));
        PerceptronTagger.Trainer trainer = new PerceptronTagger.Trainer(20);
        Random random = new Random(17);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            // Documents in random order, each read in order: the document memory must see what the
            // tagger, as it is now, said of the sentences before.
            Collections.shuffle(examples, random);
            long errors = 0;
            long tokens = 0;
            for (List<Example> document : examples) {
                DocumentMemory memory = new DocumentMemory();
                for (Example e : document) {
                    int[] codes = memory.codes(e.view());
                    errors += trainer.learn(e.language(), e.view(), e.gold(), codes);
                    tokens += e.gold().length;
                    memory.record(e.view(), trainer.tag(e.language(), e.view(), codes));
                }
            }
            log.accept(String.format("epoch %d: token error rate %.4f", epoch, (double) errors / Math.max(1, tokens)));
        }
        Map<String, String> lemmas = new HashMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : lemmaCounts.entrySet()) {
            e.getValue().entrySet().stream().max(Map.Entry.comparingByValue())
                    .ifPresent(best -> lemmas.put(e.getKey(), best.getKey()));
        }
        return new NerModel(trainer.build(), lemmas, learned.build());
    }

    /** BIO labels from gold mentions whose boundaries fall on token boundaries. */
    private static int[] goldLabels(List<Token> sentence, Map<Integer, SlavicNerCorpus.GoldMention> byBegin) {
        int[] labels = new int[sentence.size()];
        for (int i = 0; i < sentence.size(); i++) {
            SlavicNerCorpus.GoldMention g = byBegin.get(sentence.get(i).begin());
            if (g == null) {
                continue;
            }
            Span span = g.span();
            int j = i;
            while (j < sentence.size() && sentence.get(j).end() <= span.end()) {
                j++;
            }
            if (j == i || sentence.get(j - 1).end() != span.end()) {
                continue;
            }
            int[] unquoted = NameQuotes.trim(sentence, i, j);
            labels[unquoted[0]] = TokenFeatures.label(g.type(), true);
            for (int k = unquoted[0] + 1; k < unquoted[1]; k++) {
                labels[k] = TokenFeatures.label(g.type(), false);
            }
            i = j - 1;
        }
        return labels;
    }

    private TrainNer() {
    }
}
