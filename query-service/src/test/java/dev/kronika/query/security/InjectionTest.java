package dev.kronika.query.security;

import dev.kronika.common.testing.EmbeddedPostgresResource;
import dev.kronika.proto.query.v1.GetArticleAnnotationsRequest;
import dev.kronika.proto.query.v1.GetEntityRequest;
import dev.kronika.proto.query.v1.ListEntitiesRequest;
import dev.kronika.proto.query.v1.ListEventsRequest;
import dev.kronika.proto.query.v1.QueryServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * SQL and regular-expression injection through every parameter of every read endpoint, over HTTP
 * and gRPC: each attack must come back as a normal answer or a clean INVALID_ARGUMENT / NOT_FOUND,
 * never as a server error, and the store must be intact afterwards.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class InjectionTest {

    private static final List<String> ATTACKS = List.of(
            "' OR '1'='1", "'; DROP TABLE query.entity; --", "x\"); DELETE FROM query.article; --", "1; SELECT pg_sleep(5)",
            "%", "_", "\\", "%' AND 1=1 --", "$1", "?", ".*", "(a+)+$", "([a-z]+)*X", "[", "\\Q", "${jndi:ldap://x}",
            "entities/1 OR 1=1", "articles/../../etc/passwd", "\u0000", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "a".repeat(5000));
    private static final Map<String, List<String>> HTTP_PARAMETERS = Map.of(
            "/v1/entities", List.of("q", "type", "page_size", "page_token"),
            "/v1/events", List.of("actor", "type", "mode", "status", "from", "to", "place", "page_size", "page_token"));
    private static final List<String> HTTP_PATHS = List.of("/v1/entities/%s", "/v1/articles/%s/annotations");
    /** 414: an over-long request line refused by the HTTP server itself, before any code runs. */
    private static final Set<Integer> CLEAN_ANSWERS = Set.of(200, 400, 404, 414);
    private static final List<String> NUMERIC_PARAMETERS = List.of("page_size");
    private static final Set<Status.Code> CLEAN_CODES = Set.of(Status.Code.OK, Status.Code.INVALID_ARGUMENT, Status.Code.NOT_FOUND);

    @TestHTTPResource
    URL url;

    private ManagedChannel channel;
    private QueryServiceGrpc.QueryServiceBlockingStub query;

    @BeforeEach
    void connect() {
        channel = ManagedChannelBuilder.forAddress(url.getHost(), url.getPort()).usePlaintext().build();
        query = QueryServiceGrpc.newBlockingStub(channel);
    }

    @AfterEach
    void close() {
        channel.shutdownNow();
    }

    @Test
    void everyHttpQueryParameterAndPathSegmentIsBoundNeverInterpreted() {
        for (String attack : ATTACKS) {
            for (Map.Entry<String, List<String>> endpoint : HTTP_PARAMETERS.entrySet()) {
                for (String parameter : endpoint.getValue()) {
                    Response response = given().queryParam(parameter, attack).when().get(endpoint.getKey());
                    assertClean(endpoint.getKey() + "?" + parameter, attack, response.statusCode());
                    if (NUMERIC_PARAMETERS.contains(parameter) && response.statusCode() != 414) {
                        assertTrue(response.statusCode() == 400, parameter + " with " + abbreviate(attack) + " answered " + response.statusCode());
                    }
                }
            }
            for (String path : HTTP_PATHS) {
                String segment = URLEncoder.encode(attack, StandardCharsets.UTF_8).replace("+", "%20");
                Response response = given().urlEncodingEnabled(false).when().get(String.format(path, segment));
                assertClean(path, attack, response.statusCode());
            }
        }
        assertStoreIntact();
    }

    @Test
    void everyGrpcRequestFieldIsBoundNeverInterpreted() {
        for (String attack : ATTACKS) {
            grpc("ListEntities.query", attack, a -> query.listEntities(ListEntitiesRequest.newBuilder().setQuery(a).build()));
            grpc("ListEntities.page_token", attack, a -> query.listEntities(ListEntitiesRequest.newBuilder().setPageToken(a).build()));
            grpc("GetEntity.name", attack, a -> query.getEntity(GetEntityRequest.newBuilder().setName(a).build()));
            grpc("GetArticleAnnotations.name", attack,
                    a -> query.getArticleAnnotations(GetArticleAnnotationsRequest.newBuilder().setName(a).build()));
            grpc("ListEvents.actors", attack, a -> query.listEvents(ListEventsRequest.newBuilder().addActors(a).addActors("x").build()));
            grpc("ListEvents.from", attack, a -> query.listEvents(ListEventsRequest.newBuilder().setFrom(a).build()));
            grpc("ListEvents.to", attack, a -> query.listEvents(ListEventsRequest.newBuilder().setTo(a).build()));
            grpc("ListEvents.place", attack, a -> query.listEvents(ListEventsRequest.newBuilder().setPlace(a).build()));
            grpc("ListEvents.page_token", attack, a -> query.listEvents(ListEventsRequest.newBuilder().setPageToken(a).build()));
        }
        assertStoreIntact();
    }

    private void grpc(String field, String attack, Consumer<String> call) {
        try {
            call.accept(attack);
        } catch (StatusRuntimeException e) {
            if (!CLEAN_CODES.contains(e.getStatus().getCode())) {
                fail(field + " with " + abbreviate(attack) + " answered " + e.getStatus());
            }
        }
    }

    private static void assertClean(String where, String attack, int status) {
        assertTrue(CLEAN_ANSWERS.contains(status), where + " with " + abbreviate(attack) + " answered HTTP " + status);
    }

    /** The tables an injected statement would have dropped or emptied still answer. */
    private void assertStoreIntact() {
        given().when().get("/v1/entities?page_size=1").then().statusCode(200);
        given().when().get("/v1/events?page_size=1").then().statusCode(200);
        query.listEntities(ListEntitiesRequest.newBuilder().setPageSize(1).build());
    }

    private static String abbreviate(String attack) {
        return attack.length() > 40 ? attack.substring(0, 40) + "..." : attack;
    }
}
