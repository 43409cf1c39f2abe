package dev.kronika.extract.bench;

import dev.kronika.extract.core.kb.KnowledgeBase;
import dev.kronika.extract.core.ner.EntityLinkingStage;
import dev.kronika.extract.core.ner.NamedEntityStage;
import dev.kronika.extract.core.ner.train.NerEvaluation;
import dev.kronika.extract.core.ner.train.NerModel;
import dev.kronika.extract.core.ner.train.TrainNer;
import dev.kronika.extract.core.ner.train.SlavicNerCorpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Named-entity benchmark on SlavicNER (../shared/corpora/slavicner-dev): strict mention F1 per
 * language and type, lemma accuracy, cross-document linking B-cubed, throughput; untrained, and
 * trained on four topics and tested on the fifth, each topic in turn.
 *
 * <p>Usage: {@code NerBenchmark [--corpus DIR] [--max-docs N] [--topics a,b] [--langs bg,pl]
 * [--untrained-only | --trained-only] [--epochs N] [--errors FILE] [--model-dir DIR]}. With
 * {@code --model-dir} the leave-one-topic-out models are kept in DIR and reused by later runs
 * (delete them after changing the features or the training).
 */
public final class NerBenchmark {

    /** What one run measures. */
    record Options(Path corpus, int maxDocs, List<String> topics, List<String> languages, boolean untrained, boolean trained,
                   int epochs, Path errorsFile, Path modelDir) {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(System.getProperty("kronika.shared.dir", "../shared"), "corpora", "slavicner-dev");
        int maxDocs = 0;
        List<String> topics = null;
        List<String> languages = List.of("bg", "cs", "pl", "ru", "sl", "uk");
        boolean trained = true;
        boolean untrained = true;
        int epochs = 6;
        Path errorsFile = null;
        Path modelDir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--max-docs" -> maxDocs = Integer.parseInt(args[++i]);
                case "--topics" -> topics = List.of(args[++i].split(","));
                case "--langs" -> languages = List.of(args[++i].split(","));
                case "--untrained-only" -> trained = false;
                case "--trained-only" -> untrained = false;
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--errors" -> errorsFile = Path.of(args[++i]);
                case "--model-dir" -> modelDir = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException("SlavicNER corpus not found at " + corpus + " (set -Dkronika.shared.dir)");
        }
        if (topics == null) {
            topics = SlavicNerCorpus.topics(corpus);
        }
        Options options = new Options(corpus, maxDocs, topics, languages, untrained, trained, epochs, errorsFile, modelDir);
        KnowledgeBase kb = KnowledgeBase.bundled();
        System.out.printf("SlavicNER benchmark: corpus %s, topics %s, languages %s, max docs per topic/language %s, KB entities %d%n",
                corpus, topics, languages, maxDocs <= 0 ? "all" : maxDocs, kb.size());
        if (options.untrained()) {
            runUntrained(options, kb);
        }
        if (options.trained()) {
            TrainedRun.run(options, kb);
        }
    }

    /** The rules, dictionaries, gazetteer and knowledge base alone; prints throughput after a warm-up. */
    private static void runUntrained(Options o, KnowledgeBase kb) throws IOException {
        // Warm-up, not scored: loads the dictionaries and gazetteer so that throughput measures tagging only.
        NerEvaluation warmUp = new NerEvaluation(new NamedEntityStage(kb, Optional.empty()), new EntityLinkingStage(kb));
        SlavicNerCorpus.read(o.corpus(), o.topics().subList(0, 1), o.languages(), 5).forEach(warmUp::evaluate);

        NerEvaluation untrained = new NerEvaluation(new NamedEntityStage(kb, Optional.empty()), new EntityLinkingStage(kb));
        for (SlavicNerCorpus.Doc doc : SlavicNerCorpus.read(o.corpus(), o.topics(), o.languages(), o.maxDocs())) {
            untrained.evaluate(doc);
        }
        System.out.println(untrained.table("untrained (rules, dictionaries, gazetteer, knowledge base)"));
        if (o.errorsFile() != null) {
            Files.write(o.errorsFile(), untrained.errors);
        }
    }

    /** Leave-one-topic-out: train on the other topics into a file, load it, test on the topic. */
    static final class TrainedRun {
        static void run(Options o, KnowledgeBase kb) throws Exception {
            List<String> allTopics = SlavicNerCorpus.topics(o.corpus());
            boolean keep = o.modelDir() != null;
            Path dir = keep ? Files.createDirectories(o.modelDir()) : Files.createTempDirectory("kronika-ner");
            List<NerEvaluation> evaluations = new ArrayList<>();
            for (String heldOut : o.topics()) {
                List<String> trainTopics = allTopics.stream().filter(t -> !t.equals(heldOut)).toList();
                Path file = dir.resolve("ner-" + heldOut + ".model");
                long t0 = System.nanoTime();
                boolean reused = keep && Files.isRegularFile(file);
                if (!reused) {
                    TrainNer.train(SlavicNerCorpus.read(o.corpus(), trainTopics, o.languages(), 0), kb, o.epochs(), line -> { }).save(file);
                }
                NerModel loaded = NerModel.load(file);
                double trainSeconds = (System.nanoTime() - t0) / 1e9;
                NerEvaluation eval = new NerEvaluation(new NamedEntityStage(kb, Optional.of(loaded)), new EntityLinkingStage(kb));
                for (SlavicNerCorpus.Doc doc : SlavicNerCorpus.read(o.corpus(), List.of(heldOut), o.languages(), o.maxDocs())) {
                    eval.evaluate(doc);
                }
                NerEvaluation.Counts t = eval.total("*");
                System.out.printf("held-out %-12s %s %s in %.0f s (%d KiB model): F1 %.3f  lemma %.3f  B3 %.3f%n",
                        heldOut, reused ? "model reused from" : "trained on", reused ? file : trainTopics, trainSeconds,
                        Files.size(file) / 1024, t.f1(), t.lemmaAccuracy(), eval.bcubed("*"));
                evaluations.add(eval);
                if (!keep) {
                    Files.deleteIfExists(file);
                }
            }
            if (!keep) {
                Files.deleteIfExists(dir);
            }
            NerEvaluation all = NerEvaluation.merge(evaluations);
            System.out.println(all.table("trained (averaged perceptron), each topic held out in turn, pooled"));
            if (o.errorsFile() != null) {
                List<String> errors = new ArrayList<>();
                evaluations.forEach(e -> errors.addAll(e.errors));
                Files.write(Path.of(o.errorsFile() + ".trained"), errors);
            }
        }
    }

    private NerBenchmark() {
    }
}
