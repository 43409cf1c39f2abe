package dev.kronika.query.repository;

import dev.kronika.query.domain.EntityKey;
import dev.kronika.query.domain.EntityLabel;
import dev.kronika.query.domain.EntityName;
import dev.kronika.query.domain.KnownEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Entities, their keys and names. Every value is bound as a parameter, never concatenated. */
@ApplicationScoped
public class EntityRepository implements PanacheRepository<KnownEntity> {

    @Inject
    EntityManager em;

    public Optional<Long> entityIdForKey(String key) {
        return Optional.ofNullable(em.find(EntityKey.class, key)).map(k -> k.entityId);
    }

    public void addKey(String key, long entityId) {
        EntityKey row = new EntityKey();
        row.key = key;
        row.entityId = entityId;
        em.persist(row);
    }

    /** Entities of the type with a name whose folded key equals the given one. */
    public List<Long> entitiesWithMatchKey(String type, String matchKey) {
        return em.createQuery("select distinct n.entityId from EntityName n, KnownEntity e "
                        + "where n.entityId = e.id and e.type = :type and n.matchKey = :key", Long.class)
                .setParameter("type", type).setParameter("key", matchKey).getResultList();
    }

    public List<EntityName> names(long entityId) {
        return em.createQuery("from EntityName where entityId = :id order by id", EntityName.class)
                .setParameter("id", entityId).getResultList();
    }

    public void addName(long entityId, String name, String matchKey) {
        Long existing = em.createQuery("select count(n) from EntityName n where n.entityId = :id and n.name = :name", Long.class)
                .setParameter("id", entityId).setParameter("name", name).getSingleResult();
        if (existing == 0) {
            EntityName row = new EntityName();
            row.entityId = entityId;
            row.name = name;
            row.matchKey = matchKey;
            em.persist(row);
        }
    }

    /** Sets the knowledge base's name of the entity in the language; the latest extraction's name wins. */
    public void setLabel(long entityId, String language, String name) {
        EntityLabel row = em.find(EntityLabel.class, new EntityLabel.Key(entityId, language));
        if (row == null) {
            row = new EntityLabel();
            row.key = new EntityLabel.Key(entityId, language);
            row.name = name;
            em.persist(row);
        } else {
            row.name = name;
        }
    }

    /** Knowledge-base names by entity, then by language. */
    public Map<Long, Map<String, String>> labels(Collection<Long> entityIds) {
        Map<Long, Map<String, String>> labels = new HashMap<>();
        if (entityIds.isEmpty()) {
            return labels;
        }
        for (EntityLabel row : em.createQuery("from EntityLabel l where l.key.entityId in :ids", EntityLabel.class)
                .setParameter("ids", entityIds).getResultList()) {
            labels.computeIfAbsent(row.key.entityId, id -> new HashMap<>()).put(row.key.language, row.name);
        }
        return labels;
    }

    /** One base form of an entity used by articles of one language, with how often. */
    public record LemmaUse(long entityId, String language, String lemma, long count) {
    }

    /** The base forms articles use for the entities, per article language. */
    public List<LemmaUse> lemmasByLanguage(Collection<Long> entityIds) {
        if (entityIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m.entityId, a.language, m.lemma, count(m) from MentionRow m, StoredArticle a "
                        + "where a.id = m.articleId and m.entityId in :ids group by m.entityId, a.language, m.lemma", Object[].class)
                .setParameter("ids", entityIds).getResultList().stream()
                .map(row -> new LemmaUse((Long) row[0], (String) row[1], (String) row[2], (Long) row[3]))
                .toList();
    }

    /**
     * Entities with a name whose key equals one of the exact keys or starts with one of the
     * prefixes, most mentioned first.
     */
    @SuppressWarnings("unchecked")
    public List<Long> search(Collection<String> exactKeys, Collection<String> prefixes, String type, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select e.id from query.entity e where exists (select 1 from query.entity_name n "
                + "where n.entity_id = e.id and (n.match_key in (:exact)");
        int i = 0;
        for (String ignored : prefixes) {
            // A prefix of the whole name or of any later word of it ("makron" finds "emanuel makron").
            sql.append(" or n.match_key like :prefix").append(i).append(" or n.match_key like :word").append(i);
            i++;
        }
        sql.append("))");
        if (type != null) {
            sql.append(" and e.type = :type");
        }
        sql.append(" order by (select count(*) from query.mention m where m.entity_id = e.id) desc, e.id limit :limit offset :offset");
        var query = em.createNativeQuery(sql.toString(), Long.class)
                .setParameter("exact", exactKeys.isEmpty() ? List.of("") : exactKeys)
                .setParameter("limit", limit).setParameter("offset", offset);
        i = 0;
        for (String prefix : prefixes) {
            query.setParameter("prefix" + i, escapeLike(prefix) + "%");
            query.setParameter("word" + i, "% " + escapeLike(prefix) + "%");
            i++;
        }
        if (type != null) {
            query.setParameter("type", type);
        }
        return query.getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<Long> all(String type, int offset, int limit) {
        var query = em.createNativeQuery("select e.id from query.entity e where (cast(:type as text) is null or e.type = :type) "
                        + "order by (select count(*) from query.mention m where m.entity_id = e.id) desc, e.id limit :limit offset :offset", Long.class)
                .setParameter("type", type).setParameter("limit", limit).setParameter("offset", offset);
        return query.getResultList();
    }

    /** Article and mention counts per entity. */
    public Map<Long, long[]> counts(Collection<Long> entityIds) {
        Map<Long, long[]> counts = new HashMap<>();
        if (entityIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery("select m.entityId, count(distinct m.articleId), count(m) from MentionRow m "
                        + "where m.entityId in :ids group by m.entityId", Object[].class)
                .setParameter("ids", entityIds).getResultList();
        for (Object[] row : rows) {
            counts.put((Long) row[0], new long[] {(Long) row[1], (Long) row[2]});
        }
        return counts;
    }

    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
