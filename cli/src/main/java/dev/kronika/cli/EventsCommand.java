package dev.kronika.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static dev.kronika.cli.EntitiesCommand.array;
import static dev.kronika.cli.EntitiesCommand.text;

/** Prints the event timeline, optionally between given actors. */
@Command(name = "events", description = "Show the event timeline, e.g. --actor Putin --actor Лукашенко.")
final class EventsCommand implements Callable<Integer> {

    @Option(names = "--actor", description = "an actor's name in any script or entities/{id}; repeat for several")
    List<String> actors = new ArrayList<>();

    @Option(names = "--type", description = "PLOVER type, e.g. CONSULT")
    String type;

    @Option(names = "--mode", description = "PHONE, VISIT, MEET or MULTILATERAL")
    String mode;

    @Option(names = "--status", description = "OCCURRED, PLANNED, ONGOING, CANCELLED, DENIED or HYPOTHETICAL")
    String status;

    @Option(names = "--from", description = "YYYY-MM-DD")
    String from;

    @Option(names = "--to", description = "YYYY-MM-DD")
    String to;

    @Option(names = "--place", description = "a place name or entities/{id}")
    String place;

    @Option(names = "--language", description = "language of actor and place names (en, pl, cs, sl, ru, uk, bg); English by default")
    String language;

    @Option(names = "--limit", defaultValue = "100")
    int limit;

    @Option(names = "--sentences", description = "print each source sentence under its event")
    boolean sentences;

    @Option(names = "--json", description = "print the API's JSON")
    boolean json;

    @Mixin
    Endpoints endpoints;

    @Override
    public Integer call() throws Exception {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("actor", actors);
        params.put("type", single(type));
        params.put("mode", single(mode));
        params.put("status", single(status));
        params.put("from", single(from));
        params.put("to", single(to));
        params.put("place", single(place));
        params.put("language", single(language));
        params.put("page_size", List.of(String.valueOf(limit)));
        Http.Reply reply = new Http().get(endpoints.query + "/v1/events?" + Http.query(params));
        if (!reply.ok()) {
            System.err.println(reply.error());
            return 1;
        }
        if (json) {
            System.out.println(new GsonBuilder().setPrettyPrinting().create().toJson(reply.body()));
            return 0;
        }
        Table table = new Table("WHEN", "TYPE", "MODE", "STATUS", "ACTORS", "PLACE", "SOURCES");
        List<String> details = new ArrayList<>();
        for (JsonElement element : array(reply.body(), "events")) {
            JsonObject event = element.getAsJsonObject();
            List<String> names = new ArrayList<>();
            array(event, "actors").forEach(a -> names.add(text(a.getAsJsonObject(), "display_name")));
            Set<String> languages = new LinkedHashSet<>();
            int sources = 0;
            for (JsonElement s : array(event, "sources")) {
                sources++;
                languages.add(text(s.getAsJsonObject(), "language"));
                if (sentences) {
                    details.add("  " + text(event, "name") + "  [" + text(s.getAsJsonObject(), "language") + "] "
                            + text(s.getAsJsonObject(), "sentence_text"));
                }
            }
            JsonObject time = event.has("time") ? event.getAsJsonObject("time") : new JsonObject();
            String when = text(time, "earliest").equals(text(time, "latest")) ? text(time, "earliest")
                    : text(time, "earliest") + ".." + text(time, "latest");
            table.add(when.isEmpty() ? "?" : when, text(event, "type"), text(event, "mode"), text(event, "status"),
                    String.join(" + ", names),
                    event.has("location") ? text(event.getAsJsonObject("location"), "display_name") : "",
                    sources + " (" + String.join(",", languages) + ")");
        }
        System.out.print(table.render());
        details.forEach(System.out::println);
        return 0;
    }

    private static List<String> single(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
