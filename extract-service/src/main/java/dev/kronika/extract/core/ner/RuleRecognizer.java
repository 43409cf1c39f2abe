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
            Optional<NameCandidate> demonym = demonym(ctx, sentence, i);
            if (demonym.isPresent()) {
                out.add(demonym.get());
                i++;
                continue;
            }
            if (!isNameToken(ctx, sentence.get(i))) {
                Optional<KbEntity> lowercase = lowercaseKnown(ctx, sentence.get(i));
                if (lowercase.isPresent()) {
                    int end = extendGlued(sentence, i + 1); // "covid-19"
                    out.add(lowercaseCandidate(ctx, sentence.get(i).text(), i, end, lowercase.get()));
                    i = end;
                    continue;
                }
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
                if (isNameToken(ctx, t) && scriptChange(ctx, prev, t)) {
                    break; // "Cockpit Мартин Лохер": a Latin name beside a Cyrillic one in Cyrillic text is two names
                } else if (isNameToken(ctx, t)) {
                    j++;
                } else if (isDomainDot(sentence, j)) {
                    j += 2; // "Leave.EU", "News.bg"
                    if (isTopLevelDomain(sentence.get(j - 1).text())) {
                        break;
                    }
                } else if (isAbbreviationDot(sentence, j) && j + 1 < n && isNameToken(ctx, sentence.get(j + 1))
                        && !ctx.textBetweenHasNewline(t, sentence.get(j + 1))) {
                    j += 2; // "Wlk. Brytania", "W. Brytanii", "Д.Дэвис"
                } else if (t.kind() == Token.Kind.NUMBER && t.text().length() <= 3 && prev.isWord() && !dateFollows(sentence, j)) {
                    j++;
                    break;
                } else if (isDash(t.text()) && prev.isWord() && j + 1 < n && sentence.get(j + 1).kind() == Token.Kind.NUMBER
                        && sentence.get(j + 1).text().length() <= 2 && !dateFollows(sentence, j + 1)) {
                    j += 2; // "Nord Stream - 2", "Nord Stream – 2"
                    break;
                } else if (CONNECTORS.contains(t.text()) && j + 1 < n && isNameToken(ctx, sentence.get(j + 1))
                        && !MentionLemmatizer.isAcronym(sentence.get(j + 1).text()) && connectorAllowed(ctx, sentence, i, j)) {
                    j += 2;
                } else {
                    break;
                }
            }
            j = extendGlued(sentence, j);
            if (isLegalForm(ctx, sentence, j) || (j - i >= 2 && isLegalForm(ctx, sentence, j - 1))) {
                // "Nord Stream 2 AG", "Уеб Медия Груп АД": a legal form makes the name before it a company's.
                int end = isLegalForm(ctx, sentence, j) ? j + 1 : j;
                process(ctx, sentence, i, end, out, EntityType.ORG);
                i = end;
                continue;
            }
            int kbEnd = extendToKnownName(ctx, sentence, i, j);
            int kbStart = i;
            for (int later = i + 1; kbEnd <= j && later < j; later++) {
                if (CONNECTORS.contains(sentence.get(later - 1).text())) {
                    // "Членовете на Камарата на лордовете": the known name starts after a connector inside the run.
                    kbEnd = extendToKnownName(ctx, sentence, later, j);
                    kbStart = later;
                }
            }
            if (kbEnd > j) {
                if (kbStart > i) {
                    process(ctx, sentence, i, kbStart - 1, out, null);
                }
                Optional<EntityType> type = knownType(ctx, sentence, kbStart, kbEnd);
                out.add(new NameCandidate(kbStart, kbEnd, type.orElse(EntityType.ORG), 0.8));
                i = kbEnd;
                continue;
            }
            int adjectives = adjectiveTail(ctx, sentence, i, j);
            int headEnd = adjectives < j ? lowercaseHead(ctx, sentence, j, Cues.Category.ORGHEAD) : -1;
            int placeEnd = adjectives < j && headEnd < 0 ? lowercaseHead(ctx, sentence, j, Cues.Category.LOCHEAD) : -1;
            if (placeEnd > 0 && knownType(ctx, sentence, i, j).filter(t -> t == EntityType.PER).isEmpty()) {
                // "Černé moře", "Spojených státech", "Bílého domu": a capitalised adjective heading a lowercase place noun.
                if (adjectives > i) {
                    process(ctx, sentence, i, adjectives, out, null);
                }
                out.add(new NameCandidate(adjectives, placeEnd, EntityType.LOC, 0.6));
                i = placeEnd;
                continue;
            }
            if (headEnd > 0 && knownType(ctx, sentence, i, j).filter(t -> t == EntityType.PER).isEmpty()) {
                // "Върховният съд", "Европейската агенция по лекарствата": a capitalised adjective heading a lowercase organisation noun.
                if (adjectives > i) {
                    process(ctx, sentence, i, adjectives, out, null);
                }
                int end = complement(ctx, sentence, headEnd);
                out.add(new NameCandidate(adjectives, end, EntityType.ORG, 0.6));
                i = end;
                continue;
            }
            if (j - i == 1 && isBareLetter(sentence.get(i))) {
                i = j;
                continue;
            }
            process(ctx, sentence, i, j, out, null);
            i = j;
        }
        return out;
    }

    /**
     * A people's name ("Brytyjczyków", "британците"): SlavicNER and the BSNLP guidelines count it a
     * person mention of its country. A form that also names the country itself ("Niemcy") is the country.
     */
    private static Optional<NameCandidate> demonym(NameContext ctx, List<Token> sentence, int at) {
        Token t = sentence.get(at);
        if (!t.isWord()) {
            return Optional.empty();
        }
        boolean capitalisedLanguage = !CYRILLIC_LANGUAGES.contains(ctx.language);
        if (ctx.language.equals("en") || (capitalisedLanguage && !t.isCapitalized())) {
            // English demonyms double as adjectives ("French government"); only the Slavic nouns are read.
            return Optional.empty();
        }
        boolean nextCapitalised = at + 1 < sentence.size() && isNameToken(ctx, sentence.get(at + 1));
        boolean previousCapitalised = at > 0 && isNameToken(ctx, sentence.get(at - 1))
                && !ctx.isCommonWord(sentence.get(at - 1).text()); // "Wielu Brytyjczyków" is one demonym
        if (capitalisedLanguage && (nextCapitalised || previousCapitalised)) {
            return Optional.empty(); // part of a longer name
        }
        String word = t.isCapitalized() && !capitalisedLanguage ? t.text().toLowerCase(java.util.Locale.ROOT) : t.text();
        return ctx.demonyms.find(ctx.language, word)
                .filter(r -> !ctx.knownExactly(t.text()))
                .map(r -> new NameCandidate(at, at + 1, EntityType.PER, 0.7, r.lemma(), r.countryId()));
    }

    private static boolean namesAnOrganisationKind(NameContext ctx, String word) {
        return ctx.cues.is(Cues.Category.ORGKIND, ctx.language, word) || ctx.cues.isInflected(Cues.Category.ORGHEAD, ctx.language, word);
    }

    private static boolean isDash(String text) {
        return text.equals("-") || text.equals("‐") || text.equals("–") || text.equals("—");
    }

    /** A company's legal form written after its name, on the same line. */
    static boolean isLegalForm(NameContext ctx, List<Token> sentence, int at) {
        if (at == 0 || at >= sentence.size()) {
            return false;
        }
        Token t = sentence.get(at);
        return t.isWord() && t.isCapitalized() && ctx.cues.is(Cues.Category.LEGALFORM, ctx.language, t.text())
                && !ctx.textBetweenHasNewline(sentence.get(at - 1), t);
    }

    /** A full stop inside a web address or dotted name, written without spaces: "Leave.EU", "Vesti.bg". */
    private static boolean isDomainDot(List<Token> sentence, int dot) {
        if (dot == 0 || dot + 1 >= sentence.size() || !sentence.get(dot).text().equals(".")) {
            return false;
        }
        Token before = sentence.get(dot - 1);
        Token after = sentence.get(dot + 1);
        // "Leave.EU", "Vesti.bg", "Dnevnik.Hr" are addresses; "Брекзит.Вестник" is a space missing between sentences.
        return before.isWord() && after.isWord() && before.end() == sentence.get(dot).begin()
                && sentence.get(dot).end() == after.begin() && (isTopLevelDomain(after.text().toLowerCase(java.util.Locale.ROOT))
                        || (after.isCapitalized() && (MentionLemmatizer.isAcronym(after.text()) || NameContext.isLatin(after.text()))));
    }

    private static final Set<String> TOP_LEVEL_DOMAINS = Set.of("pl", "cz", "sk", "si", "bg", "ru", "ua", "by", "eu", "com", "net",
            "org", "info", "uk", "de", "hr", "rs", "lt", "lv", "ee");

    static boolean isTopLevelDomain(String word) {
        return TOP_LEVEL_DOMAINS.contains(word);
    }

    /** Cyrillic text writes foreign companies in Latin and people in Cyrillic: a change of script between words separates names. */
    private static boolean scriptChange(NameContext ctx, Token previous, Token next) {
        return CYRILLIC_LANGUAGES.contains(ctx.language) && previous.isWord() && NameContext.isLatin(previous.text()) != NameContext.isLatin(next.text())
                && previous.text().length() > 1 && next.text().length() > 1 && !ROMAN_NUMERAL.matcher(next.text()).matches(); // "Спутник V"
    }

    private static final Set<String> ADJECTIVE_TAG_LANGUAGES = Set.of("pl", "ru", "uk");
    private static final java.util.Map<String, java.util.regex.Pattern> ADJECTIVE_ENDINGS = java.util.Map.of(
            "bg", java.util.regex.Pattern.compile("(ски|ска|ско|ските|ския|ският|ската|ското|ни|на|но|ния|ният|ната|ното|ните|ен|ия|ият|ата|ото|ите|ов|ова|ово|ови)$"),
            "cs", java.util.regex.Pattern.compile("(ský|ská|ské|ského|ském|ských|skou|skému|ní|ního|ním|ních|ný|ná|né|ného|ném|nou|ných|ého|ém|ý|á|é|ou|í"
                    + "|ým|ými|ému|ího|ímu|ími|ích)$"),
            "sl", java.util.regex.Pattern.compile("(ski|ska|sko|skega|ske|skem|skih|skemu|ni|na|no|nega|nem|nih|ega|em|i|a|o|e"
                    + "|skim|skima|skimi|im|ima|imi|ih|emu)$"),
            "en", java.util.regex.Pattern.compile("(an|ian|ish|ese|ic|al)$"));

    /** The first index of the run's final adjectives ("Върховният", "Najwyższy"); end when the run does not end in one. */
    private static int adjectiveTail(NameContext ctx, List<Token> sentence, int first, int end) {
        int k = end;
        while (k > first && looksAdjective(ctx, sentence.get(k - 1).text()) && !ctx.knownEntityOrPlace(sentence.get(k - 1).text())
                && !ctx.personWord(sentence.get(k - 1).text())) {
            k--;
        }
        return k;
    }

    static boolean looksAdjective(NameContext ctx, String word) {
        if (word.length() < 4 || MentionLemmatizer.isAcronym(word)) {
            return false;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (ADJECTIVE_TAG_LANGUAGES.contains(ctx.language) && !ctx.morphology.isEmpty()) {
            for (Morphology.Analysis a : ctx.morphology.lookup(lower)) {
                if (a.tag().startsWith("adj") || a.tag().startsWith("ADJ")) {
                    return true;
                }
            }
            return false;
        }
        java.util.regex.Pattern pattern = ADJECTIVE_ENDINGS.get(ctx.language);
        return pattern != null && pattern.matcher(lower).find();
    }

    /**
     * The end of a lowercase organisation noun following a capitalised adjective, with at most two
     * lowercase adjectives between ("Върховният касационен съд"); -1 when there is none.
     */
    private static int lowercaseHead(NameContext ctx, List<Token> sentence, int from, Cues.Category head) {
        for (int k = from; k < Math.min(sentence.size(), from + 3); k++) {
            Token t = sentence.get(k);
            if (!t.isWord() || t.isCapitalized() || ctx.isStop(t.text())) {
                return -1;
            }
            if (ctx.cues.isInflected(head, ctx.language, t.text())) {
                return k + 1;
            }
            if (!looksAdjective(ctx, t.text())) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> GENITIVE_CONNECTORS = Set.of("на", "of");

    /**
     * What follows an organisation's head noun and belongs to its name: a name in quotes
     * ("агенция "Фокус""), "на" / "of" and a name ("съд на Пакистан"), or a place in the
     * genitive ("суд Пакистана").
     */
    private static int complement(NameContext ctx, List<Token> sentence, int end) {
        int n = sentence.size();
        if (end < n && NameContext.isOpening(sentence.get(end)) && NameQuotes.isQuote(sentence.get(end).text())) {
            int k = end + 1;
            while (k < n && isNameToken(ctx, sentence.get(k)) && k - end <= 4) {
                k++;
            }
            if (k > end + 1 && k < n && NameQuotes.isQuote(sentence.get(k).text())) {
                return k + 1;
            }
            return end;
        }
        if (end + 1 < n && GENITIVE_CONNECTORS.contains(sentence.get(end).text()) && isNameToken(ctx, sentence.get(end + 1))) {
            int k = end + 1;
            while (k < n && isNameToken(ctx, sentence.get(k)) && k - end <= 3) {
                k++;
            }
            return k;
        }
        if (end < n && !ctx.language.equals("bg") && isNameToken(ctx, sentence.get(end))) {
            String word = sentence.get(end).text();
            String lemma = ctx.lemmatizer.lemmaOfWord(word, false, ctx::known);
            boolean followedByName = end + 1 < n && isNameToken(ctx, sentence.get(end + 1));
            if (!lemma.equals(word) && !followedByName && ctx.gazetteer.find(lemma, ctx.language).isPresent()) {
                return end + 1;
            }
        }
        return end;
    }

    /** A full stop written against a short capitalised word, as in abbreviations and initials. */
    static boolean isAbbreviationDot(List<Token> sentence, int dot) {
        if (dot == 0 || !sentence.get(dot).text().equals(".")) {
            return false;
        }
        Token word = sentence.get(dot - 1);
        int length = word.text().codePointCount(0, word.text().length());
        return word.end() == sentence.get(dot).begin() && word.isWord() && word.isCapitalized()
                && (length == 1 || (length <= 3 && !MentionLemmatizer.isAcronym(word.text())));
    }

    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile(
            "^(stycz|lut|mar|kwie|maj|czerw|lip|sierp|wrze|paźdz|listop|grud"
                    + "|led|únor|břez|dub|květ|červ|srp|září|říj|pros"
                    + "|januar|februar|april|junij|julij|avgust|septemb|oktob|novemb|decemb"
                    + "|январ|феврал|март|апрел|мая|май|мае|июн|июл|август|сентябр|октябр|ноябр|декабр"
                    + "|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд"
                    + "|януари|февруари|април|юни|юли|септември|октомври|ноември|декември)");

    /** "UE 29 marca", "ЕС 31 януари": a day of the month, not the number ending a name. */
    private static boolean dateFollows(List<Token> sentence, int number) {
        int k = number + 1;
        if (k < sentence.size() && sentence.get(k).text().equals(".")) {
            k++;
        }
        return k < sentence.size() && sentence.get(k).isWord() && !sentence.get(k).isCapitalized()
                && MONTH.matcher(sentence.get(k).text().toLowerCase(java.util.Locale.ROOT)).find();
    }

    /** Connectors join place names ("nad", "на") and organisation names ("of", "и"); never persons. */
    private static boolean connectorAllowed(NameContext ctx, List<Token> sentence, int first, int connector) {
        String word = sentence.get(connector).text();
        if (word.equals("of") || word.equals("and") || word.equals("und") || word.equals("и") || word.equals("і") || word.equals("a")) {
            return ctx.cues.is(Cues.Category.ORGHEAD, ctx.language, sentence.get(first).text());
        }
        if (word.equals("на")) {
            // "Камарата на лордовете", "Съда на ЕС" are names; "Случаите на Covid-19", "Брекзит на Великобритания"
            // are two words joined by the commonest preposition: the name before it must head an organisation or event.
            for (int k = first; k < connector; k++) {
                String w = sentence.get(k).text();
                if (ctx.cues.isInflected(Cues.Category.ORGHEAD, ctx.language, w) || ctx.cues.isInflected(Cues.Category.EVTHEAD, ctx.language, w)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** Tokens written together belong together: "COVID-19", "SARS-CoV-2", "F-16". */
    static int extendGlued(List<Token> sentence, int j) {
        while (j < sentence.size() && sentence.get(j).begin() == sentence.get(j - 1).end()) {
            Token t = sentence.get(j);
            if (t.kind() == Token.Kind.NUMBER && sentence.get(j - 1).isWord()) {
                j++;
            } else if ((t.text().equals("-") || t.text().equals("‐")) && j + 1 < sentence.size()
                    && sentence.get(j + 1).begin() == t.end()
                    && (sentence.get(j + 1).kind() == Token.Kind.NUMBER || sentence.get(j + 1).isCapitalized())) {
                j += 2;
            } else if (t.isWord() && sentence.get(j - 1).kind() == Token.Kind.NUMBER) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * Names whose later words are written in lowercase ("Европейския съюз", "Obchodní komora"):
     * the capitalised run with the next one or two words, when that is a knowledge-base name.
     */
    private static int extendToKnownName(NameContext ctx, List<Token> sentence, int first, int end) {
        for (int extra = 3; extra >= 1; extra--) {
            int to = end + extra;
            if (to > sentence.size()) {
                continue;
            }
            boolean words = true;
            for (int k = end; k < to; k++) {
                Token t = sentence.get(k);
                // A function word may join inside the name ("Камарата на лордовете"), never end it.
                boolean inner = k < to - 1 && CONNECTORS.contains(t.text());
                words &= t.isWord() && !t.isCapitalized() && (inner || !ctx.isStop(t.text()));
            }
            if (words) {
                int withNumber = numberTail(sentence, to);
                if (withNumber > to && knownType(ctx, sentence, first, withNumber).isPresent()) {
                    return withNumber;
                }
                if (knownType(ctx, sentence, first, to).isPresent()) {
                    return withNumber;
                }
            }
        }
        return end;
    }

    private static boolean hasEvidence(NameContext ctx, String word) {
        return ctx.midSentenceCapitalised.contains(word) || ctx.knownEntityOrPlace(word) || ctx.personWord(word)
                || ctx.placeWord(word) || MentionLemmatizer.isAcronym(word)
                || !ctx.kb.lookup(ctx.lemmatizer.lemmaOfWord(word, false, ctx::known), ctx.language).isEmpty();
    }

    /** A number ending a name, with or without a dash: "Nord Stream 2", "Северный поток-2", "Nord Stream - 2". */
    static int numberTail(List<Token> sentence, int end) {
        if (end < sentence.size() && sentence.get(end).kind() == Token.Kind.NUMBER && sentence.get(end).text().length() <= 2
                && !dateFollows(sentence, end)) {
            return end + 1;
        }
        if (end + 1 < sentence.size() && isDash(sentence.get(end).text())
                && sentence.get(end + 1).kind() == Token.Kind.NUMBER && sentence.get(end + 1).text().length() <= 2
                && !dateFollows(sentence, end + 1)) {
            return end + 2;
        }
        return end;
    }

    private static boolean isBareLetter(Token token) {
        return token.isWord() && token.text().codePointCount(0, token.text().length()) == 1;
    }

    /** A lowercase word that the knowledge base writes in lowercase ("brexitu" -> "brexit", "koronawirusa"). */
    private static Optional<KbEntity> lowercaseKnown(NameContext ctx, Token token) {
        if (!token.isWord() || token.text().length() < 3 || token.isCapitalized()) {
            return Optional.empty();
        }
        String word = token.text();
        if (word.length() < 5) {
            // Short lowercase words name something only when the knowledge base writes them so ("dpa").
            return ctx.kb.exactIn(word, ctx.language).stream().filter(RuleRecognizer::isName).findFirst();
        }
        for (Morphology.Analysis a : ctx.morphology.analyze(word)) {
            Optional<KbEntity> entity = ctx.kb.lowercaseName(a.lemma()).filter(RuleRecognizer::isName);
            if (entity.isPresent()) {
                return entity;
            }
        }
        for (String candidate : SuffixRules.candidates(ctx.language, word, false)) {
            Optional<KbEntity> entity = ctx.kb.lowercaseName(candidate).filter(RuleRecognizer::isName);
            if (entity.isPresent()) {
                return entity;
            }
        }
        return Optional.empty();
    }

    /**
     * The type a mention of the entity takes: newspapers, broadcasters and social networks
     * (kind media) are named as products, as SlavicNER annotates them; news agencies stay organisations.
     */
    static EntityType mentionType(KbEntity entity) {
        return entity.kind().equals("media") ? EntityType.PRO : entity.type();
    }

    /**
     * A party's name in lowercase is its members' ("konzervativci", "консерваторите"): people, as
     * SlavicNER and the BSNLP guidelines count members of a group, still linked to the party.
     */
    private static NameCandidate lowercaseCandidate(NameContext ctx, String word, int first, int end, KbEntity entity) {
        if (!entity.kind().equals("party")) {
            return new NameCandidate(first, end, mentionType(entity), 0.7);
        }
        // The members' base form is the plural the knowledge base lists first for the word's stem
        // ("laburzystów" -> "laburzyści", not the singular "laburzysta" that matched it); Bulgarian
        // lists its plurals with the article, which the lemmatiser drops.
        String stem = word.substring(0, Math.min(5, word.length()));
        String lemma = ctx.language.equals("bg") ? null : entity.names(ctx.language).stream()
                .filter(n -> n.startsWith(stem) && !n.contains(" ")).findFirst().orElse(null);
        return new NameCandidate(first, end, EntityType.PER, 0.7, lemma, entity.id());
    }

    /** Knowledge-base entries for kinds of things ("referendum", kind election_type) and currencies written in lowercase are not names. */
    private static boolean isName(KbEntity entity) {
        return !entity.kind().endsWith("_type") && !entity.kind().equals("currency");
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

    /** Trims the run [first, end) to its name, splits it where it holds two, types it and adds it; forced, when set, is its type. */
    private void process(NameContext ctx, List<Token> sentence, int first, int end, List<NameCandidate> out, EntityType forced) {
        process(ctx, sentence, first, end, out, forced, false);
    }

    /** A function word capitalised inside a sentence may be a name spelt alike: Slovene "Nato" (then) and NATO. */
    private static boolean isStopHere(NameContext ctx, String word, boolean sentenceStart) {
        return ctx.isStop(word) && (sentenceStart || ctx.kb.exactIn(word, ctx.language).isEmpty());
    }

    /** newSentence: the run follows a title or sentence that ended without its full stop. */
    private void process(NameContext ctx, List<Token> sentence, int first, int end, List<NameCandidate> out, EntityType forced,
            boolean newSentence) {
        boolean atStart = newSentence || first == 0 || NameContext.isOpening(sentence.get(first - 1))
                || sentence.get(first - 1).text().equals(".");
        // Drop sentence-initial ordinary words ("Według", "Brytyjska", "Това"), unless the whole run is a known name.
        boolean wholeKnown = end - first > 1 && knownType(ctx, sentence, first, end).isPresent();
        while (first < end) {
            String word = sentence.get(first).text();
            boolean common = ctx.isCommonWord(word) || (end - first > 1 && ctx.isFunctionWord(word));
            // An ordinary word opening a sentence folds by chance to some name's key ("Takie" ~ "Thaçi", "Крім" ~ "Крим"):
            // it counts as known only when a name is written exactly so.
            boolean known = (common ? ctx.knownExactly(word) : ctx.knownEntityOrPlace(word)) && !ctx.isStop(word);
            boolean abbreviated = first + 1 < end && isAbbreviationDot(sentence, first + 1);
            if (!abbreviated && (isStopHere(ctx, word, atStart) || (!wholeKnown && atStart && !known && common && !ctx.midSentenceCapitalised.contains(word)))) {
                first++;
                atStart = true;
            } else {
                break;
            }
        }
        if (atStart && end - first >= 2 && !isAbbreviationDot(sentence, first + 1) && !ctx.knownEntityOrPlace(sentence.get(first).text())
                && !ctx.personWord(sentence.get(first).text()) && !ctx.isFirstName(sentence.get(first).text())
                && !ctx.midSentenceCapitalised.contains(sentence.get(first).text())
                && knownType(ctx, sentence, first, end).isEmpty() && knownType(ctx, sentence, first + 1, end).isPresent()) {
            first++; // "Piloti Ryanairu", "Projekt Nord Stream 2": an ordinary word capitalised by the sentence start
        }
        while (end > first && sentence.get(end - 1).isWord() && isStopHere(ctx, sentence.get(end - 1).text(), end - 1 == 0)
                && !MentionLemmatizer.isAcronym(sentence.get(end - 1).text())) {
            end--;
        }
        if (end - first >= 2 && sentence.get(end - 1).text().equals(".")) {
            end--; // "заяви Мей. По думите": the stop word after a short name's full stop went, the full stop goes too
        }
        if (first >= end) {
            return;
        }
        if (forced != null) {
            out.add(new NameCandidate(first, end, forced, 0.7));
            return;
        }
        if (end - first == 1 && isOrdinaryAbbreviation(ctx, sentence.get(first).text())) {
            return; // "GDP", "LNG", "USD", "II": abbreviations of common nouns and numerals are not names
        }
        if (end - first == 1 && atStart && !hasEvidence(ctx, sentence.get(first).text())) {
            return; // a lone capitalised word opening a sentence, nothing else says it is a name
        }
        if (end - first == 1 && ordinaryWordAlone(ctx, sentence, first, atStart)) {
            return;
        }
        if (forced == null && end - first >= 2 && knownType(ctx, sentence, first, end).isEmpty()) {
            for (int split = end - 1; split > first; split--) {
                // "след Брекзит Групата на ...": a title without its full stop runs into the next sentence's common word.
                String word = sentence.get(split).text();
                if (!sentence.get(split).isWord() || ctx.knownEntityOrPlace(word)
                        || !(ctx.isCommonWord(word) || ctx.lowercaseWords.contains(word.toLowerCase(java.util.Locale.ROOT)))) {
                    continue;
                }
                Optional<EntityType> before = knownType(ctx, sentence, first, split);
                if (before.isPresent()) {
                    out.add(new NameCandidate(first, split, before.get(), 0.8));
                    process(ctx, sentence, split, end, out, null, true);
                    return;
                }
            }
        }
        // A known place or organisation followed by a person: "Rosji Władimir Putin", "Russia's Vladimir Putin".
        if (end - first >= 3 || (end - first == 2)) {
            for (int split = first + 1; split < end; split++) {
                if (sentence.get(split).text().equals(".") || sentence.get(split - 1).text().equals(".")) {
                    continue; // never between an abbreviation and the word it shortens
                }
                Optional<EntityType> left = knownType(ctx, sentence, first, split);
                if (left.isEmpty() && split == first + 1 && end - split >= 2 && MentionLemmatizer.isAcronym(sentence.get(first).text())) {
                    left = Optional.of(EntityType.ORG); // "UE Arron Banks", "МИД Бориса Джонсона": an acronym before a full name
                }
                if (left.isPresent() && left.get() != EntityType.PER && looksPerson(ctx, sentence, split, end)
                        && knownType(ctx, sentence, first, end).isEmpty()) {
                    out.add(new NameCandidate(first, split, left.get(), 0.8));
                    out.add(new NameCandidate(split, end, EntityType.PER, 0.7));
                    return;
                }
            }
        }
        EntityType type = type(ctx, sentence, first, end);
        if (type == EntityType.ORG && end - first >= 3 && coordinatedPlaceFollows(ctx, sentence, end)
                && knownType(ctx, sentence, end - 1, end).filter(t -> t == EntityType.LOC).isPresent()
                && knownType(ctx, sentence, first, end).isEmpty()) {
            // "Związku Białorusi i Rosji": a place listed with another place outside the name is its own mention.
            out.add(new NameCandidate(first, end - 1, EntityType.ORG, 0.6));
            out.add(new NameCandidate(end - 1, end, EntityType.LOC, 0.8));
            return;
        }
        if (type != null) {
            double confidence = knownType(ctx, sentence, first, end).isPresent() ? 0.8
                    : defaulted(ctx, sentence, first, end) ? 0.3 : 0.6;
            out.add(new NameCandidate(first, end, type, confidence));
        }
    }

    /**
     * A single capitalised word that is not a name by itself: an adjective opening a sentence before
     * a lowercase word ("Irský premiér", "Британският премиер"), or an organisation noun alone
     * ("Камарата", "Sněmovna"), unless the knowledge base lists the word itself as a name.
     */
    private static boolean ordinaryWordAlone(NameContext ctx, List<Token> sentence, int at, boolean atStart) {
        String word = sentence.get(at).text();
        boolean lowercaseNext = lowercaseWordFollows(sentence, at);
        if (atStart && placeAdjectiveBeforeNoun(ctx, sentence, at)) {
            return true;
        }
        if (MentionLemmatizer.isAcronym(word) || !ctx.kb.lookup(word, ctx.language).isEmpty()) {
            return false;
        }
        if (atStart && lowercaseNext && looksAdjective(ctx, word) && !ctx.personWord(word)
                && ctx.gazetteer.find(word, ctx.language).isEmpty()) {
            return true;
        }
        String lemma = ctx.lemmatizer.lemmaOfWord(word, false, ctx::known);
        return ctx.cues.isInflected(Cues.Category.ORGHEAD, ctx.language, word) && ctx.kb.lookup(lemma, ctx.language).isEmpty();
    }

    /**
     * Endings only an adjective made from a place has ("Irský", "Ruski"), never the place itself,
     * though the place's match key, which drops endings, is the same ("Irsko", "Rusija").
     */
    private static final java.util.Map<String, java.util.regex.Pattern> PLACE_ADJECTIVE_ENDINGS = java.util.Map.of(
            "cs", java.util.regex.Pattern.compile("[sc]k(ý|á|é|ého|ém|ou|ému|ých|ými)$|[šč]tí$"),
            "sl", java.util.regex.Pattern.compile("[sšč]k(i|ega|em|emu|ih|imi)$"));

    /** "Irský premiér", "Ruski predsednik": an adjective made from a place, before the lowercase noun it describes. */
    static boolean placeAdjectiveBeforeNoun(NameContext ctx, List<Token> sentence, int at) {
        String word = sentence.get(at).text();
        return lowercaseWordFollows(sentence, at) && isPlaceAdjective(ctx.language(), word) && !ctx.knownExactly(word);
    }

    private static boolean lowercaseWordFollows(List<Token> sentence, int at) {
        return at + 1 < sentence.size() && sentence.get(at + 1).isWord() && !sentence.get(at + 1).isCapitalized();
    }

    private static boolean isPlaceAdjective(String language, String word) {
        java.util.regex.Pattern pattern = PLACE_ADJECTIVE_ENDINGS.get(language);
        return pattern != null && pattern.matcher(word.toLowerCase(java.util.Locale.ROOT)).find();
    }

    private static final java.util.regex.Pattern ROMAN_NUMERAL = java.util.regex.Pattern.compile("[IVXLC]+|[ІХ]+");

    private static boolean isOrdinaryAbbreviation(NameContext ctx, String word) {
        return (MentionLemmatizer.isAcronym(word) && ctx.cues.is(Cues.Category.TERM, ctx.language, word)
                && ctx.kb.lookup(word, ctx.language).isEmpty())
                || (word.length() <= 4 && ROMAN_NUMERAL.matcher(word).matches());
    }

    private static final Set<String> COORDINATORS = Set.of("i", "a", "oraz", "in", "и", "і", "та", "and");

    private static boolean coordinatedPlaceFollows(NameContext ctx, List<Token> sentence, int end) {
        return end + 1 < sentence.size() && COORDINATORS.contains(sentence.get(end).text())
                && isNameToken(ctx, sentence.get(end + 1))
                && knownType(ctx, sentence, end + 1, end + 2).filter(t -> t == EntityType.LOC).isPresent();
    }

    /** True when nothing but the number of words typed the span (no dictionary, cue or knowledge). */
    private static boolean defaulted(NameContext ctx, List<Token> sentence, int first, int end) {
        for (int k = first; k < end; k++) {
            String w = sentence.get(k).text();
            if (ctx.personWord(w) || ctx.placeWord(w) || (k + 1 < end && ctx.isFirstName(w)) || ctx.cues.is(Cues.Category.ORGHEAD, ctx.language, w)
                    || ctx.cues.is(Cues.Category.EVTHEAD, ctx.language, w)) {
                return false;
            }
        }
        return !(first > 0 && (ctx.isRole(sentence.get(first - 1).text())
                        || namesAnOrganisationKind(ctx, sentence.get(first - 1).text())))
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
        if (first == 0 && end == 1 && isOrdinaryWordNamedOnlyElsewhere(ctx, sentence.get(0).text())) {
            return Optional.empty();
        }
        // The gazetteer spells places out; an acronym ("МИД", "AP") matching a place there is a coincidence.
        boolean acronym = end - first == 1 && MentionLemmatizer.isAcronym(sentence.get(first).text());
        for (boolean person : new boolean[] {false, true}) {
            String lemma = ctx.lemma(sentence, first, end, person ? EntityType.PER : EntityType.LOC);
            Optional<KbEntity> entity = ctx.kbEntity(lemma, person ? EntityType.PER : EntityType.LOC);
            if (entity.isPresent()) {
                return Optional.of(mentionType(entity.get()));
            }
            if (!person && !acronym && ctx.gazetteer.find(lemma, ctx.language).isPresent()) {
                return Optional.of(EntityType.LOC);
            }
        }
        String surface = ctx.surface(sentence, first, end);
        Optional<KbEntity> entity = ctx.kbEntity(surface, EntityType.ORG);
        if (entity.isPresent()) {
            return Optional.of(mentionType(entity.get()));
        }
        if (end - first >= 2) {
            entity = ctx.kb.findByStems(surface, ctx.language);
            if (entity.isPresent()) {
                return Optional.of(mentionType(entity.get()));
            }
        }
        if (!acronym && ctx.gazetteer.find(surface, ctx.language).isPresent()) {
            return Optional.of(EntityType.LOC);
        }
        return Optional.empty();
    }

    /**
     * "Time will tell", "Právě teď": a word opening a sentence that this language writes as an
     * ordinary word is that word when only other languages list it as a name (the magazine
     * "Time", the newspaper "Právo").
     */
    private static boolean isOrdinaryWordNamedOnlyElsewhere(NameContext ctx, String word) {
        boolean ordinary = ctx.isCommonWord(word) || (ctx.language.equals("en") && ctx.isEnglishCommonWord(word));
        return ordinary && ctx.kb.exactIn(word, ctx.language).isEmpty();
    }

    /** A known place's name with a number written after it, "Беларус-1" or "Polska 2": a name made from the place's. */
    static boolean placeWithNumber(NameContext ctx, List<Token> sentence, int first, int end) {
        if (end - first < 2 || end - first > 3 || sentence.get(end - 1).kind() != Token.Kind.NUMBER || !sentence.get(first).isWord()) {
            return false;
        }
        if (end - first == 3 && !isDash(sentence.get(first + 1).text())) {
            return false;
        }
        return knownType(ctx, sentence, first, first + 1).filter(t -> t == EntityType.LOC).isPresent();
    }

    private static boolean madeOfEnglishWords(NameContext ctx, List<Token> sentence, int first, int end) {
        boolean any = false;
        for (int k = first; k < end; k++) {
            String w = sentence.get(k).text();
            if (sentence.get(k).isCapitalized()) {
                if (!ctx.isEnglishCommonWord(w) || ctx.isFirstName(w)) {
                    return false;
                }
                any = true;
            } else if (sentence.get(k).isWord() && !ctx.isStop(w) && !CONNECTORS.contains(w)) {
                return false;
            }
        }
        return any;
    }

    private static final Set<String> CYRILLIC_LANGUAGES = Set.of("ru", "uk", "bg");

    private static EntityType type(NameContext ctx, List<Token> sentence, int first, int end) {
        Optional<EntityType> known = knownType(ctx, sentence, first, end);
        boolean afterRole = first > 0 && ctx.isRole(sentence.get(first - 1).text());
        if (known.isPresent() && known.get() == EntityType.LOC && afterRole
                && ctx.kbEntity(ctx.lemma(sentence, first, end, EntityType.PER), EntityType.PER).isEmpty()
                && ctx.kbEntity(ctx.surface(sentence, first, end), EntityType.LOC).isEmpty()) {
            return EntityType.PER; // "premier Borisov": a role makes a place-like word a person
        }
        if (known.isPresent()) {
            return known.get();
        }
        if (placeWithNumber(ctx, sentence, first, end)) {
            return EntityType.PRO; // "Россия-24", "Беларус-1": a channel or a programme named after a place
        }
        for (int k = first + 1; k + 1 < end; k++) {
            if (isDomainDot(sentence, k)) {
                // A web address names a news site ("Vesti.bg"); other dotted names are organisations ("Leave.EU").
                return isTopLevelDomain(sentence.get(k + 1).text()) ? EntityType.PRO : EntityType.ORG;
            }
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
        if (first > 0 && !sentence.get(first - 1).isCapitalized() && namesAnOrganisationKind(ctx, sentence.get(first - 1).text())) {
            return EntityType.ORG; // "spółka Fortexa", "firmie Uniper", "компанията Engie": the noun before names what it is
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
            if (ctx.personWord(w) || (k + 1 < end && ctx.isFirstName(w))) {
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
        if (CYRILLIC_LANGUAGES.contains(ctx.language) && NameContext.isLatin(sentence.get(first).text())) {
            return EntityType.ORG; // people are transliterated; companies, media and products keep their Latin names
        }
        if (!ctx.language.equals("en") && madeOfEnglishWords(ctx, sentence, first, end)) {
            return EntityType.ORG; // "Vote Leave", "Cockpit": English common words name a campaign or a company, not a person
        }
        return EntityType.PER;
    }
}
