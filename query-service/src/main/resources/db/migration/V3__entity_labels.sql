-- The knowledge base's canonical name of an entity in each language, as extraction reports it:
-- display names are chosen in the reader's language from these before any article's form.
CREATE TABLE entity_label (
    entity_id  bigint NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    language   text NOT NULL,
    name       text NOT NULL,
    PRIMARY KEY (entity_id, language)
);
