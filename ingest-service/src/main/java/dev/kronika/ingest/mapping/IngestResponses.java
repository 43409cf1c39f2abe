package dev.kronika.ingest.mapping;

import dev.kronika.ingest.domain.ArticleState;
import dev.kronika.ingest.service.ArticleQueries;
import dev.kronika.ingest.service.SubmissionService;
import com.google.protobuf.ByteString;
import dev.kronika.ingest.service.FeedImportService;
import dev.kronika.proto.ingest.v1.GetArticleContentResponse;
import dev.kronika.proto.ingest.v1.ImportFeedResponse;
import dev.kronika.proto.ingest.v1.ImportedFeedItem;
import dev.kronika.proto.ingest.v1.ListArticlesResponse;
import dev.kronika.proto.ingest.v1.SubmitArticleResponse;

import java.util.List;

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
                .setLinkedCount(page.counts().get(ArticleState.LINKED))
                .build();
    }

    public static GetArticleContentResponse content(ArticleQueries.StoredContent stored) {
        GetArticleContentResponse.Builder out = GetArticleContentResponse.newBuilder()
                .setContent(stored.article().content)
                .setContentKind(stored.article().contentType);
        stored.original().ifPresent(original -> {
            out.setOriginal(ByteString.copyFrom(original.bytes));
            if (original.contentType != null) {
                out.setOriginalContentType(original.contentType);
            }
        });
        if (stored.article().charset != null) {
            out.setCharset(stored.article().charset);
        }
        out.setCharsetEvidence(ArticleMapper.charsetEvidence(stored.article().charsetEvidence));
        return out.build();
    }

    public static ImportFeedResponse imported(List<FeedImportService.ItemResult> results) {
        ImportFeedResponse.Builder out = ImportFeedResponse.newBuilder();
        int accepted = 0;
        int duplicates = 0;
        int refused = 0;
        for (FeedImportService.ItemResult result : results) {
            ImportedFeedItem.Builder item = ImportedFeedItem.newBuilder()
                    .setLink(result.item().link())
                    .setTitle(result.item().title());
            if (result.accepted().isPresent()) {
                SubmissionService.Accepted stored = result.accepted().get();
                item.setArticle(ArticleMapper.toProto(stored.article())).setDuplicate(stored.duplicate());
                if (stored.duplicate()) {
                    duplicates++;
                } else {
                    accepted++;
                }
            } else {
                item.setError(result.error().orElse("refused"));
                refused++;
            }
            out.addItems(item);
        }
        return out.setAcceptedCount(accepted).setDuplicateCount(duplicates).setRefusedCount(refused).build();
    }
}
