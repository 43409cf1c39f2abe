package dev.kronika.ingest.service;

import dev.kronika.common.content.CharsetDecoding;
import dev.kronika.common.content.FeedReader;
import dev.kronika.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits an RSS or Atom feed into articles and submits each one on its own: an item that is
 * refused (no content, too large) does not stop the others, and items already accepted come
 * back as duplicates, so that importing the same feed again is harmless.
 */
@ApplicationScoped
public class FeedImportService {

    private static final FeedReader READER = new FeedReader();
    private static final Pattern FEED_ROOT = Pattern.compile("(?is)<(rss|feed|rdf:RDF)[\\s>]");

    @Inject
    SubmissionService submissions;
    @Inject
    IngestConfig config;

    /** What became of one feed item: accepted (perhaps as a duplicate) or refused with a reason. */
    public record ItemResult(FeedReader.FeedItem item, Optional<SubmissionService.Accepted> accepted, Optional<String> error) {
    }

    public List<ItemResult> importFeed(byte[] feed, Optional<String> source, Optional<String> language) {
        if (feed.length == 0) {
            throw new InvalidSubmissionException("feed must not be empty");
        }
        if (feed.length > config.maxFeedBytes()) {
            throw new InvalidSubmissionException("feed is " + feed.length + " bytes, over the limit of " + config.maxFeedBytes());
        }
        String xml = CharsetDecoding.decode(feed);
        if (!FEED_ROOT.matcher(xml.length() > 8192 ? xml.substring(0, 8192) : xml).find()) {
            throw new InvalidSubmissionException("not an RSS or Atom feed: no <rss>, <feed> or <rdf:RDF> element at the start");
        }
        List<FeedReader.FeedItem> items = READER.read(xml);
        if (items.size() > config.maxFeedItems()) {
            throw new InvalidSubmissionException("feed has " + items.size() + " items, over the limit of " + config.maxFeedItems());
        }
        List<ItemResult> results = new ArrayList<>(items.size());
        for (FeedReader.FeedItem item : items) {
            results.add(submit(item, source, language));
        }
        return results;
    }

    private ItemResult submit(FeedReader.FeedItem item, Optional<String> source, Optional<String> language) {
        if (item.content().isBlank()) {
            return new ItemResult(item, Optional.empty(),
                    Optional.of("the feed gives no content for this item (only a link): submit the page itself"));
        }
        Submission submission = new Submission(item.content(), item.html(),
                item.published().map(Object::toString), nonBlank(item.link()), source, nonBlank(item.link()), language,
                nonBlank(item.title()), Optional.empty());
        try {
            return new ItemResult(item, Optional.of(submissions.submit(submission)), Optional.empty());
        } catch (InvalidSubmissionException e) {
            return new ItemResult(item, Optional.empty(), Optional.of(e.getMessage()));
        }
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
