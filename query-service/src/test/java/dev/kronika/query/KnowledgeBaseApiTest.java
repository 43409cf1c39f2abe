package dev.kronika.query;

import dev.kronika.common.testing.EmbeddedPostgresResource;
import dev.kronika.proto.extract.v1.EntityType;
import dev.kronika.proto.query.v1.CreateKnowledgeBaseEntityRequest;
import dev.kronika.proto.query.v1.DeleteKnowledgeBaseEntityRequest;
import dev.kronika.proto.query.v1.EntityAttribute;
import dev.kronika.proto.query.v1.GetKnowledgeBaseEntityRequest;
import dev.kronika.proto.query.v1.KnowledgeBaseEntity;
import dev.kronika.proto.query.v1.KnowledgeBaseServiceGrpc;
import dev.kronika.proto.query.v1.ListKnowledgeBaseEntitiesRequest;
import dev.kronika.proto.query.v1.ListKnowledgeBaseEntitiesResponse;
import dev.kronika.proto.query.v1.LocalizedNames;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The user-added knowledge base through its gRPC and HTTP edges, as a client and as extract-service's poller use it. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class KnowledgeBaseApiTest {

    @TestHTTPResource
    URL url;

    private ManagedChannel channel;
    private KnowledgeBaseServiceGrpc.KnowledgeBaseServiceBlockingStub kb;

    @BeforeEach
    void connect() {
        channel = ManagedChannelBuilder.forAddress("localhost", url.getPort()).usePlaintext().build();
        kb = KnowledgeBaseServiceGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS);
    }

    @AfterEach
    void disconnect() {
        channel.shutdownNow();
    }

    @Test
    void createsGetsListsAndDeletesOverHttp() {
        String body = """
                {"id": "per:test-halina-wrzos", "type": "PER", "kind": "person",
                 "names": [{"language": "pl", "values": ["Halina Wrzos", "Wrzos"]},
                           {"language": "ru", "values": ["Галина Вжос"]}],
                 "attributes": [{"key": "role", "value": "head_of_government@loc:test-land[2030-01-02..]"},
                                {"key": "gender", "value": "f"}]}""";
        given().contentType(ContentType.JSON).body(body).when().post("/v1/knowledge-base/entities")
                .then().statusCode(201)
                .header("Location", containsString("/v1/knowledge-base/entities/per:test-halina-wrzos"))
                .body("entity.name", equalTo("knowledge-base/entities/per:test-halina-wrzos"))
                .body("entity.type", equalTo("PER"))
                .body("entity.names[0].language", equalTo("pl"))
                .body("entity.names[0].values[1]", equalTo("Wrzos"))
                .body("entity.attributes[0].key", equalTo("role"))
                .body("entity.deleted", equalTo(null));
        given().contentType(ContentType.JSON).body(body).when().post("/v1/knowledge-base/entities")
                .then().statusCode(409).body("error.status", equalTo("ALREADY_EXISTS"));
        given().when().get("/v1/knowledge-base/entities/per:test-halina-wrzos")
                .then().statusCode(200).body("entity.names[1].values[0]", equalTo("Галина Вжос"))
                .body("entity.create_time", startsWith("20"));
        given().when().get("/v1/knowledge-base/entities?type=PER&page_size=1000")
                .then().statusCode(200).body("entities.id", org.hamcrest.Matchers.hasItem("per:test-halina-wrzos"));

        given().when().delete("/v1/knowledge-base/entities/per:test-halina-wrzos")
                .then().statusCode(200).body("entity.deleted", equalTo(true)).body("entity.delete_time", startsWith("20"));
        given().when().delete("/v1/knowledge-base/entities/per:test-halina-wrzos").then().statusCode(404);
        given().when().get("/v1/knowledge-base/entities/per:test-halina-wrzos").then().statusCode(200).body("entity.deleted", equalTo(true));
        given().when().get("/v1/knowledge-base/entities?page_size=1000")
                .then().statusCode(200).body("entities.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("per:test-halina-wrzos")));
        // A deleted id may be created again, wrapped in the request message this time.
        given().contentType(ContentType.JSON).body("{\"entity\": " + body + "}").when().post("/v1/knowledge-base/entities")
                .then().statusCode(201).body("entity.id", equalTo("per:test-halina-wrzos"));
        given().when().get("/v1/knowledge-base/entities/nope:missing").then().statusCode(404).body("error.status", equalTo("NOT_FOUND"));
    }

    @Test
    void refusesInvalidEntitiesSayingWhy() {
        Map<String, String> bodies = Map.ofEntries(
                Map.entry("{\"type\": \"PER\", \"names\": [{\"language\": \"en\", \"values\": [\"A B\"]}]}", "entity.id is required"),
                Map.entry(entity("\"Per:Bad Id\"", "PER", "\"en\"", "\"A B\""), "lowercase ASCII slug"),
                Map.entry(entity("\"org:test-x\"", "PER", "\"en\"", "\"A B\""), "must start with 'per:'"),
                Map.entry(entity("\"per:test-x\"", "UNSPECIFIED", "\"en\"", "\"A B\""), "entity.type is required"),
                Map.entry("{\"id\": \"per:test-x\", \"type\": \"PER\"}", "at least one name"),
                Map.entry(entity("\"per:test-x\"", "PER", "\"de\"", "\"A B\""), "language 'de'"),
                Map.entry(entity("\"per:test-x\"", "PER", "\"en\"", "\"A|B\""), "'|'"),
                Map.entry(entity("\"per:test-x\"", "PER", "\"en\"", "\"  \""), "must not be blank"),
                Map.entry("{\"id\": \"per:test-x\", \"type\": \"PER\", \"names\": [{\"language\": \"en\", \"values\": [\"A\"]}],"
                        + " \"attributes\": [{\"key\": \"role\", \"value\": \"president of poland\"}]}", "office@id[from..to]"),
                Map.entry("{\"id\": \"per:test-x\", \"type\": \"PER\", \"names\": [{\"language\": \"en\", \"values\": [\"A\"]}],"
                        + " \"attributes\": [{\"key\": \"role\", \"value\": \"head_of_state@loc:x[2020-13-01..]\"}]}", "not an ISO date"),
                Map.entry("{\"id\": \"per:test-x\", \"type\": \"PER\", \"names\": [{\"language\": \"en\", \"values\": [\"A\"]}],"
                        + " \"attributes\": [{\"key\": \"Bad Key\", \"value\": \"x\"}]}", "key 'Bad Key'"),
                Map.entry("{\"id\": \"per:test-x\", \"type\": \"PER\", \"wikidata_id\": \"42\", \"names\": [{\"language\": \"en\", \"values\": [\"A\"]}]}", "Q-id"),
                Map.entry("{\"id\": \"per:test-x\", \"type\": \"PERSON\"}", "type"),
                Map.entry("{\"id\": \"per:test-x\", \"unknown\": 1}", "unknown"),
                Map.entry("not json", "JSON"));
        bodies.forEach((body, message) -> given().contentType(ContentType.JSON).body(body).when().post("/v1/knowledge-base/entities")
                .then().statusCode(400).body("error.status", equalTo("INVALID_ARGUMENT")).body("error.message", containsString(message)));
        given().when().get("/v1/knowledge-base/entities?page_token=abc").then().statusCode(400);
        given().when().get("/v1/knowledge-base/entities?since_revision=-1").then().statusCode(400);
        given().when().get("/v1/knowledge-base/entities?type=PERSON").then().statusCode(400);

        StatusRuntimeException grpc = org.junit.jupiter.api.Assertions.assertThrows(StatusRuntimeException.class,
                () -> kb.createKnowledgeBaseEntity(CreateKnowledgeBaseEntityRequest.newBuilder()
                        .setEntity(person("per:test-grpc-bad", "en", "Either|Or")).build()));
        assertEquals(Status.Code.INVALID_ARGUMENT, grpc.getStatus().getCode());
        assertEquals(Status.Code.INVALID_ARGUMENT, code(() -> kb.createKnowledgeBaseEntity(CreateKnowledgeBaseEntityRequest.getDefaultInstance())));
    }

    @Test
    void aPollerSeesEveryChangeOnceAcrossPagesDeletionsIncluded() {
        long start = kb.listKnowledgeBaseEntities(ListKnowledgeBaseEntitiesRequest.newBuilder().setPageSize(1).build()).getRevision();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = "org:test-poll-" + i;
            ids.add(id);
            kb.createKnowledgeBaseEntity(CreateKnowledgeBaseEntityRequest.newBuilder()
                    .setEntity(KnowledgeBaseEntity.newBuilder().setId(id).setType(EntityType.ENTITY_TYPE_ORG).setKind("company")
                            .addNames(LocalizedNames.newBuilder().setLanguage("en").addValues("Poll Test " + i + " Ltd")))
                    .build());
        }
        Poll first = poll(start, 2);
        assertEquals(ids, first.changed);
        assertTrue(first.deleted.isEmpty());
        assertTrue(first.pages >= 3, "five changes in pages of two");
        assertEquals(start + 5, first.revision);

        assertTrue(kb.deleteKnowledgeBaseEntity(DeleteKnowledgeBaseEntityRequest.newBuilder().setName("knowledge-base/entities/org:test-poll-1").build())
                .getEntity().getDeleted());
        kb.createKnowledgeBaseEntity(CreateKnowledgeBaseEntityRequest.newBuilder()
                .setEntity(person("per:test-poll-person", "cs", "Jitka Pollová").toBuilder()
                        .addAttributes(EntityAttribute.newBuilder().setKey("gender").setValue("f"))).build());
        Poll second = poll(first.revision, 2);
        assertEquals(List.of("per:test-poll-person"), second.changed);
        assertEquals(List.of("org:test-poll-1"), second.deleted);
        assertEquals(first.revision + 2, second.revision);

        Poll nothing = poll(second.revision, 2);
        assertTrue(nothing.changed.isEmpty() && nothing.deleted.isEmpty());
        assertEquals(second.revision, nothing.revision);
        assertEquals("Jitka Pollová", kb.getKnowledgeBaseEntity(GetKnowledgeBaseEntityRequest.newBuilder().setName("per:test-poll-person").build())
                .getEntity().getNames(0).getValues(0));

        // Without show_deleted the tombstone stays out of the list.
        Set<String> live = new HashSet<>();
        kb.listKnowledgeBaseEntities(ListKnowledgeBaseEntitiesRequest.newBuilder().setSinceRevision(start).setPageSize(100).build())
                .getEntitiesList().forEach(e -> live.add(e.getId()));
        assertFalse(live.contains("org:test-poll-1"));
        assertTrue(live.contains("org:test-poll-0"));
    }

    /** What extract-service does on each tick: every page of the changes after a revision. */
    private Poll poll(long since, int pageSize) {
        Poll poll = new Poll();
        String token = "";
        long revision = since;
        do {
            ListKnowledgeBaseEntitiesResponse page = kb.listKnowledgeBaseEntities(ListKnowledgeBaseEntitiesRequest.newBuilder()
                    .setSinceRevision(since).setShowDeleted(true).setPageSize(pageSize).setPageToken(token).build());
            for (KnowledgeBaseEntity entity : page.getEntitiesList()) {
                (entity.getDeleted() ? poll.deleted : poll.changed).add(entity.getId());
            }
            revision = Math.max(revision, page.getRevision());
            token = page.getNextPageToken();
            poll.pages++;
        } while (!token.isEmpty());
        poll.revision = revision;
        return poll;
    }

    private static final class Poll {
        final List<String> changed = new ArrayList<>();
        final List<String> deleted = new ArrayList<>();
        int pages;
        long revision;
    }

    private static KnowledgeBaseEntity person(String id, String language, String name) {
        return KnowledgeBaseEntity.newBuilder().setId(id).setType(EntityType.ENTITY_TYPE_PER).setKind("person")
                .addNames(LocalizedNames.newBuilder().setLanguage(language).addValues(name)).build();
    }

    private static String entity(String id, String type, String language, String name) {
        return "{\"id\": " + id + ", \"type\": \"" + type + "\", \"names\": [{\"language\": " + language + ", \"values\": [" + name + "]}]}";
    }

    private static Status.Code code(Runnable call) {
        try {
            call.run();
            return Status.Code.OK;
        } catch (StatusRuntimeException e) {
            return e.getStatus().getCode();
        }
    }
}
