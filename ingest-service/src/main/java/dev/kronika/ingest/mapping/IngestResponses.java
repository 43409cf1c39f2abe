package dev.kronika.ingest.mapping;

import dev.kronika.ingest.domain.ArticleState;
import dev.kronika.ingest.service.ArticleQueries;
import dev.kronika.ingest.service.SubmissionService;
import dev.kronika.proto.ingest.v1.ListArticlesResponse;
import dev.kronika.proto.ingest.v1.SubmitArticleResponse;

/** Service results to protobuf responses, shared by the gRPC and HTTP edges. */
public final class IngestResponses {

    private IngestResponses() {
    }

    public static SubmitArticleResponse submitted(SubmissionService.Accepted accepted) {
        return SubmitArticleResponse.newBuilder()
                .setArticle(ArticleMapper.toProto(accepted.article()))
                .setDuplicate(accepted.duplicate())
                .setId(accepted.article().id.toString())
                .build();
    }

    public static ListArticlesResponse listed(ArticleQueries.Page page) {
        return ListArticlesResponse.newBuilder()
                .addAllArticles(page.articles().stream().map(ArticleMapper::toProto).toList())
                .setNextPageToken(page.nextPageToken())
                .setQueuedCount(page.counts().get(ArticleState.QUEUED))
                .setExtractingCount(page.counts().get(ArticleState.EXTRACTING))
                .setIndexedCount(page.counts().get(ArticleState.INDEXED))
                .setFailedCount(page.counts().get(ArticleState.FAILED))
                .build();
    }
}
