package dev.kronika.ingest.mapping;

import dev.kronika.ingest.domain.ArticleRecord;
import dev.kronika.ingest.service.Submission;
import dev.kronika.proto.extract.v1.AnnotatedDocument;
import dev.kronika.proto.extract.v1.ExtractRequest;
import dev.kronika.proto.ingest.v1.Article;
import dev.kronika.proto.ingest.v1.ArticleState;
import dev.kronika.proto.ingest.v1.ArticleSubmission;
import dev.kronika.proto.query.v1.ArticleMetadata;

import java.util.Optional;

/** Protobuf to and from the ingest domain. */
public final class ArticleMapper {

    private ArticleMapper() {
    }

    public static Submission toSubmission(ArticleSubmission in) {
        boolean html = in.getContentCase() == ArticleSubmission.ContentCase.HTML;
        return new Submission(html ? in.getHtml() : in.getText(), html, nonBlank(in.getPublished()), nonBlank(in.getUrl()),
                nonBlank(in.getSource()), nonBlank(in.getExternalId()), nonBlank(in.getLanguage()));
    }

    public static Article toProto(ArticleRecord record) {
        Article.Builder out = Article.newBuilder()
                .setName("articles/" + record.id)
                .setId(record.id.toString())
                .setState(ArticleState.valueOf("ARTICLE_STATE_" + record.state.name()))
                .setContentSha256(record.contentSha256)
                .setAttempts(record.attempts);
        set(record.error, out::setError);
        set(record.externalId, out::setExternalId);
        set(record.url, out::setUrl);
        set(record.source, out::setSource);
        set(record.language != null ? record.language : record.languageHint, out::setLanguage);
        set(record.published, out::setPublished);
        set(record.title, out::setTitle);
        if (record.nearDuplicateOf != null) {
            out.setNearDuplicateOf("articles/" + record.nearDuplicateOf);
            out.setNearDuplicateSimilarity(record.nearDuplicateSimilarity == null ? 0f : record.nearDuplicateSimilarity);
        }
        if (record.createdAt != null) {
            out.setCreateTime(record.createdAt.toString());
        }
        if (record.updatedAt != null) {
            out.setUpdateTime(record.updatedAt.toString());
        }
        return out.build();
    }

    public static ExtractRequest toExtractRequest(ArticleRecord record) {
        ExtractRequest.Builder out = ExtractRequest.newBuilder();
        if (record.isHtml()) {
            out.setHtml(record.content);
        } else {
            out.setText(record.content);
        }
        set(record.published, out::setPublished);
        set(record.languageHint, out::setLanguage);
        set(record.url, out::setUrl);
        return out.build();
    }

    public static ArticleMetadata toMetadata(ArticleRecord record) {
        ArticleMetadata.Builder out = ArticleMetadata.newBuilder().setId(record.id.toString());
        set(record.externalId, out::setExternalId);
        set(record.url, out::setUrl);
        set(record.source, out::setSource);
        set(record.published, out::setPublished);
        return out.build();
    }

    /** The headline as extracted, by code point offsets. */
    public static String title(AnnotatedDocument document) {
        if (!document.hasTitle()) {
            return null;
        }
        String text = document.getText();
        int length = text.codePointCount(0, text.length());
        int start = Math.min(document.getTitle().getStart(), length);
        int end = Math.max(start, Math.min(document.getTitle().getEnd(), length));
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }

    private static void set(String value, java.util.function.Consumer<String> setter) {
        if (value != null && !value.isEmpty()) {
            setter.accept(value);
        }
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
