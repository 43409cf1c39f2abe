package dev.kronika.common.auth;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoleTest {

    @Test
    void standardReadMethodsNeedReadAndEverythingElseWrite() {
        assertEquals(Role.READ, Role.forGrpcMethod("kronika.query.v1.QueryService/ListEvents"));
        assertEquals(Role.READ, Role.forGrpcMethod("kronika.ingest.v1.IngestService/GetArticleContent"));
        assertEquals(Role.READ, Role.forGrpcMethod("kronika.query.v1.KnowledgeBaseService/ListKnowledgeBaseEntities"));
        assertEquals(Role.WRITE, Role.forGrpcMethod("kronika.ingest.v1.IngestService/ImportFeed"));
        assertEquals(Role.WRITE, Role.forGrpcMethod("kronika.query.v1.KnowledgeBaseService/DeleteKnowledgeBaseEntity"));
        assertEquals(Role.WRITE, Role.forGrpcMethod("kronika.query.v1.QueryService/IndexArticle"));
        // A method someone adds later is protected until decided otherwise.
        assertEquals(Role.WRITE, Role.forGrpcMethod("kronika.query.v1.QueryService/RebuildEverything"));
        assertEquals(Role.WRITE, Role.forGrpcMethod("kronika.query.v1.QueryService/Getaway"));
    }

    @Test
    void safeHttpMethodsNeedRead() {
        assertEquals(Role.READ, Role.forHttpMethod("GET"));
        assertEquals(Role.READ, Role.forHttpMethod("head"));
        assertEquals(Role.WRITE, Role.forHttpMethod("POST"));
        assertEquals(Role.WRITE, Role.forHttpMethod("DELETE"));
    }
}
