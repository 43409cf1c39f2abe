package dev.kronika.query.grpc;

import dev.kronika.proto.query.v1.GetArticleAnnotationsRequest;
import dev.kronika.proto.query.v1.GetArticleAnnotationsResponse;
import dev.kronika.proto.query.v1.GetEntityRequest;
import dev.kronika.proto.query.v1.GetEntityResponse;
import dev.kronika.proto.query.v1.IndexArticleRequest;
import dev.kronika.proto.query.v1.IndexArticleResponse;
import dev.kronika.proto.query.v1.ListEntitiesRequest;
import dev.kronika.proto.query.v1.ListEntitiesResponse;
import dev.kronika.proto.query.v1.ListEventsRequest;
import dev.kronika.proto.query.v1.ListEventsResponse;
import dev.kronika.proto.query.v1.QueryServiceGrpc;
import dev.kronika.query.mapping.RequestMapper;
import dev.kronika.query.service.ArticleQueryService;
import dev.kronika.query.service.EntityQueryService;
import dev.kronika.query.service.EventQueryService;
import dev.kronika.query.service.IndexingService;
import dev.kronika.query.service.InvalidQueryException;
import dev.kronika.query.service.NotFoundException;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The gRPC edge: maps, delegates, and turns failures into canonical status codes. */
@GrpcService
public class QueryGrpcService extends QueryServiceGrpc.QueryServiceImplBase {

    @Inject
    IndexingService indexing;
    @Inject
    ArticleQueryService articles;
    @Inject
    EntityQueryService entities;
    @Inject
    EventQueryService events;

    @Override
    @Blocking
    public void indexArticle(IndexArticleRequest request, StreamObserver<IndexArticleResponse> response) {
        respond(response, () -> {
            IndexingService.Result result = indexing.index(request.getArticle(), request.getDocument());
            return IndexArticleResponse.newBuilder().setIndexed(result.indexed())
                    .setEntityCount(result.entityCount()).setEventCount(result.eventCount()).build();
        });
    }

    @Override
    @Blocking
    public void getArticleAnnotations(GetArticleAnnotationsRequest request, StreamObserver<GetArticleAnnotationsResponse> response) {
        respond(response, () -> GetArticleAnnotationsResponse.newBuilder().setArticle(articles.annotations(request.getName())).build());
    }

    @Override
    @Blocking
    public void listEntities(ListEntitiesRequest request, StreamObserver<ListEntitiesResponse> response) {
        respond(response, () -> {
            EntityQueryService.Page page = entities.list(request.getQuery(), RequestMapper.entityType(request.getType()),
                    request.getLanguage(), request.getPageSize(), request.getPageToken());
            return ListEntitiesResponse.newBuilder().addAllEntities(page.entities()).setNextPageToken(page.nextPageToken()).build();
        });
    }

    @Override
    @Blocking
    public void getEntity(GetEntityRequest request, StreamObserver<GetEntityResponse> response) {
        respond(response, () -> GetEntityResponse.newBuilder().setEntity(entities.get(request.getName(), request.getLanguage())).build());
    }

    @Override
    @Blocking
    public void listEvents(ListEventsRequest request, StreamObserver<ListEventsResponse> response) {
        respond(response, () -> {
            EventQueryService.Page page = events.list(RequestMapper.eventQuery(request), request.getPageSize(), request.getPageToken());
            return ListEventsResponse.newBuilder().addAllEvents(page.events()).setNextPageToken(page.nextPageToken()).build();
        });
    }

    private static <T> void respond(StreamObserver<T> response, Supplier<T> call) {
        try {
            response.onNext(call.get());
            response.onCompleted();
        } catch (InvalidQueryException e) {
            response.onError(Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException());
        } catch (NotFoundException e) {
            response.onError(Status.NOT_FOUND.withDescription(e.getMessage()).asRuntimeException());
        } catch (RuntimeException e) {
            response.onError(Status.INTERNAL.withDescription(e.toString()).withCause(e).asRuntimeException());
        }
    }
}
