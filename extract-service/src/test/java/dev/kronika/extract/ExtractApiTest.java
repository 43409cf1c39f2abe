package dev.kronika.extract;

import dev.kronika.common.testing.RawGrpc;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class ExtractApiTest {

    @TestHTTPResource
    URL url;

    @Test
    void extractsAPlainTextArticleWithCodePointOffsets() {
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"Scholz meets Macron in Berlin\\n\\nGerman Chancellor Olaf Scholz met French President "
                        + "Emmanuel Macron in Berlin on Tuesday. \uD83D\uDE00 The leaders discussed aid for Ukraine.\", "
                        + "\"published\": \"2024-03-20\"}")
                .when().post("/v1/extract")
                .then().statusCode(200)
                .body("document.language", equalTo("en"))
                .body("document.published", equalTo("2024-03-20"))
                .body("document.title.end", equalTo(29))
                .body("document.body", notNullValue())
                // The knowledge base's Czech name reaches query-service, which shows it to Czech readers.
                .body("document.entities.find { it.key == 'loc:berlin' }.labels.find { it.language == 'cs' }.name", equalTo("Berlín"));
    }

    @Test
    void htmlResponsesCarryTheTextTheOffsetsReferTo() {
        given().contentType(ContentType.JSON)
                .body("{\"html\": \"<html><body><article><h1>Talks in Minsk</h1><p>The two presidents met in Minsk on Monday "
                        + "and agreed to meet again soon.</p></article></body></html>\"}")
                .when().post("/v1/extract")
                .then().statusCode(200)
                .body("document.text", containsString("Talks in Minsk"));
    }

    @Test
    void namesTheSiteAndTheTimeOfPublication() {
        given().contentType(ContentType.JSON)
                .body("{\"html\": \"<html><head><meta property='og:site_name' content='Lake Gazette'>"
                        + "<meta property='article:published_time' content='2024-04-02T08:30:00+02:00'></head><body><article>"
                        + "<h1>Ferry talks</h1><p>The two mayors met in the old customs house on Monday and agreed to run "
                        + "one ferry.</p></article></body></html>\", \"url\": \"https://www.example.org/a/1\"}")
                .when().post("/v1/extract")
                .then().statusCode(200)
                .body("document.site", equalTo("Lake Gazette"))
                .body("document.site_source", equalTo("METADATA"))
                .body("document.published", equalTo("2024-04-02"))
                .body("document.published_time", equalTo("2024-04-02T08:30+02:00"));
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"The two mayors met in the old customs house on Monday.\", \"url\": \"https://www.example.org/a/2\"}")
                .when().post("/v1/extract")
                .then().statusCode(200)
                .body("document.site", equalTo("example.org"))
                .body("document.site_source", equalTo("REQUEST"));
    }

    @Test
    void refusesBadInputWithAClearClientError() {
        badRequest("{\"text\": \"\"}", "blank");
        badRequest("{\"text\": \"  \\n\\t \"}", "blank");
        badRequest("{\"text\": \"" + "a".repeat(20_001) + "\"}", "over the limit");
        badRequest("{\"text\": \"ok\", \"published\": \"yesterday\"}", "ISO-8601");
        badRequest("{\"text\": \"ok\", \"colour\": \"red\"}", "colour");
        badRequest("{\"text\": {\"nested\": true}}", "text");
        badRequest("{\"text\": ", "JSON");
        badRequest("[\"text\"]", "object");
        given().contentType(ContentType.JSON).body(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})
                .when().post("/v1/extract")
                .then().statusCode(400).body("error.message", containsString("UTF-8"));
    }

    @Test
    void survivesAMalformedGrpcMessage() {
        String status = RawGrpc.call(url.getPort(), "kronika.extract.v1.ExtractService/Extract", new byte[] {(byte) 0xFF, 0x01, 0x02});
        assertNotEquals("OK", status);
        assertEquals("INVALID_ARGUMENT", RawGrpc.call(url.getPort(), "kronika.extract.v1.ExtractService/Extract", new byte[0]));
        given().contentType(ContentType.JSON).body("{\"text\": \"Still here: Macron spoke to Scholz.\"}".getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/extract").then().statusCode(200);
    }

    @Test
    void reportsHealthAndMetrics() {
        given().when().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("extraction-engine"));
        given().when().get("/q/metrics").then().statusCode(200);
    }

    private static void badRequest(String body, String messagePart) {
        given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/extract")
                .then().statusCode(400)
                .body("error.status", equalTo("INVALID_ARGUMENT"))
                .body("error.message", containsString(messagePart));
    }
}
