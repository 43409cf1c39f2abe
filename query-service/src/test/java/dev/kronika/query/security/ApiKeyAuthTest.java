package dev.kronika.query.security;

import dev.kronika.common.auth.GrpcAccessCheck;
import dev.kronika.common.testing.EmbeddedPostgresResource;
import dev.kronika.proto.query.v1.IndexArticleRequest;
import dev.kronika.proto.query.v1.ListEntitiesRequest;
import dev.kronika.proto.query.v1.QueryServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
@TestProfile(AuthEnabledProfile.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ApiKeyAuthTest {

    @TestHTTPResource
    URL url;

    private ManagedChannel channel;

    @BeforeEach
    void connect() {
        channel = ManagedChannelBuilder.forAddress("localhost", url.getPort()).usePlaintext().build();
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void httpQueriesNeedAKeyWithTheReadRole() {
        given().when().get("/v1/entities").then().statusCode(401).body("error.status", equalTo("UNAUTHENTICATED"));
        given().header("Authorization", "Bearer " + AuthEnabledProfile.WRITER).when().get("/v1/entities")
                .then().statusCode(403).body("error.status", equalTo("PERMISSION_DENIED"));
        given().header("Authorization", "Bearer " + AuthEnabledProfile.READER).when().get("/v1/entities").then().statusCode(200);
        given().header("X-Api-Key", AuthEnabledProfile.EDITOR).when().get("/v1/events").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void grpcQueriesNeedReadAndIndexingNeedsWrite() {
        ListEntitiesRequest list = ListEntitiesRequest.newBuilder().setPageSize(1).build();
        assertEquals(Status.Code.UNAUTHENTICATED, code(() -> stub(null).listEntities(list)));
        assertEquals(Status.Code.PERMISSION_DENIED, code(() -> stub(AuthEnabledProfile.WRITER).listEntities(list)));
        assertDoesNotThrow(() -> stub(AuthEnabledProfile.READER).listEntities(list));

        // An empty request is invalid; past authentication it fails with INVALID_ARGUMENT or similar, not an auth status.
        IndexArticleRequest index = IndexArticleRequest.getDefaultInstance();
        assertEquals(Status.Code.UNAUTHENTICATED, code(() -> stub(null).indexArticle(index)));
        assertEquals(Status.Code.PERMISSION_DENIED, code(() -> stub(AuthEnabledProfile.READER).indexArticle(index)));
        Status.Code withWriteKey = code(() -> stub(AuthEnabledProfile.WRITER).indexArticle(index));
        assertNotEquals(Status.Code.UNAUTHENTICATED, withWriteKey);
        assertNotEquals(Status.Code.PERMISSION_DENIED, withWriteKey);
    }

    private QueryServiceGrpc.QueryServiceBlockingStub stub(String key) {
        QueryServiceGrpc.QueryServiceBlockingStub stub = QueryServiceGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS);
        if (key == null) {
            return stub;
        }
        Metadata headers = new Metadata();
        headers.put(GrpcAccessCheck.AUTHORIZATION, "Bearer " + key);
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    /** The status a call ends with, OK included. */
    private static Status.Code code(Runnable call) {
        try {
            call.run();
            return Status.Code.OK;
        } catch (StatusRuntimeException e) {
            return e.getStatus().getCode();
        }
    }
}
