package dev.kronika.query.repository;

import dev.kronika.query.domain.MentionRow;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MentionRepository implements PanacheRepository<MentionRow> {

    public List<MentionRow> forArticle(UUID articleId) {
        return list("articleId = ?1 order by startOffset, endOffset", articleId);
    }
}
