package dev.kronika.extract.core.content;

import dev.kronika.extract.core.model.Content;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.DocumentRequest;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.PageStructure;
import dev.kronika.extract.core.model.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlMainTextTest {

    private static final String PAGE = """
            <html lang="en"><head><title>Ferry deal signed | River Times</title>
            <meta property="og:title" content="Ferry deal signed">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"River Times"},
              {"@type":"NewsArticle","headline":"Ferry deal signed","author":[{"@type":"Person","name":"Anna Kowalczyk"}],
               "datePublished":"2024-03-12T09:15:00+01:00"}]}</script></head>
            <body>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
            <div class="layout">
              <article>
                <h1>Ferry deal signed</h1>
                <div class="byline">By Anna Kowalczyk, 12 March 2024</div>
                <div class="article-body">
                  <p>The mayors of Lindow and Borsk signed an agreement on Tuesday to run a single ferry across the river from next spring.</p>
                  <p>Short, but true.</p>
                  <p>The ferry will carry cyclists free of charge during the summer months, the two councils said in a joint statement.</p>
                  <div class="share-tools">Share on social media</div>
                </div>
              </article>
              <aside class="sidebar"><h3>Most read</h3>
                <ul><li><a href="/a">Storm closes the coastal road for a day</a></li><li><a href="/b">Local bakery wins a national prize</a></li></ul>
                <p>Our newsletter brings you the best stories of the week, every Friday morning, straight into your inbox.</p>
              </aside>
              <section id="comments"><h3>Comments</h3><p>I have been waiting for this ferry for years, finally some good news from the councils!</p></section>
            </div>
            <footer><p>Copyright River Times. All rights reserved.</p></footer>
            </body></html>
            """;

    @Test
    void readsTheArticleTitleAndMetadataFromAPage() {
        HtmlTextExtractor.Result page = new HtmlTextExtractor().extract(PAGE, "https://example.org/ferry");
        Document document = new Document(page.text(), DocumentRequest.EMPTY);
        document.set(Layers.PAGE, page.structure());
        new MainTextStage().process(document);
        Content content = document.get(Layers.CONTENT);
        assertEquals("Ferry deal signed", content.title().map(document::text).orElseThrow());
        String body = content.body().stream().map(document::text).collect(Collectors.joining("\n"));
        assertTrue(body.contains("signed an agreement on Tuesday"));
        assertTrue(body.contains("Short, but true."));
        assertTrue(body.contains("joint statement"));
        for (String furniture : new String[] {"Home", "Share on", "Storm closes", "newsletter", "waiting for this ferry", "Copyright", "By Anna"}) {
            assertFalse(body.contains(furniture), furniture);
        }
        assertEquals(List.of("Anna Kowalczyk"), content.authors());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 12)), content.publishedInText());
        assertEquals(ValueSource.METADATA, content.publishedInTextSource());
        assertEquals(Optional.of("River Times"), content.facts().site());
        assertEquals("2024-03-12T09:15+01:00", content.facts().publishedAt().orElseThrow().iso());
        assertEquals(ValueSource.METADATA, content.facts().publishedAtSource());
        assertEquals(ValueSource.METADATA, content.facts().authorsSource());
    }

    @Test
    void siteComesFromThePublisherOrOpenGraphAndATimeOnlyWithItsDate() {
        PageMetadata publisher = PageMetadata.read(java.util.Map.of("json-ld.0",
                "{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"datePublished\":\"2023-11-02T18:40:05Z\","
                        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Kurier Północny\"}}",
                "og:site_name", "Another Name"));
        assertEquals(Optional.of("Kurier Północny"), publisher.site());
        assertEquals("2023-11-02T18:40:05Z", publisher.publishedAt().orElseThrow().iso());

        PageMetadata openGraph = PageMetadata.read(java.util.Map.of("og:site_name", "  Dnevni  vjesnik ",
                "article:published_time", "2022-06-30 07:05:00+0200"));
        assertEquals(Optional.of("Dnevni vjesnik"), openGraph.site());
        assertEquals("2022-06-30T07:05+02:00", openGraph.publishedAt().orElseThrow().iso());

        PageMetadata dateOnly = PageMetadata.read(java.util.Map.of("article:published_time", "2022-06-30"));
        assertEquals(Optional.of(LocalDate.of(2022, 6, 30)), dateOnly.published());
        assertTrue(dateOnly.publishedAt().isEmpty());
        assertTrue(dateOnly.site().isEmpty());
    }

    @Test
    void extractorKeepsBlocksPathsAndLinkText() {
        HtmlTextExtractor.Result result = new HtmlTextExtractor().extract(
                "<body><div id=\"main\" class=\"Post Body\"><p>One&nbsp;two <a href=\"#\">three</a></p><script>x()</script></div></body>", "");
        assertEquals("One two three", result.text());
        PageStructure.Block block = result.structure().blocks().get(0);
        assertEquals("p", block.tag());
        assertEquals(5, block.linkChars());
        assertTrue(block.path().endsWith("/div[0]#main.post.body/p[0]"), block.path());
    }
}
