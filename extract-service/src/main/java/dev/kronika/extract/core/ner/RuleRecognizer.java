package dev.kronika.extract.core.ner;

import dev.kronika.extract.core.kb.KbEntity;
import dev.kronika.extract.core.model.EntityType;
import dev.kronika.extract.core.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds names without a trained model: runs of capitalised words, acronyms and the numbers that
 * end product names ("Nord Stream 2"), joined over name connectors ("Rostów nad Donem"), cut
 * after sentence-initial ordinary words and at titles and roles, split where a known place
 * precedes a person ("Rosji Władimir Putin"), then typed by the knowledge base, the place
 * gazetteer, cue words, the dictionary's name tags and a preceding role.
 */
final class RuleRecognizer {

    private static final Set<String> CONNECTORS = Set.of("nad", "na", "pod", "am", "upon", "de", "von", "van", "der", "la", "del",
            "bin", "al", "of", "и", "на", "над", "ал", "і", "a", "and", "und");

    List<NameCandidate> recognize(NameContext ctx, List<Token> sentence) {
        List<NameCandidate> out = new ArrayList<>();
        int n = sentence.size();
        int i = 0;
        while (i < n) {
            if (!isNameToken(ctx, sentence.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n) {
                Token t = sentence.get(j);
                Token prev = sentence.get(j - 1);
                if (prev.end() != t.begin() && ctx.textBetweenHasNewline(prev, t)) {
                    break;
                }
                if (isPossessive(ctx, prev)) {
                    break;
                }
                if (isNameToken(ctx, t)) {
                    j++;
                } else if (t.kind() == Token.Kind.NUMBER && t.text().length() <= 3 && prev.isWord()) {
                    j++;
                    break;
                } else if (CONNECTORS.contains(t.text()) && j + 1 < n && isNameToken(ctx, sentence.get(j + 1))
                        && !MentionLemmatizer.isAcronym(sentence.get(j + 1).text()) && connectorAllowed(ctx, sentence, i, j)) {
                    j += 2;
                } else {
                    break;
                }
            }
            process(ctx, sentence, i, j, out);
            i = j;
        }
        return out;
    }

    /** Connectors join place names ("nad", "на") and organisation names ("of", "и"); never persons. */
    private static boolean connectorAllowed(NameContext ctx, List<Token> sentence, int first, int connector) {
        String word = sentence.get(connector).text();
        if (word.equals("of") || word.equals("and") || word.equals("und") || word.equals("и") || word.equals("і") || word.equals("a")) {
            return ctx.cues.is(Cues.Category.ORGHEAD, ctx.language, sentence.get(first).text());
        }
        return true;
    }

    /** "Russia's Interfax" is two names: an English possessive ends a name. */
    private static boolean isPossessive(NameContext ctx, Token token) {
        String t = token.text();
        return ctx.language.equals("en") && (t.endsWith("'s") || t.endsWith("’s"));
    }

    private static boolean isNameToken(NameContext ctx, Token token) {
        if (!token.isWord() || !token.isCapitalized()) {
            return false;
        }
        return !ctx.isRole(token.text()) || MentionLemmatizer.isAcronym(token.text());
    }

    private void process(NameContext ctx, List<Token> sentence, int first, int end, List<NameCandidate> out) {
        boolean atStart = first == 0 || NameContext.isOpening(sentence.get(first - 1))
                || sentence.get(first - 1).text().equals(".");
        // Drop sentence-initial ordinary words ("Według", "Brytyjska", "Това"), unless the whole run is a known name.
        boolean wholeKnown = end - first > 1 && knownType(ctx, sentence, first, end).isPresent();
        while (first < end) {
            String word = sentence.get(first).text();
            boolean known = ctx.knownEntityOrPlace(word) && !ctx.isStop(word);
            boolean common = ctx.isCommonWord(word) || (end - first > 1 && ctx.isFunctionWord(word));
            if (ctx.isStop(word) || (!wholeKnown && atStart && !known && common && !ctx.midSentenceCapitalised.contains(word))) {
                first++;
                atStart = true;
            } else {
                break;
            }
        }
        while (end > first && sentence.get(end - 1).isWord() && ctx.isStop(sentence.get(end - 1).text())
                && !MentionLemmatizer.isAcronym(sentence.get(end - 1).text())) {
            end--;
        }
        if (first >= end) {
            return;
        }
        // A known place or organisation followed by a person: "Rosji Władimir Putin", "Russia's Vladimir Putin".
        if (end - first >= 3 || (end - first == 2)) {
            for (int split = first + 1; split < end; split++) {
                Optional<EntityType> left = knownType(ctx, sentence, first, split);
                if (left.isPresent() && left.get() != EntityType.PER && looksPerson(ctx, sentence, split, end)
                        && knownType(ctx, sentence, first, end).isEmpty()) {
                    out.add(new NameCandidate(first, split, left.get(), 0.8));
                    out.add(new NameCandidate(split, end, EntityType.PER, 0.7));
                    return;
                }
            }
        }
        EntityType type = type(ctx, sentence, first, end);
        if (type != null) {
            double confidence = knownType(ctx, sentence, first, end).isPresent() ? 0.8
                    : defaulted(ctx, sentence, first, end) ? 0.3 : 0.6;
            out.add(new NameCandidate(first, end, type, confidence));
        }
    }

    /** True when nothing but the number of words typed the span (no dictionary, cue or knowledge). */
    private static boolean defaulted(NameContext ctx, List<Token> sentence, int first, int end) {
        for (int k = first; k < end; k++) {
            String w = sentence.get(k).text();
            if (ctx.personWord(w) || ctx.placeWord(w) || ctx.cues.is(Cues.Category.ORGHEAD, ctx.language, w)
                    || ctx.cues.is(Cues.Category.EVTHEAD, ctx.language, w)) {
                return false;
            }
        }
        return !(first > 0 && ctx.isRole(sentence.get(first - 1).text()))
                && !(end - first == 1 && MentionLemmatizer.isAcronym(sentence.get(first).text()));
    }

    private static boolean looksPerson(NameContext ctx, List<Token> sentence, int first, int end) {
        if (knownType(ctx, sentence, first, end).filter(t -> t == EntityType.PER).isPresent()) {
            return true;
        }
        String w = sentence.get(first).text();
        return ctx.personWord(w) || (ctx.isFirstName(w) && end - first >= 2);
    }

    /** The type of the span as a known name (knowledge base, then places). */
    static Optional<EntityType> knownType(NameContext ctx, List<Token> sentence, int first, int end) {
        for (boolean person : new boolean[] {false, true}) {
            String lemma = ctx.lemma(sentence, first, end, person ? EntityType.PER : EntityType.LOC);
            Optional<KbEntity> entity = ctx.kbEntity(lemma, person ? EntityType.PER : EntityType.LOC);
            if (entity.isPresent()) {
                return Optional.of(entity.get().type());
            }
            if (!person && ctx.gazetteer.find(lemma, ctx.language).isPresent()) {
                return Optional.of(EntityType.LOC);
            }
        }
        String surface = ctx.surface(sentence, first, end);
        Optional<KbEntity> entity = ctx.kbEntity(surface, EntityType.ORG);
        if (entity.isPresent()) {
            return Optional.of(entity.get().type());
        }
        if (ctx.gazetteer.find(surface, ctx.language).isPresent()) {
            return Optional.of(EntityType.LOC);
        }
        return Optional.empty();
    }

    private static EntityType type(NameContext ctx, List<Token> sentence, int first, int end) {
        Optional<EntityType> known = knownType(ctx, sentence, first, end);
        if (known.isPresent()) {
            return known.get();
        }
        String head = sentence.get(first).text();
        for (int k = first; k < end; k++) {
            if (ctx.cues.is(Cues.Category.ORGHEAD, ctx.language, sentence.get(k).text())) {
                return EntityType.ORG;
            }
        }
        if (ctx.cues.is(Cues.Category.EVTHEAD, ctx.language, head)) {
            return end - first > 1 ? EntityType.EVT : null;
        }
        if (end - first == 1 && MentionLemmatizer.isAcronym(head) && head.length() > 1) {
            return EntityType.ORG;
        }
        if (first > 0 && ctx.isRole(sentence.get(first - 1).text())) {
            return EntityType.PER;
        }
        int personWords = 0;
        int placeWords = 0;
        for (int k = first; k < end; k++) {
            String w = sentence.get(k).text();
            if (ctx.personWord(w)) {
                personWords++;
            } else if (ctx.placeWord(w)) {
                placeWords++;
            }
        }
        if (personWords > 0 && personWords >= placeWords) {
            return EntityType.PER;
        }
        if (placeWords > 0) {
            return EntityType.LOC;
        }
        if (end - first == 1 && sentence.get(first).text().length() < 2) {
            return null;
        }
        return end - first >= 2 ? EntityType.PER : EntityType.LOC;
    }
}
