package dev.kronika.query.security;

import dev.kronika.common.testing.EmbeddedPostgresResource;
import dev.kronika.proto.query.v1.CreateKnowledgeBaseEntityRequest;
import dev.kronika.proto.query.v1.KnowledgeBaseServiceGrpc;
import dev.kronika.proto.query.v1.ListKnowledgeBaseEntitiesRequest;
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

import java.net.URL;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Changing the knowledge base needs role write, reading it role read. */
@QuarkusTest
@TestProfile(AuthEnabledProfile.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class KnowledgeBaseAuthTest {

    private static final String ENTITY = "{\"id\": \"loc:test-auth-town\", \"type\": \"LOC\", \"kind\": \"city\","
            + " \"names\": [{\"language\": \"sl\", \"values\": [\"Avtomesto\"]}]}";

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
    void httpWritesNeedWriteAndReadsNeedRead() {
        String path = "/v1/knowledge-base/entities";
        given().contentType(ContentType.JSON).body(ENTITY).when().post(path).then().statusCode(401);
        given().header("X-Api-Key", AuthEnabledProfile.READER).contentType(ContentType.JSON).body(ENTITY).when().post(path).then().statusCode(403);
        given().header("X-Api-Key", AuthEnabledProfile.WRITER).contentType(ContentType.JSON).body(ENTITY).when().post(path).then().statusCode(201);
        given().header("X-Api-Key", AuthEnabledProfile.WRITER).when().get(path).then().statusCode(403);
        given().header("X-Api-Key", AuthEnabledProfile.READER).when().get(path + "/loc:test-auth-town").then().statusCode(200);
        given().header("X-Api-Key", AuthEnabledProfile.READER).when().delete(path + "/loc:test-auth-town").then().statusCode(403);
        given().header("X-Api-Key", AuthEnabledProfile.EDITOR).when().delete(path + "/loc:test-auth-town").then().statusCode(200);
    }

    @Test
    void grpcCreateNeedsWriteAndListNeedsRead() {
        CreateKnowledgeBaseEntityRequest create = CreateKnowledgeBaseEntityRequest.getDefaultInstance();
        assertEquals(Status.Code.PERMISSION_DENIED, code(() -> stub(AuthEnabledProfile.READER).createKnowledgeBaseEntity(create)));
        assertEquals(Status.Code.INVALID_ARGUMENT, code(() -> stub(AuthEnabledProfile.WRITER).createKnowledgeBaseEntity(create)));
        ListKnowledgeBaseEntitiesRequest list = ListKnowledgeBaseEntitiesRequest.getDefaultInstance();
        assertEquals(Status.Code.UNAUTHENTICATED, code(() -> KnowledgeBaseServiceGrpc.newBlockingStub(channel).listKnowledgeBaseEntities(list)));
        assertEquals(Status.Code.PERMISSION_DENIED, code(() -> stub(AuthEnabledProfile.WRITER).listKnowledgeBaseEntities(list)));
        assertEquals(Status.Code.OK, code(() -> stub(AuthEnabledProfile.READER).listKnowledgeBaseEntities(list)));
    }

    private KnowledgeBaseServiceGrpc.KnowledgeBaseServiceBlockingStub stub(String key) {
        Metadata headers = new Metadata();
        headers.put(dev.kronika.common.auth.GrpcAccessCheck.AUTHORIZATION, "Bearer " + key);
        return KnowledgeBaseServiceGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    private static Status.Code code(Runnable call) {
        try {
            call.run();
            return Status.Code.OK;
        } catch (StatusRuntimeException e) {
            return e.getStatus().getCode();
        }
    }
}
