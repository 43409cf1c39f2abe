package dev.kronika.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque AIP-158 page tokens over row offsets. */
public final class PageToken {

    private static final String PREFIX = "o:";

    private PageToken() {
    }

    public static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset a token stands for; 0 for an empty token. */
    public static int decode(String token) {
        if (token == null || token.isEmpty()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!decoded.startsWith(PREFIX)) {
                throw new IllegalArgumentException();
            }
            int offset = Integer.parseInt(decoded.substring(PREFIX.length()));
            if (offset < 0) {
                throw new IllegalArgumentException();
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("page_token is not a token this service issued");
        }
    }
}
