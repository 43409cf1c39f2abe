package dev.kronika.query.repository;

import dev.kronika.query.domain.EventActor;
import dev.kronika.query.domain.EventLink;
import dev.kronika.query.domain.EventReport;
import dev.kronika.query.domain.FusedEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Fused events, their actors, reports and links. Every value is bound, never concatenated. */
@ApplicationScoped
public class EventRepository implements PanacheRepository<FusedEvent> {

    @Inject
    EntityManager em;

    /** Serialises fusion: concurrent indexing of two reports of one event must not create two events. */
    public void lockForFusion() {
        em.createNativeQuery("select pg_advisory_xact_lock(7318001)").getSingleResult();
    }

    /** Events of the type in which the entity takes part. */
    public List<FusedEvent> withTypeAndActor(String type, long entityId) {
        return em.createQuery("select e from FusedEvent e where e.type = :type and exists "
                        + "(select 1 from EventActor a where a.key.eventId = e.id and a.key.entityId = :entity)", FusedEvent.class)
                .setParameter("type", type).setParameter("entity", entityId).getResultList();
    }

    public Map<Long, Set<Long>> actors(Collection<Long> eventIds) {
        Map<Long, Set<Long>> actors = new HashMap<>();
        if (eventIds.isEmpty()) {
            return actors;
        }
        List<EventActor> rows = em.createQuery("from EventActor a where a.key.eventId in :ids order by a.key.eventId, a.key.entityId", EventActor.class)
                .setParameter("ids", eventIds).getResultList();
        for (EventActor row : rows) {
            actors.computeIfAbsent(row.key.eventId, id -> new LinkedHashSet<>()).add(row.key.entityId);
        }
        return actors;
    }

    public void addReport(EventReport report) {
        em.persist(report);
    }

    public void addActor(long eventId, long entityId) {
        if (em.find(EventActor.class, new EventActor.Key(eventId, entityId)) == null) {
            em.persist(EventActor.of(eventId, entityId));
        }
    }

    public void link(long eventId, long relatedEventId) {
        if (eventId != relatedEventId && em.find(EventLink.class, new EventLink.Key(eventId, relatedEventId)) == null) {
            em.persist(EventLink.of(eventId, relatedEventId));
            em.persist(EventLink.of(relatedEventId, eventId));
        }
    }

    public Map<Long, List<Long>> links(Collection<Long> eventIds) {
        Map<Long, List<Long>> links = new HashMap<>();
        if (eventIds.isEmpty()) {
            return links;
        }
        for (EventLink row : em.createQuery("from EventLink l where l.key.eventId in :ids order by l.key.relatedEventId", EventLink.class)
                .setParameter("ids", eventIds).getResultList()) {
            links.computeIfAbsent(row.key.eventId, id -> new ArrayList<>()).add(row.key.relatedEventId);
        }
        return links;
    }

    /** The earliest publication date among each event's reports: when a planned event was first announced. */
    public Map<Long, LocalDate> firstPublished(Collection<Long> eventIds) {
        Map<Long, LocalDate> first = new HashMap<>();
        if (eventIds.isEmpty()) {
            return first;
        }
        List<Object[]> rows = em.createQuery("select r.eventId, min(a.published) from EventReport r, StoredArticle a "
                        + "where a.id = r.articleId and r.eventId in :ids group by r.eventId", Object[].class)
                .setParameter("ids", eventIds).getResultList();
        for (Object[] row : rows) {
            if (row[1] != null) {
                first.put((Long) row[0], (LocalDate) row[1]);
            }
        }
        return first;
    }

    public List<EventReport> reports(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from EventReport r where r.eventId in :ids order by r.eventId, r.id", EventReport.class)
                .setParameter("ids", eventIds).getResultList();
    }

    public List<EventReport> reportsOfArticle(UUID articleId) {
        return em.createQuery("from EventReport r where r.articleId = :id order by r.ordinal", EventReport.class)
                .setParameter("id", articleId).getResultList();
    }

    /** The filter of a timeline query; null fields do not filter. */
    public record Filter(List<List<Long>> actorAlternatives, String type, String mode, String status,
                         LocalDate from, LocalDate to, List<Long> places) {
    }

    /**
     * Events matching the filter in timeline order. Each inner list of actorAlternatives is one
     * requested actor: the event must have at least one of its entities.
     */
    public List<FusedEvent> list(Filter filter, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("select e from FusedEvent e where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < filter.actorAlternatives().size(); i++) {
            jpql.append(" and exists (select 1 from EventActor a").append(i).append(" where a").append(i)
                    .append(".key.eventId = e.id and a").append(i).append(".key.entityId in :actors").append(i).append(')');
            params.put("actors" + i, filter.actorAlternatives().get(i));
        }
        if (filter.type() != null) {
            jpql.append(" and e.type = :type");
            params.put("type", filter.type());
        }
        if (filter.mode() != null) {
            jpql.append(" and e.mode = :mode");
            params.put("mode", filter.mode());
        }
        if (filter.status() != null) {
            jpql.append(" and e.status = :status");
            params.put("status", filter.status());
        }
        if (filter.from() != null) {
            jpql.append(" and (e.latest is null or e.latest >= :from)");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            jpql.append(" and (e.earliest is null or e.earliest <= :to)");
            params.put("to", filter.to());
        }
        if (filter.places() != null) {
            jpql.append(" and e.locationEntityId in :places");
            params.put("places", filter.places());
        }
        jpql.append(" order by e.earliest asc nulls last, e.latest asc nulls last, e.id asc");
        var query = em.createQuery(jpql.toString(), FusedEvent.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
