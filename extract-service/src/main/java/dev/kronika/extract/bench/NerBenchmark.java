package dev.kronika.extract.bench;

import dev.kronika.extract.core.kb.KnowledgeBase;
import dev.kronika.extract.core.ner.EntityLinkingStage;
import dev.kronika.extract.core.ner.NamedEntityStage;
import dev.kronika.extract.core.ner.train.NerEvaluation;
import dev.kronika.extract.core.ner.train.SlavicNerCorpus;

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
 * <p>Usage: {@code NerBenchmark [--corpus DIR] [--max-docs N] [--topics a,b] [--langs bg,pl] [--untrained-only]}
 */
public final class NerBenchmark {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(System.getProperty("kronika.shared.dir", "../shared"), "corpora", "slavicner-dev");
        int maxDocs = 0;
        List<String> topics = null;
        List<String> languages = List.of("bg", "cs", "pl", "ru", "sl", "uk");
        boolean trained = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--max-docs" -> maxDocs = Integer.parseInt(args[++i]);
                case "--topics" -> topics = List.of(args[++i].split(","));
                case "--langs" -> languages = List.of(args[++i].split(","));
                case "--untrained-only" -> trained = false;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException("SlavicNER corpus not found at " + corpus + " (set -Dkronika.shared.dir)");
        }
        List<String> allTopics = SlavicNerCorpus.topics(corpus);
        if (topics == null) {
            topics = allTopics;
        }
        KnowledgeBase kb = KnowledgeBase.bundled();
        System.out.printf("SlavicNER benchmark: corpus %s, topics %s, languages %s, max docs per topic/language %s, KB entities %d%n",
                corpus, topics, languages, maxDocs <= 0 ? "all" : maxDocs, kb.size());

        NerEvaluation untrained = new NerEvaluation(new NamedEntityStage(kb, Optional.empty()), new EntityLinkingStage(kb));
        for (SlavicNerCorpus.Doc doc : SlavicNerCorpus.read(corpus, topics, languages, maxDocs)) {
            untrained.evaluate(doc);
        }
        System.out.println(untrained.table("untrained (rules, dictionaries, gazetteer, knowledge base)"));

        if (trained) {
            TrainedRun.run(corpus, allTopics, topics, languages, maxDocs, kb);
        }
    }

    /** Hook for the trained, leave-one-topic-out evaluation. */
    static final class TrainedRun {
        static void run(Path corpus, List<String> allTopics, List<String> topics, List<String> languages, int maxDocs, KnowledgeBase kb) throws Exception {
            System.out.println("(trained evaluation not available in this build)");
        }
    }

    private NerBenchmark() {
    }
}
