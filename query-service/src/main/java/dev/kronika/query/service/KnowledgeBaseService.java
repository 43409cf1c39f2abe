package dev.kronika.query.service;

import dev.kronika.proto.query.v1.KnowledgeBaseEntity;
import dev.kronika.query.config.QueryConfig;
import dev.kronika.query.domain.KnowledgeBaseEntry;
import dev.kronika.query.mapping.KnowledgeBaseMapper;
import dev.kronika.query.repository.KnowledgeBaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

/**
 * The entities users add to the knowledge base. Every change takes the next revision and deleted
 * entities stay as tombstones, so that extract-service can poll "what changed since revision N".
 */
@ApplicationScoped
public class KnowledgeBaseService {

    private static final String TOKEN_PREFIX = "r:";

    @Inject
    KnowledgeBaseRepository repository;
    @Inject
    QueryConfig config;

    public record Page(List<KnowledgeBaseEntity> entities, String nextPageToken, long revision) {
    }

    @Transactional
    public KnowledgeBaseEntity create(KnowledgeBaseEntity entity) {
        KnowledgeBaseEntity valid = KnowledgeBaseRules.validate(entity);
        long revision = repository.nextRevision();
        KnowledgeBaseEntry entry = repository.findById(valid.getId());
        if (entry != null && !entry.deleted()) {
            throw new AlreadyExistsException("knowledge-base entity '" + valid.getId() + "' exists already");
        }
        boolean created = entry == null;
        if (created) {
            entry = new KnowledgeBaseEntry();
        }
        KnowledgeBaseMapper.fill(entry, valid);
        entry.revision = revision;
        entry.createTime = now();
        entry.deleteTime = null;
        if (created) {
            repository.persist(entry);
        }
        repository.flush();
        return KnowledgeBaseMapper.toProto(entry);
    }

    /** An entity, or the tombstone of a deleted one (AIP-164). */
    @Transactional
    public KnowledgeBaseEntity get(String name) {
        return KnowledgeBaseMapper.toProto(find(name));
    }

    @Transactional
    public KnowledgeBaseEntity delete(String name) {
        long revision = repository.nextRevision();
        KnowledgeBaseEntry entry = find(name);
        if (entry.deleted()) {
            throw new NotFoundException("knowledge-base entity '" + entry.id + "' is deleted already");
        }
        entry.revision = revision;
        entry.deleteTime = now();
        repository.flush();
        return KnowledgeBaseMapper.toProto(entry);
    }

    /**
     * Entities changed after {@code sinceRevision}, in revision order. Pages continue after the last
     * revision seen rather than at an offset, so that changes made while a client pages through
     * neither shift rows into nor out of its view.
     */
    @Transactional
    public Page list(long sinceRevision, boolean showDeleted, String type, int pageSize, String pageToken) {
        if (sinceRevision < 0) {
            throw new InvalidQueryException("since_revision must not be negative");
        }
        Paging paging = Paging.of(pageSize, null, config);
        // Read before the rows: every revision up to it is committed (writers commit in revision
        // order), so a poller that asks next for the changes after it misses nothing.
        long current = repository.currentRevision();
        long after = Math.max(sinceRevision, decode(pageToken));
        List<KnowledgeBaseEntry> rows = repository.after(after, showDeleted, type, paging.size() + 1);
        List<KnowledgeBaseEntry> page = rows.subList(0, Math.min(rows.size(), paging.size()));
        String next = rows.size() > paging.size() ? encode(page.get(page.size() - 1).revision) : "";
        return new Page(page.stream().map(KnowledgeBaseMapper::toProto).toList(), next, current);
    }

    private KnowledgeBaseEntry find(String name) {
        String id = KnowledgeBaseMapper.id(name);
        if (id.isEmpty()) {
            throw new InvalidQueryException("name is required: 'knowledge-base/entities/{id}' or the id");
        }
        KnowledgeBaseEntry entry = repository.findById(id);
        if (entry == null) {
            throw new NotFoundException("no knowledge-base entity '" + id + "'");
        }
        return entry;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static String encode(long revision) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((TOKEN_PREFIX + revision).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String token) {
        if (token == null || token.isEmpty()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith(TOKEN_PREFIX)) {
                long revision = Long.parseLong(decoded.substring(TOKEN_PREFIX.length()));
                if (revision >= 0) {
                    return revision;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidQueryException("page_token is not a token this service issued");
    }
}
