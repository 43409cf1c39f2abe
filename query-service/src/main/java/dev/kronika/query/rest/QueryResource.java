package dev.kronika.query.rest;

import dev.kronika.common.HttpParameters;
import dev.kronika.common.ProtoJson;
import dev.kronika.proto.query.v1.GetArticleAnnotationsResponse;
import dev.kronika.proto.query.v1.GetEntityResponse;
import dev.kronika.proto.query.v1.ListEntitiesResponse;
import dev.kronika.proto.query.v1.ListEventsResponse;
import dev.kronika.query.mapping.RequestMapper;
import dev.kronika.query.service.ArticleQueryService;
import dev.kronika.query.service.EntityQueryService;
import dev.kronika.query.service.EventQueryService;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The query operations as JSON over HTTP; field names are the proto field names. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class QueryResource {

    @Inject
    ArticleQueryService articles;
    @Inject
    EntityQueryService entities;
    @Inject
    EventQueryService events;

    @GET
    @Path("/articles/{id}/annotations")
    public String annotations(@PathParam("id") String id) {
        return ProtoJson.print(GetArticleAnnotationsResponse.newBuilder().setArticle(articles.annotations(id)));
    }

    @GET
    @Path("/entities")
    public String entities(@QueryParam("q") String query, @QueryParam("type") String type, @QueryParam("language") String language,
                           @QueryParam("page_size") String pageSizeParameter, @QueryParam("page_token") String pageToken) {
        EntityQueryService.Page page = entities.list(query, RequestMapper.enumParam("type", type, RequestMapper.entityTypes()), language,
                HttpParameters.integer("page_size", pageSizeParameter, 0), pageToken);
        return ProtoJson.print(ListEntitiesResponse.newBuilder().addAllEntities(page.entities()).setNextPageToken(page.nextPageToken()));
    }

    @GET
    @Path("/entities/{id}")
    public String entity(@PathParam("id") String id, @QueryParam("language") String language) {
        return ProtoJson.print(GetEntityResponse.newBuilder().setEntity(entities.get(id, language)));
    }

    @GET
    @Path("/events")
    public String events(@QueryParam("actor") List<String> actors, @QueryParam("type") String type,
                         @QueryParam("mode") String mode, @QueryParam("status") String status,
                         @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("place") String place,
                         @QueryParam("language") String language,
                         @QueryParam("page_size") String pageSizeParameter, @QueryParam("page_token") String pageToken) {
        EventQueryService.Query query = new EventQueryService.Query(actors,
                RequestMapper.enumParam("type", type, RequestMapper.eventTypes()),
                RequestMapper.enumParam("mode", mode, RequestMapper.eventModes()),
                RequestMapper.enumParam("status", status, RequestMapper.eventStatuses()),
                from, to, place, language);
        EventQueryService.Page page = events.list(query, HttpParameters.integer("page_size", pageSizeParameter, 0), pageToken);
        return ProtoJson.print(ListEventsResponse.newBuilder().addAllEvents(page.events()).setNextPageToken(page.nextPageToken()));
    }
}
