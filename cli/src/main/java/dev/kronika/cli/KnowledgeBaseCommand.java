package dev.kronika.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** Adds, shows, lists and deletes the entities users add to the knowledge base (query-service's /v1/knowledge-base/entities). */
@Command(name = "kb", description = "Add, show, list or delete knowledge-base entities used by the extraction.",
        subcommands = {KnowledgeBaseCommand.Add.class, KnowledgeBaseCommand.Show.class, KnowledgeBaseCommand.ListAll.class,
                KnowledgeBaseCommand.Delete.class})
final class KnowledgeBaseCommand implements Runnable {

    private static final String PATH = "/v1/knowledge-base/entities";

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    @Command(name = "add", description = "Add an entity, e.g. kb add per:jan-kowalski --name 'pl=Jan Kowalski|Kowalski' --attr gender=m")
    static final class Add implements Callable<Integer> {

        @Parameters(index = "0", description = "the id: a lowercase slug with its type's prefix (per:, org:, loc:, evt:, pro:)")
        String id;

        @Option(names = "--type", description = "PER, ORG, LOC, EVT or PRO (default: from the id's prefix)")
        String type;

        @Option(names = "--kind", description = "person, country, city, company, international_org...")
        String kind;

        @Option(names = "--wikidata", description = "the Wikidata Q-id, only when certain")
        String wikidata;

        @Option(names = "--name", required = true, description = "lang=Canonical Name|variant|... (repeatable; languages en pl cs sl ru uk bg)")
        List<String> names;

        @Option(names = "--attr", description = "key=value, e.g. gender=f or role=head_of_state@loc:poland[2015-08-06..] (repeatable)")
        List<String> attrs = new ArrayList<>();

        @Mixin
        Endpoints endpoints;

        @Override
        public Integer call() throws Exception {
            JsonObject entity = new JsonObject();
            entity.addProperty("id", id);
            int colon = id.indexOf(':');
            entity.addProperty("type", type != null ? type : colon > 0 ? id.substring(0, colon).toUpperCase(Locale.ROOT) : "");
            if (kind != null) {
                entity.addProperty("kind", kind);
            }
            if (wikidata != null) {
                entity.addProperty("wikidata_id", wikidata);
            }
            Map<String, JsonArray> byLanguage = new LinkedHashMap<>();
            for (String spec : names) {
                String[] parts = split(spec, "--name");
                JsonArray values = byLanguage.computeIfAbsent(parts[0], k -> new JsonArray());
                for (String value : parts[1].split("\\|")) {
                    values.add(value.strip());
                }
            }
            JsonArray nameGroups = new JsonArray();
            byLanguage.forEach((language, values) -> {
                JsonObject group = new JsonObject();
                group.addProperty("language", language);
                group.add("values", values);
                nameGroups.add(group);
            });
            entity.add("names", nameGroups);
            JsonArray attributes = new JsonArray();
            for (String spec : attrs) {
                String[] parts = split(spec, "--attr");
                JsonObject attribute = new JsonObject();
                attribute.addProperty("key", parts[0]);
                attribute.addProperty("value", parts[1]);
                attributes.add(attribute);
            }
            entity.add("attributes", attributes);
            return print(send(HttpRequest.newBuilder(URI.create(endpoints.query + PATH))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(entity.toString(), StandardCharsets.UTF_8))), false);
        }

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        private String[] split(String value, String option) {
            int eq = value.indexOf('=');
            if (eq <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), option + " '" + value + "' must be key=value");
            }
            return new String[] {value.substring(0, eq).strip(), value.substring(eq + 1)};
        }
    }

    @Command(name = "show", description = "Show one entity (a deleted one too).")
    static final class Show implements Callable<Integer> {

        @Parameters(index = "0")
        String id;

        @Mixin
        Endpoints endpoints;

        @Override
        public Integer call() throws Exception {
            return print(send(HttpRequest.newBuilder(URI.create(endpoints.query + PATH + "/" + encode(id))).GET()), false);
        }
    }

    @Command(name = "list", description = "List the entities users added, oldest change first.")
    static final class ListAll implements Callable<Integer> {

        @Option(names = "--since", defaultValue = "0", description = "only changes after this revision")
        long since;

        @Option(names = "--deleted", description = "include deleted entities")
        boolean deleted;

        @Option(names = "--json", description = "print the API's JSON")
        boolean json;

        @Mixin
        Endpoints endpoints;

        @Override
        public Integer call() throws Exception {
            String token = "";
            Table table = new Table("ID", "TYPE", "KIND", "NAMES", "REVISION", "DELETED");
            do {
                Reply reply = send(HttpRequest.newBuilder(URI.create(endpoints.query + PATH + "?page_size=500&since_revision=" + since
                        + "&show_deleted=" + deleted + "&page_token=" + encode(token))).GET());
                if (reply.status / 100 != 2 || json) {
                    return print(reply, false);
                }
                JsonObject body = reply.body.getAsJsonObject();
                for (JsonElement element : body.getAsJsonArray("entities")) {
                    JsonObject entity = element.getAsJsonObject();
                    List<String> names = new ArrayList<>();
                    for (JsonElement group : entity.getAsJsonArray("names")) {
                        JsonObject g = group.getAsJsonObject();
                        names.add(g.get("language").getAsString() + ": " + g.getAsJsonArray("values").get(0).getAsString());
                    }
                    table.add(EntitiesCommand.text(entity, "id"), EntitiesCommand.text(entity, "type"), EntitiesCommand.text(entity, "kind"),
                            String.join(", ", names), EntitiesCommand.text(entity, "revision"),
                            entity.has("deleted") && entity.get("deleted").getAsBoolean() ? "yes" : "");
                }
                token = EntitiesCommand.text(body, "next_page_token");
            } while (!token.isEmpty());
            System.out.print(table.render());
            return 0;
        }
    }

    @Command(name = "delete", description = "Delete an entity; the extraction stops linking it at its next refresh.")
    static final class Delete implements Callable<Integer> {

        @Parameters(index = "0")
        String id;

        @Mixin
        Endpoints endpoints;

        @Override
        public Integer call() throws Exception {
            return print(send(HttpRequest.newBuilder(URI.create(endpoints.query + PATH + "/" + encode(id))).DELETE()), true);
        }
    }

    private record Reply(int status, JsonElement body) {
    }

    private static Reply send(HttpRequest.Builder request) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonElement body;
        try {
            body = JsonParser.parseString(response.body());
        } catch (RuntimeException notJson) {
            body = new JsonObject();
        }
        return new Reply(response.statusCode(), body);
    }

    private static int print(Reply reply, boolean quiet) {
        if (reply.status / 100 != 2) {
            JsonElement error = reply.body.isJsonObject() ? reply.body.getAsJsonObject().get("error") : null;
            System.err.println(error != null && error.isJsonObject() && error.getAsJsonObject().has("message")
                    ? error.getAsJsonObject().get("message").getAsString() : "HTTP " + reply.status);
            return 1;
        }
        if (!quiet) {
            System.out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(reply.body));
        } else {
            System.out.println("deleted");
        }
        return 0;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%3A", ":");
    }
}
