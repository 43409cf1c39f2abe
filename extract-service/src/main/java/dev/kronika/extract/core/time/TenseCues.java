package dev.kronika.extract.core.time;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence speaks of the future or the past, from surface cues of each language: future
 * auxiliaries and particles ("will", "będzie", "ще", "буде"), common perfective non-past verbs of
 * news reporting ("spotka się", "посетит"), and past-tense endings ("-ł", "-ли", "-ed").
 *
 * <p>A future cue wins over a past one: "they agreed that he will visit on Monday" plans a visit.
 * Shared with the event stage, which uses it for an event's status (planned or occurred).
 */
public final class TenseCues {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String L = "(?<![\\p{L}\\p{N}])";
    private static final String R = "(?![\\p{L}\\p{N}])";

    private static final Map<String, Pattern> FUTURE = Map.of(
            "en", words("will|'ll|shall|won't|wo n't|going to|is to|are to|is due to|are due to|is set to|are set to|"
                    + "is scheduled to|are scheduled to|set to|scheduled to|is expected to|are expected to|plans to|plan to|intends to|"
                    + "next week|next month|next year|tomorrow", "(?<=\\p{L})'ll"),
            "pl", words("będzie|będą|będę|będziemy|będziecie|będziesz|spotka|spotkają|spotkamy|odwiedzi|odwiedzą|przyjedzie|"
                    + "przyjadą|pojedzie|pojadą|przyleci|przylecą|odbędzie|odbędą|zostanie|zostaną|podpisze|podpiszą|omówi|omówią|"
                    + "rozpocznie|rozpoczną|zakończy|zakończą|porozmawia|porozmawiają|wystąpi|wystąpią|weźmie|wezmą|uda się|"
                    + "przeprowadzi|przeprowadzą|złoży|złożą|zamierza|zamierzają|planuje|planują|ma się|mają się|ma zostać|"
                    + "mają zostać|jutro|pojutrze", L + "(?:ma|mają)\\s+(?:się\\s+)?\\p{L}+ć" + R),
            "ru", words("будет|будут|буду|будем|будете|будешь|состоится|состоятся|встретится|встретятся|посетит|посетят|"
                    + "проведет|проведёт|проведут|приедет|приедут|прилетит|прилетят|обсудит|обсудят|подпишет|подпишут|"
                    + "планирует|планируют|намерен|намерена|намерены|собирается|собираются|предстоит|завтра|послезавтра", null),
            "uk", words("буде|будуть|буду|будемо|будете|будеш|відбудеться|відбудуться|зустрінеться|зустрінуться|відвідає|"
                    + "відвідають|проведе|проведуть|обговорять|обговорить|підпише|підпишуть|планує|планують|має намір|"
                    + "мають намір|приїде|приїдуть|прилетить|завтра|післязавтра", L + "\\p{L}{3,}тим(?:у|еш|е|емо|ете|уть)" + R),
            "bg", words("ще|предстои|предстоят|утре|вдругиден", null),
            "cs", words("bude|budou|budu|budeme|budete|budeš|setká|setkají|navštíví|uskuteční|proběhne|proběhnou|přijede|"
                    + "přijedou|přiletí|podepíše|podepíšou|projedná|projednají|plánuje|plánují|zítra|pozítří", null),
            "sl", words("bo|bodo|bom|bomo|boste|bosta|bova|jutri|pojutrišnjem|načrtuje|načrtujejo", null));

    private static final Map<String, Pattern> PAST = Map.of(
            "en", words("was|were|had|did|said|ago|yesterday|last week|last month|last year|met|went|came|made|took|gave|held|"
                    + "told|left|saw|spoke|began|won|lost|fell|rose|sold|bought|paid|sent|led|flew|wrote|became|brought|thought|"
                    + "kept|found|struck|chose|drove|ran|grew|knew|broke|stood|sat|meant|felt|got", L + "\\p{L}{2,}ed" + R),
            "pl", words("wczoraj|temu|był|była|było|byli|były", L + "\\p{L}{2,}(?:ł|ła|ło|li|ły|łem|łam|liśmy|łyśmy|łeś|łaś)" + R),
            "ru", words("вчера|назад|был|была|было|были", L + "\\p{L}{2,}(?:ла|ло|ли|лся|лась|лись|лось)" + R),
            "uk", words("вчора|учора|тому|був|була|було|були", L + "\\p{L}{2,}(?:ла|ло|ли|вся|лася|лися|лось)" + R),
            "bg", words("вчера|беше|бяха|бе|заяви|каза|обяви|съобщи|преди", L + "\\p{L}{2,}(?:ха|аха|яха|хме|хте)" + R + "|"
                    + L + "(?:е|са|бе|беше)\\s+\\p{L}{2,}(?:л|ла|ло|ли)" + R),
            "cs", words("včera|byl|byla|bylo|byli|byly|před", L + "\\p{L}{2,}(?:l|la|lo|li|ly)" + R),
            "sl", words("včeraj|bil|bila|bilo|bili|pred", L + "(?:je|so|sta|smo|ste)\\s+\\p{L}{2,}(?:l|la|lo|li|le)" + R + "|"
                    + L + "\\p{L}{2,}(?:l|la|lo|li|le)\\s+(?:je|so|sta|smo|ste)" + R));

    /**
     * Words before an English future cue that take its future away: a past auxiliary makes it a
     * future in the past ("had been scheduled to open", "was going to"), and a determiner or a
     * verb makes "plans" a noun ("announced plans to buy").
     */
    private static final Pattern EN_NOT_FUTURE_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:was|were|been|had|announced|unveiled|disclosed|outlined|its|their|his|her|the|no|any)[\\s\\u00A0\\u202F]+$",
            FLAGS);

    private TenseCues() {
    }

    private static Pattern words(String alternation, String extra) {
        StringBuilder regex = new StringBuilder(L + "(?:");
        String[] words = alternation.split("\\|");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append('|');
            }
            regex.append(Pattern.quote(words[i]).replace(" ", "\\E\\s+\\Q"));
        }
        regex.append(")").append(R);
        if (extra != null) {
            regex.append('|').append(extra);
        }
        return Pattern.compile(regex.toString().replace("\\s", "[\\s\\u00A0\\u202F]"), FLAGS);
    }

    /** True when the sentence has a cue of future time in the language (ISO 639-1 code). */
    public static boolean isFuture(String language, String sentence) {
        Pattern p = FUTURE.get(language);
        if (p == null) {
            return false;
        }
        Matcher m = p.matcher(sentence);
        while (m.find()) {
            if (!language.equals("en") || !EN_NOT_FUTURE_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentence has a cue of past time. */
    public static boolean isPast(String language, String sentence) {
        Pattern p = PAST.get(language);
        return p != null && p.matcher(sentence).find();
    }

    /** Future when any future cue is present, else past when a past cue is, else none. */
    public static Tense tenseOf(String language, String sentence) {
        if (isFuture(language, sentence)) {
            return Tense.FUTURE;
        }
        return isPast(language, sentence) ? Tense.PAST : Tense.NONE;
    }
}
