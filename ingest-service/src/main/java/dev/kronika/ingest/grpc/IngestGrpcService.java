package dev.kronika.ingest.grpc;

import dev.kronika.ingest.domain.ArticleState;
import dev.kronika.ingest.mapping.ArticleMapper;
import dev.kronika.ingest.mapping.IngestResponses;
import dev.kronika.ingest.service.ArticleQueries;
import dev.kronika.ingest.service.FeedImportService;
import dev.kronika.ingest.service.InvalidSubmissionException;
import dev.kronika.ingest.service.NotFoundException;
import dev.kronika.ingest.service.SubmissionService;
import dev.kronika.proto.ingest.v1.GetArticleContentRequest;
import dev.kronika.proto.ingest.v1.GetArticleContentResponse;
import dev.kronika.proto.ingest.v1.GetArticleRequest;
import dev.kronika.proto.ingest.v1.GetArticleResponse;
import dev.kronika.proto.ingest.v1.ImportFeedRequest;
import dev.kronika.proto.ingest.v1.ImportFeedResponse;
import dev.kronika.proto.ingest.v1.IngestServiceGrpc;
import dev.kronika.proto.ingest.v1.ListArticlesRequest;
import dev.kronika.proto.ingest.v1.ListArticlesResponse;
import dev.kronika.proto.ingest.v1.StreamSubmitArticlesRequest;
import dev.kronika.proto.ingest.v1.StreamSubmitArticlesResponse;
import dev.kronika.proto.ingest.v1.SubmitArticleRequest;
import dev.kronika.proto.ingest.v1.SubmitArticleResponse;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.function.Supplier;

/** The gRPC edge: maps, delegates, and turns failures into canonical status codes. */
@GrpcService
public class IngestGrpcService extends IngestServiceGrpc.IngestServiceImplBase {

    @Inject
    SubmissionService submissions;
    @Inject
    ArticleQueries queries;
    @Inject
    FeedImportService feeds;

    @Override
    @Blocking
    public void submitArticle(SubmitArticleRequest request, StreamObserver<SubmitArticleResponse> response) {
        respond(response, () -> IngestResponses.submitted(submissions.submit(ArticleMapper.toSubmission(request.getArticle()))));
    }

    @Override
    @Blocking
    public StreamObserver<StreamSubmitArticlesRequest> streamSubmitArticles(StreamObserver<StreamSubmitArticlesResponse> response) {
        return new StreamObserver<>() {
            @Override
            public void onNext(StreamSubmitArticlesRequest request) {
                StreamSubmitArticlesResponse.Builder out = StreamSubmitArticlesResponse.newBuilder();
                try {
                    SubmitArticleResponse submitted = IngestResponses.submitted(submissions.submit(ArticleMapper.toSubmission(request.getArticle())));
                    out.setArticle(submitted.getArticle()).setDuplicate(submitted.getDuplicate());
                } catch (InvalidSubmissionException e) {
                    out.setError(e.getMessage());
                }
                synchronized (response) {
                    response.onNext(out.build());
                }
            }

            @Override
            public void onError(Throwable t) {
                // The client went away; what it sent so far is stored.
            }

            @Override
            public void onCompleted() {
                synchronized (response) {
                    response.onCompleted();
                }
            }
        };
    }

    @Override
    @Blocking
    public void getArticle(GetArticleRequest request, StreamObserver<GetArticleResponse> response) {
        respond(response, () -> GetArticleResponse.newBuilder().setArticle(ArticleMapper.toProto(queries.get(request.getName()))).build());
    }

    @Override
    @Blocking
    public void listArticles(ListArticlesRequest request, StreamObserver<ListArticlesResponse> response) {
        respond(response, () -> {
            ArticleState state = request.getStateValue() == 0 ? null
                    : ArticleState.valueOf(request.getState().name().replace("ARTICLE_STATE_", ""));
            return IngestResponses.listed(queries.list(state, request.getPageSize(), request.getPageToken()));
        });
    }

    @Override
    @Blocking
    public void getArticleContent(GetArticleContentRequest request, StreamObserver<GetArticleContentResponse> response) {
        respond(response, () -> IngestResponses.content(queries.content(request.getName())));
    }

    @Override
    @Blocking
    public void importFeed(ImportFeedRequest request, StreamObserver<ImportFeedResponse> response) {
        respond(response, () -> IngestResponses.imported(feeds.importFeed(request.getFeed().toByteArray(),
                nonBlank(request.getSource()), nonBlank(request.getLanguage()))));
    }

    private static Optional<String> nonBlank(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static <T> void respond(StreamObserver<T> response, Supplier<T> call) {
        try {
            response.onNext(call.get());
            response.onCompleted();
        } catch (InvalidSubmissionException e) {
            response.onError(Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException());
        } catch (NotFoundException e) {
            response.onError(Status.NOT_FOUND.withDescription(e.getMessage()).asRuntimeException());
        } catch (RuntimeException e) {
            response.onError(Status.INTERNAL.withDescription(e.toString()).withCause(e).asRuntimeException());
        }
    }
}
