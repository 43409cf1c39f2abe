package dev.kronika.ingest.rest;

import com.google.protobuf.ByteString;
import dev.kronika.ingest.service.InvalidSubmissionException;
import dev.kronika.proto.ingest.v1.ArticleSubmission;
import jakarta.ws.rs.QueryParam;

import java.util.function.Consumer;

/** The fields of ArticleSubmission as query parameters, for a page posted as its own bytes. */
public class SubmissionParameters {

    @QueryParam("published")
    String published;
    @QueryParam("url")
    String url;
    @QueryParam("source")
    String source;
    @QueryParam("external_id")
    String externalId;
    @QueryParam("language")
    String language;
    @QueryParam("title")
    String title;

    ArticleSubmission toSubmission(byte[] body, String contentType) {
        ArticleSubmission.Builder out = ArticleSubmission.newBuilder().setRaw(ByteString.copyFrom(body)).setContentType(contentType);
        set(published, out::setPublished);
        set(url, out::setUrl);
        set(source, out::setSource);
        set(externalId, out::setExternalId);
        set(language, out::setLanguage);
        set(title, out::setTitle);
        return out.build();
    }

    /** A JSON body carries its own fields: parameters beside it would be silently ignored. */
    void requireNone() {
        if (published != null || url != null || source != null || externalId != null || language != null || title != null) {
            throw new InvalidSubmissionException("with a JSON body, give the article's fields in the body, not as query parameters");
        }
    }

    private static void set(String value, Consumer<String> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
