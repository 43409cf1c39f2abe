package dev.kronika.query.rest;

import dev.kronika.common.HttpParameters;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.kronika.common.HttpErrors;
import dev.kronika.common.ProtoJson;
import dev.kronika.proto.query.v1.CreateKnowledgeBaseEntityRequest;
import dev.kronika.proto.query.v1.CreateKnowledgeBaseEntityResponse;
import dev.kronika.proto.query.v1.DeleteKnowledgeBaseEntityResponse;
import dev.kronika.proto.query.v1.GetKnowledgeBaseEntityResponse;
import dev.kronika.proto.query.v1.KnowledgeBaseEntity;
import dev.kronika.proto.query.v1.ListKnowledgeBaseEntitiesResponse;
import dev.kronika.query.mapping.KnowledgeBaseMapper;
import dev.kronika.query.mapping.RequestMapper;
import dev.kronika.query.service.InvalidQueryException;
import dev.kronika.query.service.KnowledgeBaseService;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * The user-added knowledge base as JSON over HTTP, mirroring KnowledgeBaseService: POST takes the
 * entity (or a CreateKnowledgeBaseEntityRequest, {@code {"entity": ...}}) and answers 201.
 */
@Path("/v1/knowledge-base/entities")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class KnowledgeBaseResource {

    @Inject
    KnowledgeBaseService knowledgeBase;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create(byte[] body) {
        KnowledgeBaseEntity entity = parse(body);
        KnowledgeBaseEntity created = knowledgeBase.create(entity);
        return Response.created(URI.create("/v1/" + KnowledgeBaseMapper.name(created.getId())))
                .entity(ProtoJson.print(CreateKnowledgeBaseEntityResponse.newBuilder().setEntity(created)))
                .build();
    }

    @GET
    public String list(@QueryParam("since_revision") String sinceRevisionParameter,
                       @QueryParam("show_deleted") String showDeletedParameter,
                       @QueryParam("type") String type,
                       @QueryParam("page_size") String pageSizeParameter, @QueryParam("page_token") String pageToken) {
        KnowledgeBaseService.Page page = knowledgeBase.list(HttpParameters.longInteger("since_revision", sinceRevisionParameter, 0),
                HttpParameters.bool("show_deleted", showDeletedParameter, false),
                RequestMapper.enumParam("type", type, RequestMapper.entityTypes()), HttpParameters.integer("page_size", pageSizeParameter, 0), pageToken);
        return ProtoJson.print(ListKnowledgeBaseEntitiesResponse.newBuilder().addAllEntities(page.entities())
                .setNextPageToken(page.nextPageToken()).setRevision(page.revision()));
    }

    @GET
    @Path("/{id}")
    public String get(@PathParam("id") String id) {
        return ProtoJson.print(GetKnowledgeBaseEntityResponse.newBuilder().setEntity(knowledgeBase.get(id)));
    }

    @DELETE
    @Path("/{id}")
    public String delete(@PathParam("id") String id) {
        return ProtoJson.print(DeleteKnowledgeBaseEntityResponse.newBuilder().setEntity(knowledgeBase.delete(id)));
    }

    private static KnowledgeBaseEntity parse(byte[] body) {
        try {
            String json = HttpErrors.decodeUtf8(body);
            if (wrapped(json)) {
                CreateKnowledgeBaseEntityRequest request = ProtoJson.parse(json, CreateKnowledgeBaseEntityRequest.newBuilder()).build();
                if (!request.hasEntity()) {
                    throw new InvalidQueryException("entity is required");
                }
                return request.getEntity();
            }
            return ProtoJson.parse(json, KnowledgeBaseEntity.newBuilder()).build();
        } catch (ProtoJson.InvalidJsonException | IllegalArgumentException e) {
            throw new InvalidQueryException(e.getMessage());
        }
    }

    /** True for {@code {"entity": {...}}}, the request message rather than the bare entity. */
    private static boolean wrapped(String json) {
        try {
            var tree = JsonParser.parseString(json);
            return tree.isJsonObject() && tree.getAsJsonObject().size() == 1 && tree.getAsJsonObject().has("entity");
        } catch (JsonParseException e) {
            return false;
        }
    }
}
