-- Articles submitted as bytes: the charset they were decoded with and why; the headline a client
-- (or a feed) gave with the article.
ALTER TABLE article ADD COLUMN charset text;
ALTER TABLE article ADD COLUMN charset_evidence text;
ALTER TABLE article ADD COLUMN submitted_title text;

-- The bytes exactly as submitted, kept apart so that the work queue's rows stay small.
CREATE TABLE article_original (
    article_id      uuid PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    bytes           bytea NOT NULL,
    content_type    text
);
