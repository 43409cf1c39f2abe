-- Entities users add to the knowledge base (KnowledgeBaseService). The columns follow the
-- knowledge-base file format (KB-FORMAT): one column per language, names separated by '|',
-- attributes as 'key=value' pairs separated by ';'.

CREATE TABLE kb_entity (
    id            text PRIMARY KEY,
    type          text NOT NULL,
    kind          text NOT NULL DEFAULT '',
    wikidata_id   text,
    names_en      text NOT NULL DEFAULT '',
    names_pl      text NOT NULL DEFAULT '',
    names_cs      text NOT NULL DEFAULT '',
    names_sl      text NOT NULL DEFAULT '',
    names_ru      text NOT NULL DEFAULT '',
    names_uk      text NOT NULL DEFAULT '',
    names_bg      text NOT NULL DEFAULT '',
    attrs         text NOT NULL DEFAULT '',
    -- Set from kb_revision on every create and delete; pollers ask for the rows above a revision.
    revision      bigint NOT NULL UNIQUE,
    create_time   timestamptz NOT NULL,
    -- Set on deletion: the row stays as a tombstone so that pollers see the deletion.
    delete_time   timestamptz
);

-- The knowledge base's revision counter. A writer increments it in its own transaction, which
-- holds the row lock until commit: revisions become visible in the order they were given, so a
-- poller reading "everything above N" never misses a change committed later with a lower number
-- (as it could with a sequence).
CREATE TABLE kb_revision (
    id            integer PRIMARY KEY CHECK (id = 1),
    value         bigint NOT NULL
);
INSERT INTO kb_revision (id, value) VALUES (1, 0);
