package dev.kronika.cli.e2e;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores indexed seed articles against {@code ../shared/seeds/gold.json} as the seeds' README
 * defines it: language, title, main text, mentions with lemma and identity, names only in
 * furniture, and the timeline of events. Prints one line per item and keeps the totals.
 */
public final class SeedScorer {

    /** Passed and total checks of one kind. */
    public static final class Score {
        int passed;
        int total;

        void add(boolean ok) {
            total++;
            if (ok) {
                passed++;
            }
        }

        public double ratio() {
            return total == 0 ? 1.0 : (double) passed / total;
        }

        @Override
        public String toString() {
            return passed + "/" + total;
        }
    }

    private final JsonObject gold;
    private final Map<String, Score> scores = new LinkedHashMap<>();
    private final List<String> lines = new ArrayList<>();
    /** Global entity ids seen on correctly spanned occurrences, per gold entity key. */
    private final Map<String, Set<String>> idsByGoldEntity = new HashMap<>();

    public SeedScorer(JsonObject gold) {
        this.gold = gold;
        for (String kind : List.of("language", "title", "body", "mentions", "identity", "must_not_extract", "events", "extra_events")) {
            scores.put(kind, new Score());
        }
    }

    public Score score(String kind) {
        return scores.get(kind);
    }

    public List<String> lines() {
        return lines;
    }

    /** Scores one document's annotations (the query API's ArticleAnnotations JSON). */
    public void scoreDocument(JsonObject goldDoc, JsonObject annotations) {
        String file = goldDoc.get("file").getAsString();
        String text = annotations.get("text").getAsString();
        String language = str(annotations, "language");
        boolean languageOk = language.equals(goldDoc.get("language").getAsString());
        scores.get("language").add(languageOk);
        lines.add(String.format(Locale.ROOT, "%-28s language  %-4s %s", file, languageOk ? "ok" : "FAIL", language));

        List<int[]> main = new ArrayList<>();
        int[] title = annotations.has("title") ? span(text, annotations.getAsJsonObject("title")) : null;
        if (title != null) {
            main.add(title);
        }
        for (JsonElement part : array(annotations, "body")) {
            main.add(span(text, part.getAsJsonObject()));
        }
        String titleText = title == null ? null : text.substring(title[0], title[1]);
        String goldTitle = goldDoc.get("title").isJsonNull() ? null : goldDoc.get("title").getAsString();
        boolean titleOk = goldTitle == null ? titleText == null : titleText != null && squash(titleText).equals(squash(goldTitle));
        scores.get("title").add(titleOk);
        lines.add(String.format(Locale.ROOT, "%-28s title     %-4s %s", file, titleOk ? "ok" : "FAIL", titleText));

        StringBuilder mainText = new StringBuilder();
        main.forEach(s -> mainText.append(text, s[0], s[1]).append('\n'));
        String squashedMain = squash(mainText.toString());
        for (JsonElement must : array(goldDoc, "body_must_contain")) {
            boolean ok = squashedMain.contains(squash(must.getAsString()));
            scores.get("body").add(ok);
            if (!ok) {
                lines.add(String.format(Locale.ROOT, "%-28s body      FAIL missing \"%s\"", file, must.getAsString()));
            }
        }
        for (JsonElement mustNot : array(goldDoc, "body_must_not_contain")) {
            boolean ok = !squashedMain.contains(squash(mustNot.getAsString()));
            scores.get("body").add(ok);
            if (!ok) {
                lines.add(String.format(Locale.ROOT, "%-28s body      FAIL kept furniture \"%s\"", file, mustNot.getAsString()));
            }
        }

        List<int[]> mentionSpans = new ArrayList<>();
        Map<String, JsonObject> mentionBySpan = new HashMap<>();
        for (JsonElement m : array(annotations, "mentions")) {
            int[] s = span(text, m.getAsJsonObject().getAsJsonObject("span"));
            mentionSpans.add(s);
            mentionBySpan.put(s[0] + ":" + s[1], m.getAsJsonObject());
        }
        scoreMentions(file, goldDoc, text, main, mentionBySpan);
        for (JsonElement name : array(goldDoc, "must_not_extract")) {
            boolean ok = true;
            for (int[] occurrence : occurrences(text, name.getAsString())) {
                for (int[] mention : mentionSpans) {
                    if (mention[0] < occurrence[1] && occurrence[0] < mention[1]) {
                        ok = false;
                    }
                }
            }
            scores.get("must_not_extract").add(ok);
            if (!ok) {
                lines.add(String.format(Locale.ROOT, "%-28s furniture FAIL extracted \"%s\"", file, name.getAsString()));
            }
        }
    }

