package dev.kronika.ingest.dedup;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Near-duplicate detection on stories written for this test: six distinct reports on one topic
 * (leaders meeting, calling and visiting each other), each also published in variants that a
 * crawler meets on other sites: another headline, reordered paragraphs, page furniture around
 * the article, a sentence cut.
 */
class NearDuplicateDetectorTest {

    /** Each story: headline, then paragraphs. */
    private static final String[][] STORIES = {
            {"Presidents agree to meet in the capital within weeks",
                    "The presidents of the two neighbouring countries agreed in a telephone call on Thursday to meet in the capital in the coming weeks, the presidential office said in a short statement.",
                    "According to the statement, the leaders discussed the supply of grain and fertiliser, the reopening of two border crossings and the timetable of a joint commission that has not met since the spring.",
                    "Neither side named a date. A spokesman said only that the visit would be prepared by the foreign ministers, who are expected to speak again early next week.",
                    "It was the third call between the two men this month, after a period in which contacts had been limited to messages exchanged through the embassies."},
            {"Prime minister visits the northern port for talks on energy",
                    "The prime minister arrived in the northern port on Monday morning for two days of talks with her counterpart about a new undersea power cable and the expansion of the gas terminal.",
                    "The delegations signed a memorandum on the cable route before lunch, and engineers from both sides will present a detailed plan to the governments by the end of the year.",
                    "Protesters gathered outside the harbour office, demanding that fishing grounds be protected during construction, and the two heads of government briefly met a group of them.",
                    "On Tuesday the prime minister is due to visit a shipyard that builds ferries for the coastal routes before flying home in the evening."},
            {"Foreign ministers hold first talks in two years",
                    "The foreign ministers of the two countries met on Wednesday for the first time in two years, spending more than three hours at a lakeside villa outside the city.",
                    "They talked about visas for students, the fate of prisoners held on both sides and a disputed stretch of river where fishermen have been detained several times this summer.",
                    "Speaking to reporters afterwards, the visiting minister called the meeting frank and useful, while his host said that trust would have to be rebuilt step by step.",
                    "Diplomats said a second round could take place in the autumn, possibly at a conference of regional organisations where both ministers are expected."},
            {"Summit of northern leaders ends without a joint declaration",
                    "A two-day summit of northern leaders ended on Saturday without the joint declaration the hosts had hoped for, after a late quarrel over the wording on fishing quotas.",
                    "The host president told a closing press conference that the meeting had nevertheless produced agreements on rail links and on sharing weather data for shipping.",
                    "Two delegations left before the final dinner. Officials said their leaders had to return home because of floods, though others suggested the dispute played a part.",
                    "The next summit is planned for the spring in the southern capital, where the rotating chairmanship passes at the start of the year."},
            {"King receives the visiting president at the summer palace",
                    "The king received the visiting president at the summer palace on Friday, the first state visit by a head of state from the eastern neighbour in more than a decade.",
                    "After a ceremony with a guard of honour, the two men walked through the palace gardens and then held talks joined by ministers of trade, culture and defence.",
                    "A banquet in the evening was attended by business leaders, writers and musicians, and the president thanked his hosts for restoring a chapel damaged in the war.",
                    "On Saturday the president will open an exhibition of old maps in the national library and lay a wreath at the monument to sailors lost at sea."},
            {"Leaders discuss gas prices in a video call",
                    "The chancellor and the president discussed gas prices and winter stocks in a video call on Tuesday evening, according to officials in both capitals.",
                    "The chancellor urged faster work on a pipeline link between the two grids, while the president asked for help with storage tanks that were damaged by a storm in October.",
                    "Both leaders also spoke about a planned energy fund for households with low incomes. Details will be worked out by the finance ministries before the end of the month.",
                    "Officials said the leaders intend to meet in person at the regional energy forum next month, where ministers from a dozen countries have confirmed their attendance."},
    };

    private static final String[] FURNITURE = {
            "Read also: Storm closes the coastal road for a day",
            "Most read",
            "Local bakery wins a national prize for its rye bread",
            "This website uses cookies to improve your experience. Accept all",
            "Share on Facebook Share on X Copy link",
            "Subscribe to our newsletter",
            "Comments (0)",
    };

    private final NearDuplicateDetector detector = new NearDuplicateDetector();

    private static String join(String headline, List<String> paragraphs) {
        return headline + "\n\n" + String.join("\n\n", paragraphs);
    }

