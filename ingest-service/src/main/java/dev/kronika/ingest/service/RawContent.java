package dev.kronika.ingest.service;

import dev.kronika.common.content.CharsetDecoding;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a submission of bytes into text: the charset comes from a byte-order mark, the declared
 * media type, the page's own declaration, UTF-8 validity or ICU's detector (see
 * {@link CharsetDecoding}); HTML is told from text by the media type, else by the markup itself.
 */
final class RawContent {

    private static final Pattern CHARSET_PARAMETER = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title|article|div|p|h[1-6])[\\s>/]");
    private static final int SNIFF_CHARS = 4096;

    private RawContent() {
    }

    static Submission decode(Submission submission) {
        Submission.Raw raw = submission.raw().orElseThrow();
        Optional<String> declaredCharset = raw.contentType().flatMap(RawContent::charsetParameter);
        CharsetDecoding.Decoded decoded = CharsetDecoding.detect(raw.bytes(), declaredCharset);
        boolean html = raw.contentType().filter(type -> !mediaType(type).equals("application/octet-stream"))
                .map(type -> mediaType(type).contains("html"))
                .orElseGet(() -> looksLikeHtml(decoded.text()));
        return submission.withContent(decoded.text(), html, new Submission.Raw(raw.bytes(), raw.contentType(),
                Optional.of(decoded.charset().name()), Optional.of(decoded.evidence().name())));
    }

    static void checkContentType(String contentType) {
        String type = mediaType(contentType);
        if (!(type.startsWith("text/") || type.equals("application/xhtml+xml") || type.equals("application/octet-stream"))) {
            throw new InvalidSubmissionException("content_type must be a text/* type or application/xhtml+xml, got '" + contentType + "'");
        }
    }

    private static Optional<String> charsetParameter(String contentType) {
        Matcher matcher = CHARSET_PARAMETER.matcher(contentType);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    static boolean looksLikeHtml(String text) {
        return HTML_START.matcher(text.length() > SNIFF_CHARS ? text.substring(0, SNIFF_CHARS) : text).find();
    }
}
