package dev.kronika.ingest.repository;

import dev.kronika.ingest.domain.ArticleRecord;
import dev.kronika.ingest.domain.ArticleState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ArticleRecordRepository implements PanacheRepositoryBase<ArticleRecord, UUID> {

    @Inject
    EntityManager em;

    public Optional<ArticleRecord> findBySha256(String sha256) {
        return find("contentSha256", sha256).firstResultOptional();
    }

    /**
     * Claims the oldest article that is due: queued and past its retry time, or being extracted
     * by a worker whose lease ran out. SKIP LOCKED lets several workers and replicas claim
     * different articles without waiting for each other.
     */
    @SuppressWarnings("unchecked")
    public Optional<UUID> claimNext(Duration lease) {
        List<UUID> ids = em.createNativeQuery("update ingest.article set state = 'EXTRACTING', attempts = attempts + 1, "
                        + "lease_until = now() + make_interval(secs => :lease), updated_at = now() "
                        + "where id = (select id from ingest.article where "
                        + "(state = 'QUEUED' and next_attempt_at <= now()) or (state = 'EXTRACTING' and lease_until < now()) "
                        + "order by seq limit 1 for update skip locked) returning id", UUID.class)
                .setParameter("lease", (double) lease.toSeconds())
                .getResultList();
        return ids.stream().findFirst();
    }

    public List<ArticleRecord> pageFrom(ArticleState state, int offset, int limit) {
        var query = state == null ? find("order by seq") : find("state = ?1 order by seq", state);
        return query.range(offset, offset + limit - 1).list();
    }

    /** Id and MinHash signature of every article that has one. */
    public List<Object[]> signatures() {
        return em.createQuery("select a.id, a.minhash from ArticleRecord a where a.minhash is not null", Object[].class).getResultList();
    }

    public Map<ArticleState, Long> countsByState() {
        Map<ArticleState, Long> counts = new EnumMap<>(ArticleState.class);
        for (ArticleState state : ArticleState.values()) {
            counts.put(state, 0L);
        }
        List<Object[]> rows = em.createQuery("select a.state, count(a) from ArticleRecord a group by a.state", Object[].class).getResultList();
        for (Object[] row : rows) {
            counts.put((ArticleState) row[0], (Long) row[1]);
        }
        return counts;
    }
}
