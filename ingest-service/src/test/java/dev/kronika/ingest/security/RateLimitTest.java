package dev.kronika.ingest.security;

import dev.kronika.common.auth.GrpcAccessCheck;
import dev.kronika.common.testing.EmbeddedPostgresResource;
import dev.kronika.proto.ingest.v1.IngestServiceGrpc;
import dev.kronika.proto.ingest.v1.ListArticlesRequest;
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
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
@TestProfile(RateLimitProfile.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class RateLimitTest {

    @TestHTTPResource
    URL url;

    @Test
    void httpClientsGetTheirOwnBucketAnd429WhenItIsEmpty() {
        given().header("X-Api-Key", "key-one").when().get("/v1/articles").then().statusCode(200);
        given().header("X-Api-Key", "key-one").when().get("/v1/articles").then().statusCode(200);
        given().header("X-Api-Key", "key-one").when().get("/v1/articles")
                .then().statusCode(429).header("Retry-After", notNullValue()).body("error.status", equalTo("RESOURCE_EXHAUSTED"));
        given().header("X-Api-Key", "key-two").when().get("/v1/articles").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void grpcCallsAreLimitedToo() throws InterruptedException {
        ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", url.getPort()).usePlaintext().build();
        try {
            Metadata headers = new Metadata();
            headers.put(GrpcAccessCheck.AUTHORIZATION, "Bearer key-three");
            IngestServiceGrpc.IngestServiceBlockingStub stub = IngestServiceGrpc.newBlockingStub(channel)
                    .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers)).withDeadlineAfter(20, TimeUnit.SECONDS);
            ListArticlesRequest request = ListArticlesRequest.newBuilder().setPageSize(1).build();
            assertDoesNotThrow(() -> stub.listArticles(request));
            assertDoesNotThrow(() -> stub.listArticles(request));
            assertEquals(Status.Code.RESOURCE_EXHAUSTED, assertThrows(StatusRuntimeException.class, () -> stub.listArticles(request)).getStatus().getCode());
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
