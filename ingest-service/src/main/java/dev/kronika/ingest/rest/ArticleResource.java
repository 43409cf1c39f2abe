package dev.kronika.ingest.rest;

import dev.kronika.common.HttpErrors;
import dev.kronika.common.ProtoJson;
import dev.kronika.ingest.domain.ArticleState;
import dev.kronika.ingest.mapping.ArticleMapper;
import dev.kronika.ingest.mapping.IngestResponses;
import dev.kronika.ingest.service.ArticleQueries;
import dev.kronika.ingest.service.InvalidSubmissionException;
import dev.kronika.ingest.service.SubmissionService;
import dev.kronika.proto.ingest.v1.ArticleSubmission;
import dev.kronika.proto.ingest.v1.SubmitArticleResponse;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Locale;

/**
 * Ingest over HTTP: {@code POST /v1/articles} takes the fields of ArticleSubmission as JSON and
 * answers 202 with the article's id (200 with {@code duplicate: true} for a text accepted before);
 * {@code GET /v1/articles/{id}} gives its processing state.
 */
@Path("/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ArticleResource {

    @Inject
    SubmissionService submissions;
    @Inject
    ArticleQueries queries;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response submit(byte[] body) {
        ArticleSubmission submission;
        try {
            submission = ProtoJson.parse(HttpErrors.decodeUtf8(body), ArticleSubmission.newBuilder()).build();
        } catch (ProtoJson.InvalidJsonException | IllegalArgumentException e) {
            throw new InvalidSubmissionException(e.getMessage());
        }
        SubmitArticleResponse response = IngestResponses.submitted(submissions.submit(ArticleMapper.toSubmission(submission)));
        return Response.status(response.getDuplicate() ? 200 : 202).entity(ProtoJson.print(response)).build();
    }

    @GET
    @Path("/{id}")
    public String get(@PathParam("id") String id) {
        return ProtoJson.print(ArticleMapper.toProto(queries.get(id)));
    }

    @GET
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
            throw new InvalidSubmissionException("state must be one of QUEUED, EXTRACTING, INDEXED, FAILED");
        }
    }
}
