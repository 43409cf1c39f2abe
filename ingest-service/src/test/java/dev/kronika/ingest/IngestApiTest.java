package dev.kronika.ingest;

import dev.kronika.common.testing.EmbeddedPostgresResource;
import dev.kronika.common.testing.RawGrpc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Background workers are off in tests (kronika.ingest.workers=0): articles stay QUEUED. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class IngestApiTest {

    @TestHTTPResource
    URL url;

    @Test
    void storesAnArticleBeforeAnsweringAndRecognisesExactDuplicates() {
        String body = "{\"text\": \"Kanclerz Olaf Scholz spotkał się w Paryżu z prezydentem Emmanuelem Macronem " + UUID.randomUUID()
                + "\", \"published\": \"2024-05-02\", \"external_id\": \"ext-1\", \"source\": \"test\", \"language\": \"pl\"}";
        String id = given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/articles")
                .then().statusCode(202).body("id", notNullValue()).body("duplicate", equalTo(null))
                .extract().path("id");
        given().when().get("/v1/articles/" + id)
                .then().statusCode(200)
                .body("state", equalTo("QUEUED"))
                .body("external_id", equalTo("ext-1"))
                .body("published", equalTo("2024-05-02"));
        given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/articles")
                .then().statusCode(200).body("duplicate", equalTo(true)).body("id", equalTo(id));
        given().when().get("/v1/articles?state=queued&page_size=1")
                .then().statusCode(200).body("articles.size()", equalTo(1));
    }

    @Test
    void linksANearDuplicateToTheArticleItCopies() {
        String story = "Chancellor Olaf Scholz travelled to Paris on Tuesday to meet President Emmanuel Macron. "
                + "The two leaders discussed energy prices, the war in Ukraine and the next European Council summit. "
                + "Scholz said that France and Germany would coordinate their positions closely before the summit. "
                + "Macron added that both governments want a common European answer on defence spending. ";
        String original = given().contentType(ContentType.JSON).body(("{\"text\": \"Scholz meets Macron in Paris\\n\\n" + story + "\"}")
                        .getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/articles").then().statusCode(202).extract().path("id");
        given().contentType(ContentType.JSON).body(("{\"text\": \"Macron hosts Scholz\\n\\n" + story + "\\nRead also: weather\"}")
                        .getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/articles")
                .then().statusCode(202)
                .body("article.near_duplicate_of", equalTo("articles/" + original))
                .body("article.state", equalTo("LINKED"));
    }

    @Test
    void refusesBadInputWithAClearClientErrorAndStoresNothing() {
        badRequest("{\"text\": \"\"}", "blank");
        badRequest("{\"html\": \"   \"}", "blank");
        badRequest("{\"text\": \"" + "x".repeat(20_001) + "\"}", "over the limit");
        badRequest("{\"text\": \"ok\", \"published\": \"30/08/2020\"}", "ISO-8601");
        badRequest("{\"text\": \"ok\", \"language\": \"polish!\"}", "ISO 639-1");
        badRequest("{\"text\": \"ok\", \"unknown_field\": 1}", "unknown_field");
        badRequest("{\"text\": [1, 2]}", "text");
        badRequest("{\"text\": \"ok\", \"published\": 20200830}", "published");
        badRequest("not json", "JSON");
        given().contentType(ContentType.JSON).body(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}'})
                .when().post("/v1/articles").then().statusCode(400).body("error.message", containsString("UTF-8"));
        given().when().get("/v1/articles/not-an-id").then().statusCode(400);
        given().when().get("/v1/articles/" + UUID.randomUUID()).then().statusCode(404).body("error.status", equalTo("NOT_FOUND"));
        given().when().get("/v1/articles?page_token=garbage").then().statusCode(400);
        given().when().get("/v1/articles?state=DONE").then().statusCode(400);
    }

    @Test
    void survivesAMalformedGrpcMessage() {
        assertNotEquals("OK", RawGrpc.call(url.getPort(), "kronika.ingest.v1.IngestService/SubmitArticle", new byte[] {(byte) 0xFF, 0x7F}));
        assertEquals("INVALID_ARGUMENT", RawGrpc.call(url.getPort(), "kronika.ingest.v1.IngestService/SubmitArticle", new byte[0]));
        given().when().get("/q/health/live").then().statusCode(200);
    }

    private static void badRequest(String body, String messagePart) {
        given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/articles")
                .then().statusCode(400)
                .body("error.status", equalTo("INVALID_ARGUMENT"))
                .body("error.message", containsString(messagePart));
    }
}