    private void scoreMentions(String file, JsonObject goldDoc, String text, List<int[]> main, Map<String, JsonObject> mentionBySpan) {
        JsonObject entities = gold.getAsJsonObject("entities");
        record Occurrence(int begin, int end, JsonObject goldMention) {
        }
        List<Occurrence> all = new ArrayList<>();
        for (JsonElement element : array(goldDoc, "mentions")) {
            JsonObject goldMention = element.getAsJsonObject();
            for (int[] o : occurrences(text, goldMention.get("text").getAsString())) {
                if (inside(o, main)) {
                    all.add(new Occurrence(o[0], o[1], goldMention));
                }
            }
        }
        int passed = 0;
        int total = 0;
        List<String> misses = new ArrayList<>();
        for (Occurrence o : all) {
            boolean nested = all.stream().anyMatch(other -> other != o && other.begin() <= o.begin() && o.end() <= other.end()
                    && other.end() - other.begin() > o.end() - o.begin());
            if (nested) {
                continue;
            }
            total++;
            String key = o.goldMention().get("entity").getAsString();
            String type = entities.getAsJsonObject(key).get("type").getAsString();
            JsonObject mention = mentionBySpan.get(o.begin() + ":" + o.end());
            boolean ok = mention != null && str(mention, "type").equals(type)
                    && str(mention, "lemma").equals(o.goldMention().get("lemma").getAsString());
            if (mention != null && !str(mention, "entity").isEmpty()) {
                idsByGoldEntity.computeIfAbsent(key, k -> new TreeSet<>()).add(str(mention, "entity"));
            }
            if (ok) {
                passed++;
            } else {
                misses.add(text.substring(o.begin(), o.end()) + (mention == null ? " (not found)"
                        : " (" + str(mention, "type") + " \"" + str(mention, "lemma") + "\")"));
            }
            scores.get("mentions").add(ok);
        }
        lines.add(String.format(Locale.ROOT, "%-28s mentions  %d/%d%s", file, passed, total,
                misses.isEmpty() ? "" : "  missed: " + String.join("; ", new TreeSet<>(misses))));
    }

    /** One identity per gold entity, not shared with another gold entity. */
    public void scoreIdentities() {
        Map<String, String> ownerOfId = new HashMap<>();
        Set<String> shared = new HashSet<>();
        idsByGoldEntity.forEach((key, ids) -> ids.forEach(id -> {
            String previous = ownerOfId.putIfAbsent(id, key);
            if (previous != null && !previous.equals(key)) {
                shared.add(id);
            }
        }));
        for (String key : gold.getAsJsonObject("entities").keySet()) {
            Set<String> ids = idsByGoldEntity.getOrDefault(key, Set.of());
            boolean ok = ids.size() == 1 && !shared.contains(ids.iterator().next());
            scores.get("identity").add(ok);
            lines.add(String.format(Locale.ROOT, "%-28s identity  %-4s %s", key, ok ? "ok" : "FAIL", ids));
        }
    }

    /** The global id the system gave a gold entity, if it gave it exactly one. */
    public String idOf(String goldKey) {
        Set<String> ids = idsByGoldEntity.getOrDefault(goldKey, Set.of());
        return ids.size() == 1 ? ids.iterator().next() : null;
    }

    /**
     * Scores the timeline returned for the gold actors.
     *
     * @param events     the ListEvents JSON "events" array
     * @param fileOfArticle article name ("articles/...") to seed file name
     */
    public void scoreEvents(JsonArray events, Map<String, String> fileOfArticle) {
        Set<Integer> matchedSystem = new HashSet<>();
        for (JsonElement element : gold.getAsJsonArray("events")) {
            JsonObject goldEvent = element.getAsJsonObject();
            int best = -1;
            String bestReport = "no event of this type, mode and status";
            for (int i = 0; i < events.size(); i++) {
                String report = mismatch(goldEvent, events.get(i).getAsJsonObject(), fileOfArticle);
                if (report.isEmpty() && !matchedSystem.contains(i)) {
                    best = i;
                    break;
                }
                if (!report.startsWith("type") && bestReport.startsWith("no event")) {
                    bestReport = report;
                }
            }
            boolean ok = best >= 0;
            if (ok) {
                matchedSystem.add(best);
            }
            scores.get("events").add(ok);
            lines.add(String.format(Locale.ROOT, "%-28s event     %-4s %s", goldEvent.get("id").getAsString(), ok ? "ok" : "FAIL", ok ? "" : bestReport));
        }
        for (int i = 0; i < events.size(); i++) {
            if (matchedSystem.contains(i)) {
                continue;
            }
            JsonObject event = events.get(i).getAsJsonObject();
            boolean optional = false;
            for (JsonElement element : gold.getAsJsonArray("optional_events")) {
                if (mismatch(element.getAsJsonObject(), event, fileOfArticle).isEmpty()) {
                    optional = true;
                }
            }
            scores.get("extra_events").add(optional);
            if (!optional) {
                lines.add(String.format(Locale.ROOT, "%-28s extra     FAIL %s %s %s %s..%s at %s from %s", str(event, "name"), str(event, "type"),
                        str(event, "mode"), str(event, "status"), str(time(event), "earliest"), str(time(event), "latest"),
                        event.has("location") ? str(event.getAsJsonObject("location"), "display_name") : "-",
                        sourceFiles(event, fileOfArticle)));
            }
        }
    }

