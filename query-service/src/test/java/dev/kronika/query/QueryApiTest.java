package dev.kronika.query;

import dev.kronika.common.testing.EmbeddedPostgresResource;
import dev.kronika.common.testing.RawGrpc;
import dev.kronika.proto.extract.v1.AnnotatedDocument;
import dev.kronika.proto.extract.v1.Entity;
import dev.kronika.proto.extract.v1.EntityType;
import dev.kronika.proto.extract.v1.Event;
import dev.kronika.proto.extract.v1.EventMode;
import dev.kronika.proto.extract.v1.EventStatus;
import dev.kronika.proto.extract.v1.EventType;
import dev.kronika.proto.extract.v1.Granularity;
import dev.kronika.proto.extract.v1.Label;
import dev.kronika.proto.extract.v1.Mention;
import dev.kronika.proto.extract.v1.Span;
import dev.kronika.proto.extract.v1.TimeWindow;
import dev.kronika.proto.query.v1.ArticleMetadata;
import dev.kronika.proto.query.v1.IndexArticleRequest;
import dev.kronika.proto.query.v1.IndexArticleResponse;
import dev.kronika.proto.query.v1.QueryServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The knowledge store through its gRPC and HTTP edges: two articles in different languages and
 * scripts report one phone call, a third reports another call a week later.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class QueryApiTest {

    @TestHTTPResource
    URL url;

    private ManagedChannel channel;
    private QueryServiceGrpc.QueryServiceBlockingStub query;

    @BeforeEach
    void connect() {
        channel = ManagedChannelBuilder.forAddress("localhost", url.getPort()).usePlaintext().build();
        query = QueryServiceGrpc.newBlockingStub(channel);
    }

    @AfterEach
    void disconnect() {
        channel.shutdownNow();
    }

    @Test
    void fusesReportsAcrossLanguagesAndKeepsDistinctEventsApart() {
        String polish = "Prezydent Francji Emmanuel Macron rozmawiał telefonicznie z kanclerzem Olafem Scholzem.";
        String russian = "Президент Франции Эммануэль Макрон провёл телефонный разговор с Олафом Шольцем.";
        String later = "Macron and Scholz spoke by phone again on Tuesday.";
        String id1 = index(polish, "pl", "2031-03-12", call(polish, "2031-03-11", "2031-03-11"),
                person("per:test-macron", "Emmanuel Macron", polish, "Emmanuel Macron"), person("per:test-scholz", "Olaf Scholz", polish, "Olafem Scholzem"));
        String id2 = index(russian, "ru", "2031-03-12", call(russian, "2031-03-10", "2031-03-12"),
                person("per:test-macron", "Эммануэль Макрон", russian, "Эммануэль Макрон"), person("per:test-scholz", "Олаф Шольц", russian, "Олафом Шольцем"));
        index(later, "en", "2031-03-19", call(later, "2031-03-18", "2031-03-18"),
                person("per:test-macron", "Macron", later, "Macron"), person("per:test-scholz", "Scholz", later, "Scholz"));

        given().when().get("/v1/events?actor=Макрон&actor=Scholz&from=2031-03-01&to=2031-03-31")
                .then().statusCode(200)
                .body("events.size()", equalTo(2))
                .body("events[0].mode", equalTo("PHONE"))
                .body("events[0].status", equalTo("OCCURRED"))
                .body("events[0].time.earliest", equalTo("2031-03-11"))
                .body("events[0].sources.article", containsInAnyOrder("articles/" + id1, "articles/" + id2))
                .body("events[0].sources.language", containsInAnyOrder("pl", "ru"))
                .body("events[1].time.earliest", equalTo("2031-03-18"));
        given().when().get("/v1/entities?q=Шольц")
                .then().statusCode(200).body("entities[0].names", hasItem("Olaf Scholz"));
        given().when().get("/v1/articles/" + id2 + "/annotations")
                .then().statusCode(200)
                .body("article.language", equalTo("ru"))
                .body("article.mentions[0].entity", org.hamcrest.Matchers.startsWith("entities/"))
                .body("article.events[0].event", org.hamcrest.Matchers.startsWith("events/"));
    }

    @Test
    void aPlannedVisitAndTheReportThatItHappenedAreOneEventNamedInTheReadersLanguage() {
        String czech = "Macron v úterý navštívil Berlín, kde se setkal se Scholzem.";
        String english = "Macron and Scholz will meet in Berlin next week.";
        Entity berlinCs = place("loc:test-berlin", "Berlín", "Berlín");
        Entity berlinEn = place("loc:test-berlin", "Berlin", "Berlin");
        // The report that it happened is indexed first: the result must not depend on the order.
        String held = index(czech, "cs", "2033-05-18",
                visit(czech, "OCCURRED", "2033-05-17", "2033-05-17", Granularity.GRANULARITY_DAY),
                person("per:test-macron", "Macron", czech, "Macron"), person("per:test-scholz", "Scholz", czech, "Scholzem"), berlinCs);
        String planned = index(english, "en", "2033-05-10",
                visit(english, "PLANNED", "2033-05-16", "2033-05-22", Granularity.GRANULARITY_WEEK),
                person("per:test-macron", "Macron", english, "Macron"), person("per:test-scholz", "Scholz", english, "Scholz"), berlinEn);
        String later = index(english, "en", "2033-06-02",
                visit(english, "PLANNED", "2033-06-06", "2033-06-12", Granularity.GRANULARITY_WEEK),
                person("per:test-macron", "Macron", english, "Macron"), person("per:test-scholz", "Scholz", english, "Scholz"), berlinEn);

        given().when().get("/v1/events?actor=Macron&actor=Scholz&from=2033-05-01&to=2033-06-30")
                .then().statusCode(200)
                .body("events.size()", equalTo(2))
                .body("events[0].status", equalTo("OCCURRED"))
                .body("events[0].time.earliest", equalTo("2033-05-17"))
                .body("events[0].time.latest", equalTo("2033-05-17"))
                .body("events[0].sources.article", containsInAnyOrder("articles/" + held, "articles/" + planned))
                .body("events[0].sources.status", containsInAnyOrder("OCCURRED", "PLANNED"))
                .body("events[0].location.display_name", equalTo("Berlin"))
                .body("events[1].status", equalTo("PLANNED"))
                .body("events[1].sources.article", containsInAnyOrder("articles/" + later));
        given().when().get("/v1/events?actor=Macron&actor=Scholz&from=2033-05-01&to=2033-05-31&language=cs")
                .then().statusCode(200).body("events[0].location.display_name", equalTo("Berlín"));
        given().when().get("/v1/entities?q=Berlín&type=LOC")
                .then().statusCode(200).body("entities[0].display_name", equalTo("Berlin"));
        given().when().get("/v1/entities?q=Berlin&type=LOC&language=cs")
                .then().statusCode(200).body("entities[0].display_name", equalTo("Berlín"));
    }

    @Test
    void indexingTheSameArticleTwiceChangesNothing() {
        String text = "Prezydenci rozmawiali telefonicznie.";
        Event event = call(text, "2032-01-05", "2032-01-05", "per:test-a", "per:test-b");
        Entity a = person("per:test-a", "Jan Nowak", text, "Jan");
        Entity b = person("per:test-b", "Anna Kowalska", text, "Anna");
        IndexArticleRequest request = request(UUID.randomUUID().toString(), text, "pl", "2032-01-06", event, a, b);
        IndexArticleResponse first = query.indexArticle(request);
        IndexArticleResponse second = query.indexArticle(request);
        assertTrue(first.getIndexed());
        assertFalse(second.getIndexed());
        given().when().get("/v1/events?actor=Jan Nowak&actor=entities/" + "x")
                .then().statusCode(200).body("events.size()", equalTo(0));
        given().when().get("/v1/events?actor=Jan Nowak&from=2032-01-01")
                .then().statusCode(200).body("events.size()", equalTo(1)).body("events[0].sources.size()", equalTo(1));
    }

    @Test
    void refusesBadParametersAndBindsEveryValue() {
        given().when().get("/v1/events?type=MEETING").then().statusCode(400).body("error.status", equalTo("INVALID_ARGUMENT"));
        given().when().get("/v1/events?from=tomorrow").then().statusCode(400);
        given().when().get("/v1/events?from=2030-02-01&to=2030-01-01").then().statusCode(400);
        given().when().get("/v1/events?page_token=abc").then().statusCode(400);
        given().when().get("/v1/events?page_size=-1").then().statusCode(400);
        given().when().get("/v1/entities?type=PERSON").then().statusCode(400);
        given().when().get("/v1/articles/nope/annotations").then().statusCode(400);
        given().when().get("/v1/articles/" + UUID.randomUUID() + "/annotations").then().statusCode(404);
        for (String attack : List.of("' OR '1'='1", "x'); DROP TABLE query.entity; --", "%", "_", "\\", ".*", "(a+)+$")) {
            given().queryParam("q", attack).when().get("/v1/entities").then().statusCode(200);
            given().queryParam("actor", attack).when().get("/v1/events").then().statusCode(200).body("events.size()", equalTo(0));
            given().queryParam("place", attack).when().get("/v1/events").then().statusCode(200);
        }
        given().when().get("/v1/entities").then().statusCode(200);
        assertEquals("INVALID_ARGUMENT", RawGrpc.call(url.getPort(), "kronika.query.v1.QueryService/IndexArticle", new byte[0]));
        assertTrue(List.of("INTERNAL", "INVALID_ARGUMENT", "UNKNOWN").contains(
                RawGrpc.call(url.getPort(), "kronika.query.v1.QueryService/ListEvents", new byte[] {(byte) 0xFF, 0x01})));
    }

    private String index(String text, String language, String published, Event event, Entity... people) {
        String id = UUID.randomUUID().toString();
        assertTrue(query.indexArticle(request(id, text, language, published, event, people)).getIndexed());
        return id;
    }

    private static IndexArticleRequest request(String id, String text, String language, String published, Event event, Entity... people) {
        AnnotatedDocument.Builder document = AnnotatedDocument.newBuilder().setText(text).setLanguage(language)
                .setPublished(published).addBody(span(0, text.codePointCount(0, text.length()))).addEvents(event);
        for (Entity person : people) {
            document.addEntities(person);
            String surface = person.getNames(person.getNamesCount() - 1);
            int start = text.indexOf(surface);
            document.addMentions(Mention.newBuilder().setSpan(span(start, start + surface.length())).setText(surface)
                    .setType(person.getType()).setLemma(person.getName()).setEntityKey(person.getKey()));
        }
        return IndexArticleRequest.newBuilder()
                .setArticle(ArticleMetadata.newBuilder().setId(id).setExternalId("ext-" + id).setPublished(published))
                .setDocument(document).build();
    }

    private static Entity person(String key, String name, String text, String surface) {
        return Entity.newBuilder().setKey(key).setType(EntityType.ENTITY_TYPE_PER).setName(name).addNames(surface).build();
    }

    /** A place the knowledge base knows, with its English and Czech names. */
    private static Entity place(String key, String name, String surface) {
        return Entity.newBuilder().setKey(key).setType(EntityType.ENTITY_TYPE_LOC).setName(name).addNames(surface)
                .addLabels(Label.newBuilder().setLanguage("cs").setName("Berlín"))
                .addLabels(Label.newBuilder().setLanguage("en").setName("Berlin")).build();
    }

    private static Event visit(String text, String status, String earliest, String latest, Granularity granularity) {
        return Event.newBuilder().setType(EventType.EVENT_TYPE_CONSULT).setMode(EventMode.EVENT_MODE_VISIT)
                .setStatus(EventStatus.valueOf("EVENT_STATUS_" + status))
                .addActorKeys("per:test-macron").addActorKeys("per:test-scholz").setLocationKey("loc:test-berlin")
                .setTime(TimeWindow.newBuilder().setEarliest(earliest).setLatest(latest).setGranularity(granularity))
                .setTrigger(span(0, 5)).setSentence(span(0, text.codePointCount(0, text.length()))).setConfidence(0.8f)
                .build();
    }

    private static Event call(String text, String earliest, String latest) {
        return call(text, earliest, latest, "per:test-macron", "per:test-scholz");
    }

    private static Event call(String text, String earliest, String latest, String actor1, String actor2) {
        return Event.newBuilder().setType(EventType.EVENT_TYPE_CONSULT).setMode(EventMode.EVENT_MODE_PHONE)
                .setStatus(EventStatus.EVENT_STATUS_OCCURRED)
                .addActorKeys(actor1).addActorKeys(actor2)
                .setTime(TimeWindow.newBuilder().setEarliest(earliest).setLatest(latest).setGranularity(Granularity.GRANULARITY_DAY))
                .setTrigger(span(0, 5)).setSentence(span(0, text.codePointCount(0, text.length()))).setConfidence(0.9f)
                .build();
    }

    private static Span span(int start, int end) {
        return Span.newBuilder().setStart(start).setEnd(end).build();
    }
}
