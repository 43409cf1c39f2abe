-- The knowledge store. Offsets are Unicode code points into article.text.

CREATE TABLE article (
    id            uuid PRIMARY KEY,
    external_id   text,
    url           text,
    source        text,
    language      text NOT NULL,
    published     date,
    title         text,
    text          text NOT NULL,
    -- The AnnotatedDocument protobuf as extracted, for GetArticleAnnotations.
    annotations   bytea NOT NULL,
    indexed_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX article_external_id ON article (external_id);

CREATE TABLE entity (
    id            bigserial PRIMARY KEY,
    type          text NOT NULL,
    display_name  text NOT NULL,
    wikidata_id   text
);

-- Every extractor key that resolved to an entity: knowledge-base ids and transliterated keys.
CREATE TABLE entity_key (
    key           text PRIMARY KEY,
    entity_id     bigint NOT NULL REFERENCES entity (id) ON DELETE CASCADE
);
CREATE INDEX entity_key_entity ON entity_key (entity_id);

CREATE TABLE entity_name (
    id            bigserial PRIMARY KEY,
    entity_id     bigint NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    name          text NOT NULL,
    -- Lower-cased, transliterated to Latin, diacritics and spelling variants folded.
    match_key     text NOT NULL,
    UNIQUE (entity_id, name)
);
CREATE INDEX entity_name_match ON entity_name (match_key text_pattern_ops);

CREATE TABLE mention (
    id            bigserial PRIMARY KEY,
    article_id    uuid NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    entity_id     bigint NOT NULL REFERENCES entity (id),
    start_offset  integer NOT NULL,
    end_offset    integer NOT NULL,
    text          text NOT NULL,
    lemma         text NOT NULL,
    type          text NOT NULL
);
CREATE INDEX mention_article ON mention (article_id);
CREATE INDEX mention_entity ON mention (entity_id);

-- One real-world event, fused from the reports of one or more articles.
CREATE TABLE event (
    id                  bigserial PRIMARY KEY,
    type                text NOT NULL,
    mode                text NOT NULL,
    status              text NOT NULL,
    location_entity_id  bigint REFERENCES entity (id),
    earliest            date,
    latest              date,
    granularity         text NOT NULL,
    confidence          real NOT NULL,
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX event_time ON event (earliest, latest);
CREATE INDEX event_type ON event (type, mode, status);

CREATE TABLE event_actor (
    event_id   bigint NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    entity_id  bigint NOT NULL REFERENCES entity (id),
    PRIMARY KEY (event_id, entity_id)
);
CREATE INDEX event_actor_entity ON event_actor (entity_id, event_id);

-- One article's report of an event, as extracted.
CREATE TABLE event_source (
    id                  bigserial PRIMARY KEY,
    event_id            bigint NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    article_id          uuid NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    ordinal             integer NOT NULL,
    mode                text NOT NULL,
    status              text NOT NULL,
    location_entity_id  bigint REFERENCES entity (id),
    earliest            date,
    latest              date,
    granularity         text NOT NULL,
    trigger_start       integer NOT NULL,
    trigger_end         integer NOT NULL,
    sentence_start      integer NOT NULL,
    sentence_end        integer NOT NULL,
    sentence_text       text NOT NULL,
    confidence          real NOT NULL,
    UNIQUE (article_id, ordinal)
);
CREATE INDEX event_source_event ON event_source (event_id);

-- A planned event and the later report that it took place, and similar links.
CREATE TABLE event_link (
    event_id          bigint NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    related_event_id  bigint NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, related_event_id)
);
