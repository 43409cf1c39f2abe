package dev.kronika.extract.client;

import dev.kronika.extract.config.ExtractConfig;
import dev.kronika.extract.core.kb.KbEntity;
import dev.kronika.extract.service.KnowledgeBaseChanges;
import dev.kronika.proto.query.v1.KnowledgeBaseEntity;
import dev.kronika.proto.query.v1.KnowledgeBaseServiceGrpc;
import dev.kronika.proto.query.v1.ListKnowledgeBaseEntitiesRequest;
import dev.kronika.proto.query.v1.ListKnowledgeBaseEntitiesResponse;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The knowledge-base changes from query-service's KnowledgeBaseService, every page, each call with a deadline. */
@ApplicationScoped
public class QueryKnowledgeBaseClient implements KnowledgeBaseChanges {

    private static final Logger LOG = Logger.getLogger(QueryKnowledgeBaseClient.class);
    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    @GrpcClient("query")
    KnowledgeBaseServiceGrpc.KnowledgeBaseServiceBlockingStub knowledgeBase;

    @Inject
    ExtractConfig config;

    @Override
    public Changes since(long revision) {
        List<KbEntity> upserted = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        long latest = 0;
        String token = "";
        do {
            ListKnowledgeBaseEntitiesResponse page = stub().listKnowledgeBaseEntities(ListKnowledgeBaseEntitiesRequest.newBuilder()
                    .setSinceRevision(revision).setShowDeleted(true)
                    .setPageSize(config.kb().pageSize()).setPageToken(token).build());
            for (KnowledgeBaseEntity entity : page.getEntitiesList()) {
                if (entity.getDeleted()) {
                    deleted.add(entity.getId());
                } else {
                    try {
                        upserted.add(KnowledgeBaseEntities.toCore(entity));
                    } catch (IllegalArgumentException e) {
                        // One unusable entity must not hold back every other change.
                        LOG.warnf("skipping knowledge-base entity: %s", e.getMessage());
                    }
                }
            }
            latest = Math.max(latest, page.getRevision());
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        return new Changes(upserted, deleted, latest);
    }

    private KnowledgeBaseServiceGrpc.KnowledgeBaseServiceBlockingStub stub() {
        KnowledgeBaseServiceGrpc.KnowledgeBaseServiceBlockingStub stub = knowledgeBase
                .withDeadlineAfter(config.kb().queryTimeout().toMillis(), TimeUnit.MILLISECONDS);
        String key = config.kb().queryApiKey().map(String::strip).orElse("");
        if (key.isEmpty()) {
            return stub;
        }
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + key);
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }
}