    /** The original story and its variants, all of which tell the same story. */
    private static List<String> variants(String[] story) {
        List<String> paragraphs = List.of(story).subList(1, story.length);
        List<String> variants = new ArrayList<>();
        variants.add(join(story[0], paragraphs));
        List<String> reordered = new ArrayList<>(paragraphs);
        java.util.Collections.swap(reordered, 1, 2);
        java.util.Collections.swap(reordered, 2, 3);
        variants.add(join("UPDATE: " + story[0].replace(" in ", " soon in ") + " - officials", reordered));
        List<String> framed = new ArrayList<>();
        framed.add(FURNITURE[3]);
        framed.addAll(paragraphs);
        framed.addAll(List.of(FURNITURE[0], FURNITURE[4], FURNITURE[1], FURNITURE[2], FURNITURE[5], FURNITURE[6]));
        variants.add(join(story[0], framed));
        List<String> cut = new ArrayList<>(paragraphs);
        String first = cut.get(0);
        cut.set(0, first.substring(0, first.indexOf(',') > 0 ? first.indexOf(',') : first.length()) + ".");
        cut.remove(cut.size() - 1);
        cut.add(FURNITURE[0]);
        variants.add(join("Breaking news", cut));
        return variants;
    }

    @Test
    void findsVariantsOfOneStoryAndKeepsDistinctStoriesApart() {
        List<String> ids = new ArrayList<>();
        List<Integer> story = new ArrayList<>();
        List<MinHashSignature> signatures = new ArrayList<>();
        for (int s = 0; s < STORIES.length; s++) {
            List<String> texts = variants(STORIES[s]);
            for (int v = 0; v < texts.size(); v++) {
                ids.add(s + "/" + v);
                story.add(s);
                signatures.add(detector.signature(texts.get(v)));
            }
        }
        LshIndex index = detector.newIndex();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        for (int i = 0; i < ids.size(); i++) {
            Set<String> found = new HashSet<>();
            for (LshIndex.Match match : index.query(signatures.get(i))) {
                found.add(match.id());
            }
            for (int j = 0; j < i; j++) {
                boolean same = story.get(i).equals(story.get(j));
                boolean reported = found.contains(ids.get(j));
                if (same && reported) {
                    truePositives++;
                } else if (reported) {
                    falsePositives++;
                } else if (same) {
                    falseNegatives++;
                }
            }
            index.add(ids.get(i), signatures.get(i));
        }
        double precision = truePositives / (double) Math.max(1, truePositives + falsePositives);
        double recall = truePositives / (double) Math.max(1, truePositives + falseNegatives);
        String summary = "TP " + truePositives + " FP " + falsePositives + " FN " + falseNegatives;
        assertTrue(precision >= 0.95, "precision " + precision + ": " + summary);
        assertTrue(recall >= 0.95, "recall " + recall + ": " + summary);
        assertEquals(STORIES.length * 6, truePositives + falseNegatives);
    }

    @Test
    void similarityOfIdenticalAndUnrelatedTexts() {
        MinHashSignature a = detector.signature(join(STORIES[0][0], List.of(STORIES[0]).subList(1, 5)));
        MinHashSignature b = detector.signature(join(STORIES[0][0], List.of(STORIES[0]).subList(1, 5)));
        MinHashSignature c = detector.signature(join(STORIES[3][0], List.of(STORIES[3]).subList(1, 5)));
        assertEquals(1.0, detector.similarity(a, b));
        assertTrue(detector.similarity(a, c) < 0.1, "unrelated stories: " + detector.similarity(a, c));
        assertTrue(detector.isNearDuplicate(a, b));
    }

    @Test
    void signaturesSurviveStorageAsBytesAndLongs() {
        MinHashSignature signature = detector.signature(STORIES[1][1]);
        assertEquals(NearDuplicateDetector.DEFAULT_HASHES * 8, signature.toBytes().length);
        assertEquals(signature, MinHashSignature.fromBytes(signature.toBytes()));
        assertEquals(signature, new MinHashSignature(signature.toLongs()));
        assertArrayEquals(signature.toLongs(), new NearDuplicateDetector().signature(STORIES[1][1]).toLongs());
    }

    @Test
    void indexAcceptsConcurrentWriters() throws InterruptedException {
        LshIndex index = detector.newIndex();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int s = 0; s < STORIES.length; s++) {
            List<String> texts = variants(STORIES[s]);
            for (int v = 0; v < texts.size(); v++) {
                String id = s + "/" + v;
                String text = texts.get(v);
                pool.execute(() -> index.add(id, detector.signature(text)));
            }
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(STORIES.length * 4, index.size());
        List<LshIndex.Match> matches = index.query(detector.signature(variants(STORIES[4]).get(0)));
        assertEquals("4/0", matches.get(0).id());
        assertTrue(matches.stream().allMatch(match -> match.id().startsWith("4/")), matches.toString());
    }
}
