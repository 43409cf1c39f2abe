package dev.kronika.ingest.client;

import dev.kronika.ingest.config.IngestConfig;
import dev.kronika.proto.extract.v1.AnnotatedDocument;
import dev.kronika.proto.extract.v1.ExtractRequest;
import dev.kronika.proto.extract.v1.ExtractServiceGrpc;
import dev.kronika.proto.query.v1.ArticleMetadata;
import dev.kronika.proto.query.v1.IndexArticleRequest;
import dev.kronika.proto.query.v1.IndexArticleResponse;
import dev.kronika.proto.query.v1.QueryServiceGrpc;
import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.TimeUnit;

/** The gRPC calls ingest-service makes, each with a deadline. */
@ApplicationScoped
public class DownstreamClients {

    @GrpcClient("extract")
    ExtractServiceGrpc.ExtractServiceBlockingStub extract;
    @GrpcClient("extract")
    HealthGrpc.HealthBlockingStub extractHealth;
    @GrpcClient("query")
    QueryServiceGrpc.QueryServiceBlockingStub query;
    @GrpcClient("query")
    HealthGrpc.HealthBlockingStub queryHealth;

    @Inject
    IngestConfig config;

    public AnnotatedDocument extract(ExtractRequest request) {
        return extract.withDeadlineAfter(config.extractTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .extract(request).getDocument();
    }

    public IndexArticleResponse index(ArticleMetadata article, AnnotatedDocument document) {
        return query.withDeadlineAfter(config.indexTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .indexArticle(IndexArticleRequest.newBuilder().setArticle(article).setDocument(document).build());
    }

    public boolean extractServing() {
        return serving(extractHealth);
    }

    public boolean queryServing() {
        return serving(queryHealth);
    }

    private static boolean serving(HealthGrpc.HealthBlockingStub health) {
        try {
            return health.withDeadlineAfter(2, TimeUnit.SECONDS).check(HealthCheckRequest.getDefaultInstance()).getStatus()
                    == HealthCheckResponse.ServingStatus.SERVING;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