    /** Why the system event is not the gold event; empty when it is. */
    private String mismatch(JsonObject goldEvent, JsonObject event, Map<String, String> fileOfArticle) {
        if (!goldEvent.get("type").getAsString().equals(str(event, "type"))) {
            return "type " + str(event, "type");
        }
        String goldMode = goldEvent.get("mode").isJsonNull() ? null : goldEvent.get("mode").getAsString().toUpperCase(Locale.ROOT);
        if (goldMode != null && !goldMode.equals(str(event, "mode"))) {
            return "type mode " + str(event, "mode");
        }
        if (!goldEvent.get("status").getAsString().toUpperCase(Locale.ROOT).equals(str(event, "status"))) {
            return "type status " + str(event, "status");
        }
        List<String> problems = new ArrayList<>();
        Set<String> actors = new HashSet<>();
        array(event, "actors").forEach(a -> actors.add(str(a.getAsJsonObject(), "entity")));
        for (JsonElement actor : goldEvent.getAsJsonArray("actors")) {
            String id = idOf(actor.getAsString());
            if (id == null || !actors.contains(id)) {
                problems.add("actor " + actor.getAsString() + " missing");
            }
        }
        if (!goldEvent.get("location").isJsonNull()) {
            String expected = idOf(goldEvent.get("location").getAsString());
            String actual = event.has("location") ? str(event.getAsJsonObject("location"), "entity") : "";
            if (expected == null || !expected.equals(actual)) {
                problems.add("location " + (event.has("location") ? str(event.getAsJsonObject("location"), "display_name") : "none"));
            }
        }
        JsonObject goldTime = goldEvent.getAsJsonObject("time");
        String earliest = str(time(event), "earliest");
        String latest = str(time(event), "latest");
        if (earliest.isEmpty() || latest.isEmpty() || earliest.compareTo(goldTime.get("earliest").getAsString()) < 0
                || latest.compareTo(goldTime.get("latest").getAsString()) > 0) {
            problems.add("window " + earliest + ".." + latest);
        }
        Set<String> goldSources = new TreeSet<>();
        goldEvent.getAsJsonArray("sources").forEach(s -> goldSources.add(s.getAsString()));
        Set<String> sources = sourceFiles(event, fileOfArticle);
        if (!sources.equals(goldSources)) {
            problems.add("sources " + sources);
        }
        return String.join(", ", problems);
    }

    private static Set<String> sourceFiles(JsonObject event, Map<String, String> fileOfArticle) {
        Set<String> files = new TreeSet<>();
        array(event, "sources").forEach(s -> files.add(fileOfArticle.getOrDefault(str(s.getAsJsonObject(), "article"), "?")));
        return files;
    }

    private static JsonObject time(JsonObject event) {
        return event.has("time") ? event.getAsJsonObject("time") : new JsonObject();
    }

    /** Occurrences of a form in the text as [begin, end) char indexes; a space matches any whitespace; whole words only. */
    static List<int[]> occurrences(String text, String form) {
        String[] words = form.trim().split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "[\\s\\u00A0]+").append(Pattern.quote(words[i]));
        }
        List<int[]> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex.toString()).matcher(text);
        while (matcher.find()) {
            boolean startsWord = matcher.start() == 0 || !Character.isLetterOrDigit(text.charAt(matcher.start() - 1));
            boolean endsWord = matcher.end() == text.length() || !Character.isLetterOrDigit(text.charAt(matcher.end()));
            if (startsWord && endsWord) {
                found.add(new int[] {matcher.start(), matcher.end()});
            }
        }
        return found;
    }

    private static boolean inside(int[] span, List<int[]> parts) {
        for (int[] part : parts) {
            if (part[0] <= span[0] && span[1] <= part[1]) {
                return true;
            }
        }
        return false;
    }

    /** A code point span from the API as char indexes; absent fields are zero. */
    static int[] span(String text, JsonObject span) {
        int start = span.has("start") ? span.get("start").getAsInt() : 0;
        int end = span.has("end") ? span.get("end").getAsInt() : 0;
        return new int[] {text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)};
    }

    private static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0]+", " ").trim();
    }

    static Iterable<JsonElement> array(JsonObject object, String field) {
        return object.has(field) && object.get(field).isJsonArray() ? object.getAsJsonArray(field) : new JsonArray();
    }

    static String str(JsonObject object, String field) {
        return object.has(field) && !object.get(field).isJsonNull() ? object.get(field).getAsString() : "";
    }
}
