package dev.kronika.common.content;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a page or feed whose charset is not known for sure. Evidence is weighed
 * in this order: a byte-order mark; a declared charset (the caller's, e.g. from an HTTP header,
 * then the document's own {@code <meta charset>} or XML declaration); valid UTF-8; and finally
 * ICU's statistical {@link CharsetDetector}.
 *
 * <p>One exception to "declared first": bytes that are valid UTF-8 and contain multi-byte
 * sequences are read as UTF-8 even when a single-byte charset is declared, because such pages
 * are mis-declared far more often than a legacy text happens to be valid UTF-8.
 */
public final class CharsetDecoding {

    /** How the charset was chosen. */
    public enum Evidence { BYTE_ORDER_MARK, DECLARED, VALID_UTF8, DETECTED, FALLBACK }

    public record Decoded(String text, Charset charset, Evidence evidence) {
    }

    private static final int SNIFF_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private CharsetDecoding() {
    }

    public static String decode(byte[] bytes) {
        return detect(bytes, Optional.empty()).text();
    }

    public static Decoded detect(byte[] bytes) {
        return detect(bytes, Optional.empty());
    }

    /** Decodes the bytes; {@code declared} is a charset name given outside the bytes (HTTP header), if any. */
    public static Decoded detect(byte[] bytes, Optional<String> declared) {
        Decoded bom = fromByteOrderMark(bytes);
        if (bom != null) {
            return bom;
        }
        boolean validUtf8 = isValidUtf8(bytes);
        Optional<Charset> declaredCharset = declared.flatMap(CharsetDecoding::charset).or(() -> declaredInside(bytes));
        if (declaredCharset.isPresent()) {
            Charset charset = declaredCharset.get();
            boolean multiByteUtf8 = validUtf8 && hasNonAscii(bytes);
            if (!(multiByteUtf8 && isSingleByte(charset))) {
                return new Decoded(new String(bytes, charset), charset, Evidence.DECLARED);
            }
        }
        if (validUtf8) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, Evidence.VALID_UTF8);
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch match : matches) {
            Optional<Charset> charset = charset(match.getName());
            if (charset.isPresent() && !charset.get().equals(StandardCharsets.UTF_8)) {
                return new Decoded(new String(bytes, charset.get()), charset.get(), Evidence.DETECTED);
            }
        }
        return new Decoded(new String(bytes, FALLBACK), FALLBACK, Evidence.FALLBACK);
    }

    private static Decoded fromByteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, Evidence.BYTE_ORDER_MARK);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, Evidence.BYTE_ORDER_MARK);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, Evidence.BYTE_ORDER_MARK);
        }
        return null;
    }

    /** The charset the document names in its first bytes: HTML meta or XML declaration. */
    static Optional<Charset> declaredInside(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (meta.find()) {
            return charset(meta.group(1));
        }
        Matcher xml = XML_ENCODING.matcher(head);
        return xml.find() ? charset(xml.group(1)) : Optional.empty();
    }

    static Optional<Charset> charset(String name) {
        String normalized = name.strip().toLowerCase(Locale.ROOT);
        // HTML's encoding standard reads these labels as their Windows supersets.
        normalized = switch (normalized) {
            case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii" -> "windows-1252";
            case "iso-8859-9" -> "windows-1254";
            case "utf8" -> "utf-8";
            default -> normalized;
        };
        try {
            return Optional.of(Charset.forName(normalized));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static boolean isSingleByte(Charset charset) {
        return charset.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
