package dev.kronika.common.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedReaderTest {

    private final FeedReader reader = new FeedReader();

    @Test
    void readsAnRssFeedFromAFile(@TempDir Path dir) throws IOException {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel><title>River Times</title><link>https://example.org/</link>
                  <item>
                    <title>Ferry deal signed</title>
                    <link>https://example.org/ferry</link>
                    <pubDate>Tue, 12 Mar 2024 09:15:00 +0100</pubDate>
                    <description>The mayors agreed on one ferry.</description>
                    <content:encoded><![CDATA[<p>The mayors of Lindow and Borsk signed an agreement on Tuesday.</p>]]></content:encoded>
                  </item>
                  <item>
                    <title>Bridge repairs &amp; delays</title>
                    <guid isPermaLink="true">https://example.org/bridge</guid>
                    <dc:date>2024-03-13T18:00:00Z</dc:date>
                    <description>Work on the old bridge will take two more months.</description>
                  </item>
                </channel></rss>
                """;
        Path file = dir.resolve("feed.xml");
        Files.writeString(file, rss, StandardCharsets.UTF_8);
        List<FeedReader.FeedItem> items = reader.read(file);
        assertEquals(2, items.size());
        FeedReader.FeedItem first = items.get(0);
        assertEquals("https://example.org/ferry", first.link());
        assertEquals("Ferry deal signed", first.title());
        assertEquals(Optional.of(OffsetDateTime.of(2024, 3, 12, 9, 15, 0, 0, ZoneOffset.ofHours(1))), first.published());
        assertEquals("<p>The mayors of Lindow and Borsk signed an agreement on Tuesday.</p>", first.content());
        assertTrue(first.html());
        FeedReader.FeedItem second = items.get(1);
        assertEquals("https://example.org/bridge", second.link());
        assertEquals("Bridge repairs & delays", second.title());
        assertEquals(Optional.of(OffsetDateTime.of(2024, 3, 13, 18, 0, 0, 0, ZoneOffset.UTC)), second.published());
        assertEquals("Work on the old bridge will take two more months.", second.content());
        assertFalse(second.html());
    }

    @Test
    void readsAnAtomFeedInALegacyCharset() {
        String atom = """
                <?xml version="1.0" encoding="windows-1251"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Речные новости</title>
                  <entry>
                    <title type="html">Паром &lt;b&gt;запущен&lt;/b&gt;</title>
                    <link rel="self" href="https://example.org/feed/1"/>
                    <link rel="alternate" href="https://example.org/parom"/>
                    <published>2024-03-12T09:15:00+03:00</published>
                    <updated>2024-03-12T10:00:00+03:00</updated>
                    <content type="html">&lt;p&gt;Мэры двух городов подписали соглашение о пароме.&lt;/p&gt;</content>
                  </entry>
                  <entry>
                    <title>Мост закрыт</title>
                    <link href="https://example.org/most"/>
                    <updated>2024-03-14T08:00:00Z</updated>
                    <summary>Ремонт моста продлится ещё два месяца.</summary>
                  </entry>
                </feed>
                """;
        List<FeedReader.FeedItem> items = reader.read(atom.getBytes(Charset.forName("windows-1251")));
        assertEquals(2, items.size());
        assertEquals("https://example.org/parom", items.get(0).link());
        assertEquals("Паром запущен", items.get(0).title());
        assertEquals(Optional.of(OffsetDateTime.of(2024, 3, 12, 9, 15, 0, 0, ZoneOffset.ofHours(3))), items.get(0).published());
        assertEquals("<p>Мэры двух городов подписали соглашение о пароме.</p>", items.get(0).content());
        assertTrue(items.get(0).html());
        assertEquals("https://example.org/most", items.get(1).link());
        assertEquals(Optional.of(OffsetDateTime.of(2024, 3, 14, 8, 0, 0, 0, ZoneOffset.UTC)), items.get(1).published());
        assertEquals("Ремонт моста продлится ещё два месяца.", items.get(1).content());
        assertFalse(items.get(1).html());
    }
}
