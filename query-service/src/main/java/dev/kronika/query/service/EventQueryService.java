package dev.kronika.query.service;

import dev.kronika.proto.query.v1.Event;
import dev.kronika.query.config.QueryConfig;
import dev.kronika.query.domain.EventReport;
import dev.kronika.query.domain.FusedEvent;
import dev.kronika.query.domain.KnownEntity;
import dev.kronika.query.domain.StoredArticle;
import dev.kronika.query.mapping.QueryMapper;
import dev.kronika.query.repository.ArticleRepository;
import dev.kronika.query.repository.EntityRepository;
import dev.kronika.query.repository.EventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The event timeline and its filters. */
@ApplicationScoped
public class EventQueryService {

    @Inject
    EventRepository events;
    @Inject
    EntityRepository entities;
    @Inject
    ArticleRepository articles;
    @Inject
    EntityQueryService entityQueries;
    @Inject
    EntityDisplayNames displayNames;
    @Inject
    QueryConfig config;

    /**
     * A timeline query as the client sent it; enum values are already validated names or null.
     *
     * @param language the reader's language for display names, English when blank
     */
    public record Query(List<String> actors, String type, String mode, String status, String from, String to, String place,
                        String language) {
    }

    public record Page(List<Event> events, String nextPageToken) {
    }

    @Transactional
    public Page list(Query query, int pageSize, String pageToken) {
        Paging paging = Paging.of(pageSize, pageToken, config);
        List<List<Long>> actorAlternatives = new ArrayList<>();
        for (String actor : query.actors()) {
            if (actor == null || actor.isBlank()) {
                continue;
            }
            List<Long> ids = entityQueries.resolve(actor);
            if (ids.isEmpty()) {
                return new Page(List.of(), "");
            }
            actorAlternatives.add(ids);
        }
        List<Long> places = null;
        if (query.place() != null && !query.place().isBlank()) {
            places = entityQueries.resolve(query.place());
            if (places.isEmpty()) {
                return new Page(List.of(), "");
            }
        }
        LocalDate from = parseDate("from", query.from());
        LocalDate to = parseDate("to", query.to());
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidQueryException("from must not be after to");
        }
        List<FusedEvent> found = events.list(new EventRepository.Filter(actorAlternatives, query.type(), query.mode(),
                query.status(), from, to, places), paging.offset(), paging.size() + 1);
        String next = paging.nextToken(found.size());
        return new Page(toProto(found.subList(0, Math.min(found.size(), paging.size())), query.language()), next);
    }

    private List<Event> toProto(List<FusedEvent> page, String language) {
        List<Long> ids = page.stream().map(e -> e.id).toList();
        Map<Long, Set<Long>> actors = events.actors(ids);
        Map<Long, List<Long>> links = events.links(ids);
        Map<Long, List<EventReport>> reports = new HashMap<>();
        Set<UUID> articleIds = new HashSet<>();
        for (EventReport report : events.reports(ids)) {
            reports.computeIfAbsent(report.eventId, id -> new ArrayList<>()).add(report);
            articleIds.add(report.articleId);
        }
        Map<UUID, StoredArticle> articleById = new HashMap<>();
        for (UUID id : articleIds) {
            articleById.put(id, articles.findById(id));
        }
        Set<Long> entityIds = new HashSet<>();
        actors.values().forEach(entityIds::addAll);
        page.stream().filter(e -> e.locationEntityId != null).forEach(e -> entityIds.add(e.locationEntityId));
        Map<Long, KnownEntity> entityById = new HashMap<>();
        entityIds.forEach(id -> entityById.put(id, entities.findById(id)));
        Map<Long, String> names = displayNames.of(entityById.values(), language);
        List<Event> out = new ArrayList<>();
        for (FusedEvent event : page) {
            List<KnownEntity> eventActors = actors.getOrDefault(event.id, Set.of()).stream().map(entityById::get).toList();
            KnownEntity location = event.locationEntityId == null ? null : entityById.get(event.locationEntityId);
            out.add(QueryMapper.event(event, eventActors, location, names, reports.getOrDefault(event.id, List.of()),
                    articleById, links.getOrDefault(event.id, List.of())));
        }
        return out;
    }

    private static LocalDate parseDate(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(field + " must be an ISO date (YYYY-MM-DD), got '" + value + "'");
        }
    }
}
