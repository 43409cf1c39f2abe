package dev.kronika.query.grpc;

import dev.kronika.proto.query.v1.CreateKnowledgeBaseEntityRequest;
import dev.kronika.proto.query.v1.CreateKnowledgeBaseEntityResponse;
import dev.kronika.proto.query.v1.DeleteKnowledgeBaseEntityRequest;
import dev.kronika.proto.query.v1.DeleteKnowledgeBaseEntityResponse;
import dev.kronika.proto.query.v1.GetKnowledgeBaseEntityRequest;
import dev.kronika.proto.query.v1.GetKnowledgeBaseEntityResponse;
import dev.kronika.proto.query.v1.KnowledgeBaseServiceGrpc;
import dev.kronika.proto.query.v1.ListKnowledgeBaseEntitiesRequest;
import dev.kronika.proto.query.v1.ListKnowledgeBaseEntitiesResponse;
import dev.kronika.query.mapping.RequestMapper;
import dev.kronika.query.service.AlreadyExistsException;
import dev.kronika.query.service.InvalidQueryException;
import dev.kronika.query.service.KnowledgeBaseService;
import dev.kronika.query.service.NotFoundException;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The gRPC edge of the user-added knowledge base. */
@GrpcService
public class KnowledgeBaseGrpcService extends KnowledgeBaseServiceGrpc.KnowledgeBaseServiceImplBase {

    @Inject
    KnowledgeBaseService knowledgeBase;

    @Override
    @Blocking
    public void createKnowledgeBaseEntity(CreateKnowledgeBaseEntityRequest request, StreamObserver<CreateKnowledgeBaseEntityResponse> response) {
        respond(response, () -> {
            if (!request.hasEntity()) {
                throw new InvalidQueryException("entity is required");
            }
            return CreateKnowledgeBaseEntityResponse.newBuilder().setEntity(knowledgeBase.create(request.getEntity())).build();
        });
    }

    @Override
    @Blocking
    public void getKnowledgeBaseEntity(GetKnowledgeBaseEntityRequest request, StreamObserver<GetKnowledgeBaseEntityResponse> response) {
        respond(response, () -> GetKnowledgeBaseEntityResponse.newBuilder().setEntity(knowledgeBase.get(request.getName())).build());
    }

    @Override
    @Blocking
    public void listKnowledgeBaseEntities(ListKnowledgeBaseEntitiesRequest request, StreamObserver<ListKnowledgeBaseEntitiesResponse> response) {
        respond(response, () -> {
            KnowledgeBaseService.Page page = knowledgeBase.list(request.getSinceRevision(), request.getShowDeleted(),
                    RequestMapper.entityType(request.getType()), request.getPageSize(), request.getPageToken());
            return ListKnowledgeBaseEntitiesResponse.newBuilder().addAllEntities(page.entities())
                    .setNextPageToken(page.nextPageToken()).setRevision(page.revision()).build();
        });
    }

    @Override
    @Blocking
    public void deleteKnowledgeBaseEntity(DeleteKnowledgeBaseEntityRequest request, StreamObserver<DeleteKnowledgeBaseEntityResponse> response) {
        respond(response, () -> DeleteKnowledgeBaseEntityResponse.newBuilder().setEntity(knowledgeBase.delete(request.getName())).build());
    }

    private static <T> void respond(StreamObserver<T> response, Supplier<T> call) {
        try {
            response.onNext(call.get());
            response.onCompleted();
        } catch (InvalidQueryException e) {
            response.onError(Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException());
        } catch (NotFoundException e) {
            response.onError(Status.NOT_FOUND.withDescription(e.getMessage()).asRuntimeException());
        } catch (AlreadyExistsException e) {
            response.onError(Status.ALREADY_EXISTS.withDescription(e.getMessage()).asRuntimeException());
        } catch (RuntimeException e) {
            response.onError(Status.INTERNAL.withDescription(e.toString()).withCause(e).asRuntimeException());
        }
    }
}
