package dev.kronika.query.service;

import dev.kronika.common.PageToken;
import dev.kronika.query.config.QueryConfig;


/** AIP-158 pagination over offsets: opaque page tokens and bounded page sizes. */
public record Paging(int offset, int size) {

    public static Paging of(int requestedSize, String pageToken, QueryConfig config) {
        if (requestedSize < 0) {
            throw new InvalidQueryException("page_size must not be negative");
        }
        int size = requestedSize == 0 ? config.defaultPageSize() : Math.min(requestedSize, config.maxPageSize());
        return new Paging(decode(pageToken), size);
    }

    /** The token of the next page, or "" when this page is the last (it holds fewer rows than fetched). */
    public String nextToken(int fetched) {
        return fetched > size ? PageToken.encode(offset + size) : "";
    }

    private static int decode(String token) {
        try {
            return PageToken.decode(token);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException(e.getMessage());
        }
    }
}
