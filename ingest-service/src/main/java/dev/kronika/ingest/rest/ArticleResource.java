package dev.kronika.ingest.rest;

import dev.kronika.common.HttpErrors;
import dev.kronika.common.ProtoJson;
import dev.kronika.ingest.domain.ArticleState;
import dev.kronika.ingest.mapping.ArticleMapper;
import dev.kronika.ingest.mapping.IngestResponses;
import dev.kronika.ingest.service.ArticleQueries;
import dev.kronika.ingest.service.FeedImportService;
import dev.kronika.ingest.service.InvalidSubmissionException;
import dev.kronika.ingest.service.NotFoundException;
import dev.kronika.ingest.service.SubmissionService;
import com.google.protobuf.ByteString;
import dev.kronika.proto.ingest.v1.ArticleSubmission;
import dev.kronika.proto.ingest.v1.ImportFeedRequest;
import dev.kronika.proto.ingest.v1.SubmitArticleResponse;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Locale;
import java.util.Optional;

/**
 * Ingest over HTTP: {@code POST /v1/articles} takes the fields of ArticleSubmission as JSON, or,
 * with any other Content-Type ({@code text/html; charset=windows-1251}, {@code text/plain}), the
 * page's bytes as the body and the other fields as query parameters; it answers 202 with the
 * article's id (200 with {@code duplicate: true} for content accepted before).
 * {@code GET /v1/articles/{id}} gives its processing state, {@code GET /v1/articles/{id}/content}
 * the stored text and original bytes, {@code GET /v1/articles/{id}/original} the bytes alone;
 * {@code POST /v1/feeds/import} splits a feed into articles.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ArticleResource {

    @Inject
    SubmissionService submissions;
    @Inject
    ArticleQueries queries;
    @Inject
    FeedImportService feeds;

    @POST
    @Path("/articles")
    @Consumes(MediaType.WILDCARD)
    public Response submit(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @BeanParam SubmissionParameters parameters) {
        ArticleSubmission submission;
        if (isJson(contentType)) {
            parameters.requireNone();
            try {
                submission = ProtoJson.parse(HttpErrors.decodeUtf8(body), ArticleSubmission.newBuilder()).build();
            } catch (ProtoJson.InvalidJsonException | IllegalArgumentException e) {
                throw new InvalidSubmissionException(e.getMessage());
            }
        } else {
            submission = parameters.toSubmission(body, contentType);
        }
        SubmitArticleResponse response = IngestResponses.submitted(submissions.submit(ArticleMapper.toSubmission(submission)));
        return Response.status(response.getDuplicate() ? 200 : 202).entity(ProtoJson.print(response)).build();
    }

    @GET
    @Path("/articles/{id}")
    public String get(@PathParam("id") String id) {
        return ProtoJson.print(ArticleMapper.toProto(queries.get(id)));
    }

    @GET
    @Path("/articles/{id}/content")
    public String content(@PathParam("id") String id) {
        return ProtoJson.print(IngestResponses.content(queries.content(id)));
    }

    @GET
    @Path("/articles/{id}/original")
    @Produces(MediaType.WILDCARD)
    public Response original(@PathParam("id") String id) {
        ArticleQueries.StoredContent stored = queries.content(id);
        if (stored.original().isEmpty()) {
            throw new NotFoundException("article " + stored.article().id + " was submitted as text, not as bytes: see its content");
        }
        String type = stored.original().get().contentType;
        return Response.ok(stored.original().get().bytes).type(type == null ? MediaType.APPLICATION_OCTET_STREAM : type).build();
    }

    /**
     * {@code POST /v1/feeds/import}: an RSS or Atom feed, either as the body itself
     * ({@code application/rss+xml}, {@code application/atom+xml}, any XML type; {@code source} and
     * {@code language} as query parameters) or as ImportFeedRequest JSON with the feed in base64.
     */
    @POST
    @Path("/feeds/import")
    @Consumes(MediaType.WILDCARD)
    public String importFeed(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                             @QueryParam("source") String source, @QueryParam("language") String language) {
        ImportFeedRequest request;
        if (isJson(contentType)) {
            try {
                request = ProtoJson.parse(HttpErrors.decodeUtf8(body), ImportFeedRequest.newBuilder()).build();
            } catch (ProtoJson.InvalidJsonException | IllegalArgumentException e) {
                throw new InvalidSubmissionException(e.getMessage());
            }
        } else {
            ImportFeedRequest.Builder builder = ImportFeedRequest.newBuilder().setFeed(ByteString.copyFrom(body));
            Optional.ofNullable(source).ifPresent(builder::setSource);
            Optional.ofNullable(language).ifPresent(builder::setLanguage);
            request = builder.build();
        }
        return ProtoJson.print(IngestResponses.imported(feeds.importFeed(request.getFeed().toByteArray(),
                nonBlank(request.getSource()), nonBlank(request.getLanguage()))));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith(MediaType.APPLICATION_JSON) || type.startsWith("application/") && type.contains("+json");
    }

    @GET
    @Path("/articles")
    public String list(@QueryParam("state") String state, @QueryParam("page_size") @DefaultValue("0") int pageSize,
                       @QueryParam("page_token") String pageToken) {
        return ProtoJson.print(IngestResponses.listed(queries.list(parseState(state), pageSize, pageToken)));
    }

    private static ArticleState parseState(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return ArticleState.valueOf(state.strip().toUpperCase(Locale.ROOT).replace("ARTICLE_STATE_", ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidSubmissionException("state must be one of QUEUED, EXTRACTING, INDEXED, FAILED, LINKED");
        }
    }
}
