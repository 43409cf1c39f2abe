package dev.kronika.ingest;

import dev.kronika.common.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Articles submitted as bytes in legacy charsets, and RSS/Atom feeds split into articles. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class RawAndFeedIngestTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset ISO_8859_2 = Charset.forName("ISO-8859-2");

    /** RestAssured would add "; charset=ISO-8859-1" to text types, which the service rightly obeys. */
    private static RestAssuredConfig previous;

    @BeforeAll
    static void sendContentTypesAsWritten() {
        previous = RestAssured.config;
        RestAssured.config = RestAssured.config().encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
    }

    @AfterAll
    static void restoreDefaults() {
        RestAssured.config = previous;
    }

    @Test
    void decodesAWindows1251PageByItsMetaCharsetAndKeepsTheOriginalBytes() {
        String page = "<html><head><meta charset=\"windows-1251\"><title>Среща в Москва</title></head><body><article>"
                + "<h1>Среща в Москва</h1><p>Президентите разговаряха два часа за търговията и енергетиката. " + UUID.randomUUID()
                + "</p></article></body></html>";
        byte[] bytes = page.getBytes(WINDOWS_1251);
        String id = given().contentType("text/html").body(bytes)
                .queryParam("published", "2024-03-05").queryParam("source", "test")
                .when().post("/v1/articles")
                .then().statusCode(202)
                .body("article.charset", equalTo("windows-1251"))
                .body("article.charset_evidence", equalTo("DECLARED"))
                .body("article.content_kind", equalTo("html"))
                .body("article.published", equalTo("2024-03-05"))
                .extract().path("id");
        ExtractableResponse<Response> content = given().when().get("/v1/articles/" + id + "/content").then().statusCode(200).extract();
        assertEquals(page, content.path("content"));
        assertArrayEquals(bytes, Base64.getDecoder().decode((String) content.path("original")));
        byte[] original = given().when().get("/v1/articles/" + id + "/original").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asByteArray();
        assertArrayEquals(bytes, original);
    }

    @Test
    void detectsAnUndeclaredLegacyCharsetAndTellsTextFromHtml() {
        String text = "Premier Czech spotkał się z prezydentem Słowacji w Bratysławie. Rozmawiali o współpracy "
                + "gospodarczej, o żegludze na Dunaju i o źródłach energii dla obu państw. " + UUID.randomUUID();
        byte[] bytes = text.getBytes(ISO_8859_2);
        String json = "{\"raw\": \"" + Base64.getEncoder().encodeToString(bytes) + "\", \"title\": \"Spotkanie w Bratysławie\"}";
        String id = given().contentType(ContentType.JSON).body(json.getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/articles")
                .then().statusCode(202)
                .body("article.charset_evidence", equalTo("DETECTED"))
                .body("article.content_kind", equalTo("text"))
                .body("article.title", equalTo("Spotkanie w Bratysławie"))
                .extract().path("id");
        assertEquals(text, given().when().get("/v1/articles/" + id + "/content").then().statusCode(200).extract().path("content"));
    }

    @Test
    void explainsBadBytesSubmissions() {
        given().contentType(ContentType.JSON).body("{\"raw\": \"\"}").when().post("/v1/articles")
                .then().statusCode(400).body("error.message", containsString("empty"));
        given().contentType(ContentType.JSON).body("{\"text\": \"ok\", \"content_type\": \"text/plain\"}").when().post("/v1/articles")
                .then().statusCode(400).body("error.message", containsString("content_type"));
        given().contentType("image/png").body(new byte[] {1, 2, 3}).when().post("/v1/articles")
                .then().statusCode(400).body("error.message", containsString("content_type"));
        given().contentType(ContentType.JSON).queryParam("source", "x").body("{\"text\": \"ok\"}").when().post("/v1/articles")
                .then().statusCode(400).body("error.message", containsString("query parameters"));
        given().contentType("text/plain").body(new byte[20_001]).when().post("/v1/articles")
                .then().statusCode(400).body("error.message", containsString("over the limit"));
        String textId = given().contentType(ContentType.JSON).body("{\"text\": \"Plain text " + UUID.randomUUID() + "\"}")
                .when().post("/v1/articles").then().statusCode(202).extract().path("id");
        given().when().get("/v1/articles/" + textId + "/original").then().statusCode(404);
    }

    @Test
    void splitsAnRssFeedIntoArticlesAndImportsItAgainWithoutDuplicates() {
        String marker = UUID.randomUUID().toString();
        String feed = "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<rss version=\"2.0\"><channel><title>Новини</title>"
                + item("Първа новина", "https://news.example/1", "Tue, 05 Mar 2024 09:15:00 +0100",
                        "&lt;p&gt;Министрите подписаха споразумение за газови доставки. " + marker + "&lt;/p&gt;")
                + item("Втора новина", "https://news.example/2", "Wed, 06 Mar 2024 10:00:00 +0100",
                        "Делегацията пристигна в Атина за двудневно посещение. " + marker)
                + item("Само връзка", "https://news.example/3", "Thu, 07 Mar 2024 10:00:00 +0100", "")
                + "</channel></rss>";
        byte[] bytes = feed.getBytes(WINDOWS_1251);
        ExtractableResponse<Response> first = given().contentType("application/rss+xml").body(bytes)
                .queryParam("source", "news.example").queryParam("language", "bg")
                .when().post("/v1/feeds/import")
                .then().statusCode(200)
                .body("accepted_count", equalTo(2))
                .body("refused_count", equalTo(1))
                .body("items[0].title", equalTo("Първа новина"))
                .body("items[0].article.url", equalTo("https://news.example/1"))
                .body("items[0].article.title", equalTo("Първа новина"))
                .body("items[0].article.published", equalTo("2024-03-05T09:15+01:00"))
                .body("items[0].article.content_kind", equalTo("html"))
                .body("items[1].article.content_kind", equalTo("text"))
                .body("items[2].error", containsString("no content"))
                .extract();
        List<String> ids = List.of(first.path("items[0].article.id"), first.path("items[1].article.id"));
        String again = "{\"feed\": \"" + Base64.getEncoder().encodeToString(bytes) + "\", \"source\": \"news.example\"}";
        given().contentType(ContentType.JSON).body(again)
                .when().post("/v1/feeds/import")
                .then().statusCode(200)
                .body("accepted_count", equalTo(null)) // zero: proto3 JSON leaves it out
                .body("duplicate_count", equalTo(2))
                .body("items[0].article.id", equalTo(ids.get(0)));
    }

    @Test
    void refusesWhatIsNotAFeed() {
        given().contentType("application/xml").body("<html><body>no feed</body></html>".getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/feeds/import")
                .then().statusCode(400).body("error.message", containsString("not an RSS or Atom feed"));
        given().contentType("application/xml").body(new byte[0])
                .when().post("/v1/feeds/import")
                .then().statusCode(400).body("error.message", containsString("empty"));
    }

    private static String item(String title, String link, String date, String description) {
        return "<item><title>" + title + "</title><link>" + link + "</link><pubDate>" + date + "</pubDate>"
                + (description.isEmpty() ? "" : "<description>" + description + "</description>") + "</item>";
    }
}
