package dev.kronika.query.service;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.kronika.proto.extract.v1.AnnotatedDocument;
import dev.kronika.proto.query.v1.ArticleAnnotations;
import dev.kronika.query.domain.StoredArticle;
import dev.kronika.query.mapping.QueryMapper;
import dev.kronika.query.repository.ArticleRepository;
import dev.kronika.query.repository.EntityRepository;
import dev.kronika.query.repository.EventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** An indexed article with its annotations under global entity and event ids. */
@ApplicationScoped
public class ArticleQueryService {

    @Inject
    ArticleRepository articles;
    @Inject
    EventRepository events;
    @Inject
    EntityRepository entities;

    @Transactional
    public ArticleAnnotations annotations(String name) {
        UUID id = ArticleNames.parseId(name);
        StoredArticle article = articles.findById(id);
        if (article == null) {
            throw new NotFoundException("article " + id + " is not indexed");
        }
        AnnotatedDocument document;
        try {
            document = AnnotatedDocument.parseFrom(article.annotations);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("stored annotations of article " + id + " are unreadable", e);
        }
        Map<String, Long> entityIdByKey = new HashMap<>();
        document.getEntitiesList().forEach(e -> entities.entityIdForKey(e.getKey()).ifPresent(eid -> entityIdByKey.put(e.getKey(), eid)));
        document.getMentionsList().forEach(m -> entities.entityIdForKey(m.getEntityKey()).ifPresent(eid -> entityIdByKey.put(m.getEntityKey(), eid)));
        return QueryMapper.annotations(article, document, entityIdByKey, events.reportsOfArticle(id));
    }
}
