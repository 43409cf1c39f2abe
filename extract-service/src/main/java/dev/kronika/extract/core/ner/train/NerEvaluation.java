package dev.kronika.extract.core.ner.train;

import dev.kronika.extract.core.model.Content;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.EntityType;
import dev.kronika.extract.core.model.LanguageResult;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.Mention;
import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.ValueSource;
import dev.kronika.extract.core.ner.EntityLinkingStage;
import dev.kronika.extract.core.ner.NamedEntityStage;
import dev.kronika.extract.core.pipeline.Stage;
import dev.kronika.extract.core.text.TextSegmentationStage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the named-entity stages on a SlavicNER-style corpus: strict mention precision, recall and
 * F1 (exact span and type) per language and type, lemma accuracy on correctly found mentions, and
 * cross-document linking B-cubed F1 over (document, gold entity) pairs.
 */
public final class NerEvaluation {

    /** Counts for one cell (language x type, or a total). */
    public static final class Counts {
        public long tp;
        public long fp;
        public long fn;
        public long lemmaRight;

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double lemmaAccuracy() {
            return tp == 0 ? 0 : (double) lemmaRight / tp;
        }

        void add(Counts o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
            lemmaRight += o.lemmaRight;
        }
    }

    public final Map<String, Counts> cells = new TreeMap<>();
    /** (doc, gold entity) item -> gold cluster and system cluster, per language and overall. */
    private final List<String[]> linkItems = new ArrayList<>();
    public long tokens;
    public long nanos;
    /** Examples of errors, for error analysis: "lang\tkind\tsurface\tgold\tsystem". */
    public final List<String> errors = new ArrayList<>();

    private final TextSegmentationStage segmentation = new TextSegmentationStage();
    private final NamedEntityStage ner;
    private final EntityLinkingStage linking;

    public NerEvaluation(NamedEntityStage ner, EntityLinkingStage linking) {
        this.ner = ner;
        this.linking = linking;
    }

    /** The corpus document as the pipeline sees it: all of it main text, its folder's language. */
    public static Document document(SlavicNerCorpus.Doc doc) {
        Document d = Document.of(doc.text());
        d.set(Layers.CONTENT, Content.wholeText(doc.text()));
        d.set(Layers.LANGUAGE, new LanguageResult(doc.language(), ValueSource.TEXT, 1.0));
        return d;
    }

    public void evaluate(SlavicNerCorpus.Doc doc) {
        Document d = document(doc);
        segmentation.process(d);
        long t0 = System.nanoTime();
        ner.process(d);
        linking.process(d);
        nanos += System.nanoTime() - t0;
        tokens += d.get(Layers.TOKENS).size();
        score(doc, d.get(Layers.MENTIONS));
    }

    private void score(SlavicNerCorpus.Doc doc, List<Mention> system) {
        Map<Span, SlavicNerCorpus.GoldMention> gold = new HashMap<>();
        for (SlavicNerCorpus.GoldMention g : doc.mentions()) {
            gold.put(g.span(), g);
        }
        Map<String, Map<String, Integer>> keysOfGoldEntity = new HashMap<>();
        for (SlavicNerCorpus.GoldMention g : doc.mentions()) {
            keysOfGoldEntity.computeIfAbsent(g.entityId(), k -> new HashMap<>());
        }
        Map<Span, Mention> matched = new HashMap<>();
        for (Mention m : system) {
            SlavicNerCorpus.GoldMention g = gold.get(m.span());
            if (g != null && g.type() == m.type()) {
                Counts c = cell(doc.language(), m.type());
                c.tp++;
                if (g.lemma().equals(m.lemma())) {
                    c.lemmaRight++;
                } else {
                    errors.add(doc.language() + "\tLEMMA\t" + m.text() + "\t" + g.lemma() + "\t" + m.lemma() + "\t" + m.type() + where(doc, m.span()));
                }
                matched.put(m.span(), m);
                if (m.entityKey() != null) {
                    keysOfGoldEntity.get(g.entityId()).merge(m.entityKey(), 1, Integer::sum);
                }
            } else {
                cell(doc.language(), m.type()).fp++;
                errors.add(doc.language() + "\tFP\t" + m.text() + "\t" + (g == null ? "-" : g.type()) + "\t" + m.type() + where(doc, m.span()));
            }
        }
        for (SlavicNerCorpus.GoldMention g : doc.mentions()) {
            if (!matched.containsKey(g.span())) {
                cell(doc.language(), g.type()).fn++;
                errors.add(doc.language() + "\tFN\t" + g.surface() + "\t" + g.type() + "\t-" + where(doc, g.span()));
            }
        }
        for (Map.Entry<String, Map<String, Integer>> e : keysOfGoldEntity.entrySet()) {
            String systemKey = e.getValue().entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse("unlinked#" + doc.topic() + "/" + doc.language() + "/" + doc.id() + "/" + e.getKey());
            linkItems.add(new String[] {doc.language(), e.getKey(), systemKey});
        }
    }

