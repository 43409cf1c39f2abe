package dev.kronika.query.repository;

import dev.kronika.query.domain.KnowledgeBaseEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

/** User-added knowledge-base entities and the knowledge base's revision counter. */
@ApplicationScoped
public class KnowledgeBaseRepository implements PanacheRepositoryBase<KnowledgeBaseEntry, String> {

    @Inject
    EntityManager em;

    /**
     * The next revision. The counter row stays locked until the calling transaction ends, so
     * writers are serialised and commit their revisions in increasing order.
     */
    public long nextRevision() {
        Number value = (Number) em.createNativeQuery("UPDATE query.kb_revision SET value = value + 1 WHERE id = 1 RETURNING value")
                .getSingleResult();
        return value.longValue();
    }

    /** The latest revision given out. */
    public long currentRevision() {
        Number value = (Number) em.createNativeQuery("SELECT value FROM query.kb_revision WHERE id = 1").getSingleResult();
        return value.longValue();
    }

    /** Entries with a revision above the given one, in revision order. */
    public List<KnowledgeBaseEntry> after(long revision, boolean withDeleted, String type, int limit) {
        var query = em.createQuery("from KnowledgeBaseEntry e where e.revision > :revision"
                        + (withDeleted ? "" : " and e.deleteTime is null")
                        + (type == null ? "" : " and e.type = :type")
                        + " order by e.revision", KnowledgeBaseEntry.class)
                .setParameter("revision", revision)
                .setMaxResults(limit);
        if (type != null) {
            query.setParameter("type", type);
        }
        return query.getResultList();
    }
}
