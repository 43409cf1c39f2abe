package dev.kronika.ingest.service;

import dev.kronika.common.PageToken;
import dev.kronika.ingest.domain.ArticleOriginal;
import dev.kronika.ingest.domain.ArticleRecord;
import dev.kronika.ingest.domain.ArticleState;
import dev.kronika.ingest.repository.ArticleOriginalRepository;
import dev.kronika.ingest.repository.ArticleRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reading articles' processing states. */
@ApplicationScoped
public class ArticleQueries {

    private static final int DEFAULT_PAGE_SIZE = 100;
    private static final int MAX_PAGE_SIZE = 1000;

    @Inject
    ArticleRecordRepository articles;
    @Inject
    ArticleOriginalRepository originals;

    /** An article with the bytes it was submitted as, if it came as bytes. */
    public record StoredContent(ArticleRecord article, Optional<ArticleOriginal> original) {
    }

    public record Page(List<ArticleRecord> articles, String nextPageToken, Map<ArticleState, Long> counts) {
    }

    @Transactional
    public ArticleRecord get(String name) {
        String id = name == null ? "" : name.strip();
        if (id.startsWith("articles/")) {
            id = id.substring("articles/".length());
        }
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidSubmissionException("'" + name + "' is not an article name (articles/{uuid})");
        }
        ArticleRecord article = articles.findById(uuid);
        if (article == null) {
            throw new NotFoundException("no article " + uuid);
        }
        return article;
    }

    @Transactional
    public StoredContent content(String name) {
        ArticleRecord article = get(name);
        return new StoredContent(article, Optional.ofNullable(originals.findById(article.id)));
    }

    @Transactional
    public Page list(ArticleState state, int pageSize, String pageToken) {
        if (pageSize < 0) {
            throw new InvalidSubmissionException("page_size must not be negative");
        }
        int size = pageSize == 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
        int offset = decode(pageToken);
        List<ArticleRecord> rows = articles.pageFrom(state, offset, size + 1);
        String next = rows.size() > size ? PageToken.encode(offset + size) : "";
        return new Page(rows.subList(0, Math.min(rows.size(), size)), next, articles.countsByState());
    }

    private static int decode(String token) {
        try {
            return PageToken.decode(token);
        } catch (IllegalArgumentException e) {
            throw new InvalidSubmissionException(e.getMessage());
        }
    }
}
