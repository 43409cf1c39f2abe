package dev.kronika.query.service;

import dev.kronika.proto.query.v1.Entity;
import dev.kronika.query.config.QueryConfig;
import dev.kronika.query.domain.EntityName;
import dev.kronika.query.domain.KnownEntity;
import dev.kronika.query.mapping.QueryMapper;
import dev.kronika.query.repository.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Entity lookup by id and search by any name form in any script. */
@ApplicationScoped
public class EntityQueryService {

    @Inject
    EntityRepository entities;
    @Inject
    EntityDisplayNames displayNames;
    @Inject
    QueryConfig config;

    public record Page(List<Entity> entities, String nextPageToken) {
    }

    /** @param language the reader's language for display names, English when blank */
    @Transactional
    public Page list(String query, String type, String language, int pageSize, String pageToken) {
        Paging paging = Paging.of(pageSize, pageToken, config);
        List<Long> ids = query == null || query.isBlank()
                ? entities.all(type, paging.offset(), paging.size() + 1)
                : matching(query, type, paging.offset(), paging.size() + 1);
        String next = paging.nextToken(ids.size());
        List<Long> page = ids.subList(0, Math.min(ids.size(), paging.size()));
        return new Page(toProto(page, language), next);
    }

    @Transactional
    public Entity get(String name, String language) {
        Long id = ArticleNames.numericId(name, "entities");
        KnownEntity entity = id == null ? null : entities.findById(id);
        if (entity == null) {
            throw new NotFoundException("no entity '" + name + "'");
        }
        return toProto(List.of(id), language).get(0);
    }

    /**
     * Entity ids a name may refer to, for filters: an exact folded match when there is one,
     * else a match of the name's stem.
     */
    @Transactional
    public List<Long> resolve(String nameOrId) {
        Long id = ArticleNames.numericId(nameOrId, "entities");
        if (id != null && nameOrId.strip().startsWith("entities/")) {
            return List.of(id);
        }
        List<Long> found = matching(nameOrId, null, 0, 50);
        if (found.isEmpty() && id != null) {
            return List.of(id);
        }
        return found;
    }

    private List<Long> matching(String query, String type, int offset, int limit) {
        String key = NameFolding.fold(query);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Long> exact = entities.search(List.of(key), List.of(), type, offset, limit);
        if (!exact.isEmpty()) {
            return exact;
        }
        Set<String> prefixes = new LinkedHashSet<>();
        prefixes.add(key);
        String stem = NameFolding.stem(key);
        if (stem.length() >= 4) {
            prefixes.add(stem);
        }
        return entities.search(List.of(key), prefixes, type, offset, limit);
    }

    private List<Entity> toProto(List<Long> ids, String language) {
        Map<Long, long[]> counts = entities.counts(ids);
        List<KnownEntity> found = ids.stream().map(entities::findById).toList();
        Map<Long, String> shownAs = displayNames.of(found, language);
        List<Entity> out = new ArrayList<>();
        for (KnownEntity entity : found) {
            List<String> names = entities.names(entity.id).stream().map((EntityName n) -> n.name).distinct().toList();
            out.add(QueryMapper.entity(entity, shownAs.get(entity.id), names, counts.getOrDefault(entity.id, new long[2])));
        }
        return out;
    }
}
