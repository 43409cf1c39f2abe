-- Every accepted article, and the state of its trip through extraction and indexing.
CREATE TABLE article (
    id                          uuid PRIMARY KEY,
    seq                         bigserial NOT NULL UNIQUE,
    state                       text NOT NULL,
    content                     text NOT NULL,
    content_type                text NOT NULL,
    content_sha256              text NOT NULL UNIQUE,
    published                   text,
    url                         text,
    source                      text,
    external_id                 text,
    language_hint               text,
    language                    text,
    title                       text,
    near_duplicate_of           uuid,
    near_duplicate_similarity   real,
    attempts                    integer NOT NULL DEFAULT 0,
    error                       text,
    next_attempt_at             timestamptz NOT NULL DEFAULT now(),
    lease_until                 timestamptz,
    created_at                  timestamptz NOT NULL DEFAULT now(),
    updated_at                  timestamptz NOT NULL DEFAULT now()
);
-- The work queue: articles not yet indexed, in submission order.
CREATE INDEX article_pending ON article (seq) WHERE state IN ('QUEUED', 'EXTRACTING');
CREATE INDEX article_state ON article (state, seq);
CREATE INDEX article_external_id ON article (external_id);
