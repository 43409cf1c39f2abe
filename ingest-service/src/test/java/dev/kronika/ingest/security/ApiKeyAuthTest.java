package dev.kronika.ingest.security;

import dev.kronika.common.auth.GrpcAccessCheck;
import dev.kronika.common.testing.EmbeddedPostgresResource;
import dev.kronika.proto.ingest.v1.ArticleSubmission;
import dev.kronika.proto.ingest.v1.IngestServiceGrpc;
import dev.kronika.proto.ingest.v1.ListArticlesRequest;
import dev.kronika.proto.ingest.v1.SubmitArticleRequest;
import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
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
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.net.URL;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void httpReadsAndWritesNeedAKeyWithTheRightRole() {
        given().when().get("/v1/articles").then().statusCode(401).body("error.status", equalTo("UNAUTHENTICATED"));
        given().header("Authorization", "Bearer not-a-key").when().get("/v1/articles").then().statusCode(401);
        given().header("Authorization", "Bearer " + AuthEnabledProfile.WRITER).when().get("/v1/articles")
                .then().statusCode(403).body("error.status", equalTo("PERMISSION_DENIED"));
        given().header("Authorization", "Bearer " + AuthEnabledProfile.READER).when().get("/v1/articles").then().statusCode(200);
        given().header("X-Api-Key", AuthEnabledProfile.EDITOR).when().get("/v1/articles").then().statusCode(200);

        given().contentType(ContentType.JSON).body(article()).when().post("/v1/articles").then().statusCode(401);
        given().header("X-Api-Key", AuthEnabledProfile.READER).contentType(ContentType.JSON).body(article())
                .when().post("/v1/articles").then().statusCode(403);
        given().header("Authorization", "Bearer " + AuthEnabledProfile.WRITER).contentType(ContentType.JSON).body(article())
                .when().post("/v1/articles").then().statusCode(202);
    }

    @Test
    void healthAndMetricsStayOpen() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/health/started").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
        assertDoesNotThrow(() -> HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.getDefaultInstance()));
    }

    @Test
    void grpcReadsAndWritesNeedAKeyWithTheRightRole() {
        ListArticlesRequest list = ListArticlesRequest.newBuilder().setPageSize(1).build();
        SubmitArticleRequest submit = SubmitArticleRequest.newBuilder()
                .setArticle(ArticleSubmission.newBuilder().setText("A test sentence about nobody in particular " + UUID.randomUUID()))
                .build();

        assertStatus(Status.Code.UNAUTHENTICATED, () -> stub(null).listArticles(list));
        assertStatus(Status.Code.UNAUTHENTICATED, () -> stub("not-a-key").listArticles(list));
        assertStatus(Status.Code.PERMISSION_DENIED, () -> stub(AuthEnabledProfile.WRITER).listArticles(list));
        assertDoesNotThrow(() -> stub(AuthEnabledProfile.READER).listArticles(list));

        assertStatus(Status.Code.UNAUTHENTICATED, () -> stub(null).submitArticle(submit));
        assertStatus(Status.Code.PERMISSION_DENIED, () -> stub(AuthEnabledProfile.READER).submitArticle(submit));
        assertDoesNotThrow(() -> stub(AuthEnabledProfile.WRITER).submitArticle(submit));
    }

    private IngestServiceGrpc.IngestServiceBlockingStub stub(String key) {
        IngestServiceGrpc.IngestServiceBlockingStub stub = IngestServiceGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS);
        if (key == null) {
            return stub;
        }
        Metadata headers = new Metadata();
        headers.put(GrpcAccessCheck.AUTHORIZATION, "Bearer " + key);
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    private static void assertStatus(Status.Code expected, Executable call) {
        assertEquals(expected, assertThrows(StatusRuntimeException.class, call).getStatus().getCode());
    }

    private static String article() {
        return "{\"text\": \"Another test sentence of my own, number " + UUID.randomUUID() + "\"}";
    }
}
