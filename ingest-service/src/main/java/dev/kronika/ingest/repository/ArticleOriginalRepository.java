package dev.kronika.ingest.repository;

import dev.kronika.ingest.domain.ArticleOriginal;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ArticleOriginalRepository implements PanacheRepositoryBase<ArticleOriginal, UUID> {
}
