package dev.kronika.extract.grpc;

import dev.kronika.extract.mapping.DocumentMapper;
import dev.kronika.extract.service.ExtractionService;
import dev.kronika.extract.service.InvalidInputException;
import dev.kronika.proto.extract.v1.ExtractRequest;
import dev.kronika.proto.extract.v1.ExtractResponse;
import dev.kronika.proto.extract.v1.ExtractServiceGrpc;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;

/** The gRPC edge: maps, delegates, and turns client errors into INVALID_ARGUMENT. */
@GrpcService
public class ExtractGrpcService extends ExtractServiceGrpc.ExtractServiceImplBase {

    @Inject
    ExtractionService service;

    @Override
    @Blocking
    public void extract(ExtractRequest request, StreamObserver<ExtractResponse> response) {
        try {
            var document = service.extract(DocumentMapper.toInput(request));
            response.onNext(ExtractResponse.newBuilder().setDocument(DocumentMapper.toProto(document)).build());
            response.onCompleted();
        } catch (InvalidInputException e) {
            response.onError(Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException());
        } catch (RuntimeException e) {
            response.onError(Status.INTERNAL.withDescription("extraction failed: " + e).withCause(e).asRuntimeException());
        }
    }
}
