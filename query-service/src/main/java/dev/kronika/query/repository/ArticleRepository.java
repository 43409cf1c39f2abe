package dev.kronika.query.repository;

import dev.kronika.query.domain.StoredArticle;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<StoredArticle, UUID> {
}