    private static String where(SlavicNerCorpus.Doc doc, Span span) {
        return "\t" + doc.topic() + "/" + doc.language() + "/" + doc.id() + "\t" + span.begin() + "\t" + span.end();
    }

    private Counts cell(String language, EntityType type) {
        return cells.computeIfAbsent(language + "\t" + type, k -> new Counts());
    }

    /** Totals of a language ("*" for all). */
    public Counts total(String language) {
        Counts total = new Counts();
        for (Map.Entry<String, Counts> e : cells.entrySet()) {
            if (language.equals("*") || e.getKey().startsWith(language + "\t")) {
                total.add(e.getValue());
            }
        }
        return total;
    }

    /** B-cubed F1 of the linking over (document, gold entity) items of a language ("*" for all, cross-language). */
    public double bcubed(String language) {
        List<String[]> items = linkItems.stream().filter(i -> language.equals("*") || i[0].equals(language)).toList();
        if (items.isEmpty()) {
            return 0;
        }
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> systemSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (String[] i : items) {
            goldSize.merge(i[1], 1, Integer::sum);
            systemSize.merge(i[2], 1, Integer::sum);
            both.merge(i[1] + "\u0000" + i[2], 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (String[] i : items) {
            int overlap = both.get(i[1] + "\u0000" + i[2]);
            p += (double) overlap / systemSize.get(i[2]);
            r += (double) overlap / goldSize.get(i[1]);
        }
        p /= items.size();
        r /= items.size();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double tokensPerSecond() {
        return nanos == 0 ? 0 : tokens / (nanos / 1e9);
    }

    public List<String> languages() {
        return cells.keySet().stream().map(k -> k.substring(0, k.indexOf('\t'))).distinct().toList();
    }

    /** A printable table: per language and type P/R/F1 and lemma accuracy, per language totals and B-cubed. */
    public String table(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(title).append('\n');
        sb.append(String.format("%-4s %-4s %7s %7s %7s %7s %6s%n", "lang", "type", "P", "R", "F1", "lemma", "gold"));
        for (String language : languages()) {
            for (EntityType type : EntityType.values()) {
                Counts c = cells.get(language + "\t" + type);
                if (c != null) {
                    sb.append(String.format("%-4s %-4s %7.3f %7.3f %7.3f %7.3f %6d%n", language, type, c.precision(), c.recall(), c.f1(), c.lemmaAccuracy(), c.tp + c.fn));
                }
            }
            Counts t = total(language);
            sb.append(String.format("%-4s %-4s %7.3f %7.3f %7.3f %7.3f %6d  B3 %.3f%n", language, "ALL", t.precision(), t.recall(), t.f1(), t.lemmaAccuracy(), t.tp + t.fn, bcubed(language)));
        }
        Counts t = total("*");
        sb.append(String.format("%-4s %-4s %7.3f %7.3f %7.3f %7.3f %6d  B3 %.3f (cross-language)%n", "*", "ALL", t.precision(), t.recall(), t.f1(), t.lemmaAccuracy(), t.tp + t.fn, bcubed("*")));
        sb.append(String.format("throughput: %d tokens in %.1f s = %.0f tokens/s (one thread, recognition + linking)%n", tokens, nanos / 1e9, tokensPerSecond()));
        return sb.toString();
    }

    /** The pooled counts of several evaluations (B-cubed over the union of their items). */
    public static NerEvaluation merge(List<NerEvaluation> parts) {
        NerEvaluation all = new NerEvaluation(parts.get(0).ner, parts.get(0).linking);
        for (NerEvaluation p : parts) {
            for (Map.Entry<String, Counts> e : p.cells.entrySet()) {
                all.cells.computeIfAbsent(e.getKey(), k -> new Counts()).add(e.getValue());
            }
            all.linkItems.addAll(p.linkItems);
            all.tokens += p.tokens;
            all.nanos += p.nanos;
        }
        return all;
    }

    /** Stages used, for callers that time them separately. */
    public List<Stage> stages() {
        return List.of(segmentation, ner, linking);
    }
}
