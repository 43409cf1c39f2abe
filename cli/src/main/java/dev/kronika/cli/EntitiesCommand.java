package dev.kronika.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Lists entities, optionally those matching a name in any language or script. */
@Command(name = "entities", description = "List or search entities by any name form.")
final class EntitiesCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", description = "a name in any language or script")
    String name;

    @Option(names = "--type", description = "PER, ORG, LOC, EVT or PRO")
    String type;

    @Option(names = "--language", description = "language of the display names (en, pl, cs, sl, ru, uk, bg); English by default")
    String language;

    @Option(names = "--limit", defaultValue = "50")
    int limit;

    @Option(names = "--json", description = "print the API's JSON")
    boolean json;

    @Mixin
    Endpoints endpoints;

    @Override
    public Integer call() throws Exception {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("q", name == null ? List.of() : List.of(name));
        params.put("type", type == null ? List.of() : List.of(type));
        params.put("language", language == null ? List.of() : List.of(language));
        params.put("page_size", List.of(String.valueOf(limit)));
        Http.Reply reply = new Http().get(endpoints.query + "/v1/entities?" + Http.query(params));
        if (!reply.ok()) {
            System.err.println(reply.error());
            return 1;
        }
        if (json) {
            System.out.println(new GsonBuilder().setPrettyPrinting().create().toJson(reply.body()));
            return 0;
        }
        Table table = new Table("ID", "TYPE", "NAME", "ARTICLES", "MENTIONS", "OTHER NAMES");
        for (JsonElement element : array(reply.body(), "entities")) {
            JsonObject entity = element.getAsJsonObject();
            List<String> names = new ArrayList<>();
            array(entity, "names").forEach(n -> names.add(n.getAsString()));
            table.add(entity.get("name").getAsString(), text(entity, "type"), text(entity, "display_name"),
                    text(entity, "article_count"), text(entity, "mention_count"), String.join(", ", names));
        }
        System.out.print(table.render());
        return 0;
    }

    static Iterable<JsonElement> array(JsonObject object, String field) {
        return object.has(field) ? object.getAsJsonArray(field) : List.of();
    }

    static String text(JsonObject object, String field) {
        return object.has(field) ? object.get(field).getAsString() : "";
    }
}
