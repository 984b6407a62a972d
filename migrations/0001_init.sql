-- healthfeed schema v1. Documented in README.md ("The database"); columns are only
-- ever added, never renamed, so external queries keep working.

CREATE TABLE documents (
    id                 INTEGER PRIMARY KEY,
    content_hash       TEXT    NOT NULL UNIQUE,  -- hex SHA-256 of the decoded text
    source_path        TEXT    NOT NULL,         -- first file path or URL it came from
    source_key         TEXT    NOT NULL,         -- site/template group (host or inbox subfolder)
    url                TEXT,
    raw                BLOB    NOT NULL,         -- bytes exactly as received (never rewritten)
    encoding           TEXT    NOT NULL,
    format             TEXT    NOT NULL CHECK (format IN ('text', 'html')),
    hints              TEXT    NOT NULL DEFAULT '{}',  -- JSON: url/title/published a scraper sent beside the page
    title              TEXT,
    text               TEXT    NOT NULL,         -- cleaned article body, paragraphs on lines
    lang               TEXT    NOT NULL,
    published          TEXT,                     -- YYYY-MM-DD, only when the page states it
    health_policy      INTEGER NOT NULL CHECK (health_policy IN (0, 1)),
    health_score       REAL    NOT NULL,
    evidence           TEXT    NOT NULL DEFAULT '[]',  -- JSON array of {term, field, weight, count}
    meta               TEXT    NOT NULL DEFAULT '{}',  -- JSON: dates, source, author read from chrome
    cleaner_version    TEXT    NOT NULL,
    classifier_version TEXT    NOT NULL,
    ingested_at        TEXT    NOT NULL,         -- RFC 3339 UTC
    processed_at       TEXT    NOT NULL          -- last clean+classify (changes on reprocess)
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_policy ON documents (health_policy, published);

CREATE TABLE document_origins (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    origin      TEXT    NOT NULL,
    seen_at     TEXT    NOT NULL,
    PRIMARY KEY (document_id, origin)
);

CREATE TABLE removed_segments (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    rule        TEXT    NOT NULL,
    PRIMARY KEY (document_id, position)
);
CREATE INDEX removed_segments_rule ON removed_segments (rule);

CREATE TABLE document_tags (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    tag         TEXT    NOT NULL,
    score       REAL    NOT NULL,
    PRIMARY KEY (document_id, tag)
);
CREATE INDEX document_tags_tag ON document_tags (tag);

CREATE TABLE document_regions (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    code        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    name_en     TEXT    NOT NULL,
    level       TEXT    NOT NULL,
    score       REAL    NOT NULL,
    PRIMARY KEY (document_id, code)
);
CREATE INDEX document_regions_code ON document_regions (code);

-- Full-text index over title and text. CJK runs are indexed as overlapping character
-- bigrams (traditional folded to simplified), so two-character words such as 医保 match;
-- Latin words are indexed as words. Contentless: the text lives in `documents`.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, body,
    content = '', contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
