package dev.kronika.ingest.mapping;

import dev.kronika.ingest.domain.ArticleRecord;
import dev.kronika.ingest.service.InvalidSubmissionException;
import dev.kronika.ingest.service.Submission;
import dev.kronika.proto.extract.v1.AnnotatedDocument;
import dev.kronika.proto.extract.v1.ExtractRequest;
import dev.kronika.proto.ingest.v1.Article;
import dev.kronika.proto.ingest.v1.ArticleState;
import dev.kronika.proto.ingest.v1.ArticleSubmission;
import dev.kronika.proto.ingest.v1.CharsetEvidence;
import dev.kronika.proto.query.v1.ArticleMetadata;

import java.util.Optional;

/** Protobuf to and from the ingest domain. */
public final class ArticleMapper {

    private ArticleMapper() {
    }

    public static Submission toSubmission(ArticleSubmission in) {
        boolean raw = in.getContentCase() == ArticleSubmission.ContentCase.RAW;
        if (!raw && !in.getContentType().isBlank()) {
            throw new InvalidSubmissionException("content_type describes raw: send the content as raw, or leave content_type out");
        }
        boolean html = in.getContentCase() == ArticleSubmission.ContentCase.HTML;
        String content = raw ? null : html ? in.getHtml() : in.getText();
        Optional<Submission.Raw> bytes = raw
                ? Optional.of(new Submission.Raw(in.getRaw().toByteArray(), nonBlank(in.getContentType()), Optional.empty(), Optional.empty()))
                : Optional.empty();
        return new Submission(content, html, nonBlank(in.getPublished()), nonBlank(in.getUrl()),
                nonBlank(in.getSource()), nonBlank(in.getExternalId()), nonBlank(in.getLanguage()), nonBlank(in.getTitle()), bytes);
    }

    public static CharsetEvidence charsetEvidence(String stored) {
        if (stored == null) {
            return CharsetEvidence.CHARSET_EVIDENCE_UNSPECIFIED;
        }
        try {
            return CharsetEvidence.valueOf("CHARSET_EVIDENCE_" + stored);
        } catch (IllegalArgumentException unknown) {
            return CharsetEvidence.CHARSET_EVIDENCE_UNSPECIFIED;
        }
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
        set(record.title != null ? record.title : record.submittedTitle, out::setTitle);
        set(record.contentType, out::setContentKind);
        set(record.charset, out::setCharset);
        out.setCharsetEvidence(charsetEvidence(record.charsetEvidence));
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
        set(record.submittedTitle, out::setTitle);
        return out.build();
    }

    /** The headline as extracted (by code point offsets, or from the page's metadata), else null. */
    public static String title(AnnotatedDocument document) {
        if (!document.hasTitle()) {
            return document.getTitleText().isBlank() ? null : document.getTitleText();
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
