-- 001_init: the first warehouse schema. Grain and keys are documented in warehouse/README.md.

CREATE TABLE feeds (
    name            VARCHAR PRIMARY KEY,   -- the feeds file's `name`
    url             VARCHAR NOT NULL,
    tags            VARCHAR[],
    etag            VARCHAR,               -- sent back as If-None-Match next run
    last_modified   VARCHAR,               -- sent back as If-Modified-Since next run
    last_status     INTEGER,               -- HTTP status of the last fetch (304 = unchanged)
    last_fetched_at TIMESTAMPTZ,
    last_error      VARCHAR,
    items_seen      INTEGER
);

CREATE TABLE raw_pages (
    url           VARCHAR NOT NULL,        -- the item's link as the feed gave it
    content_hash  VARCHAR NOT NULL,        -- sha256 of the raw bytes
    final_url     VARCHAR,                 -- after redirects
    fetched_at    TIMESTAMPTZ NOT NULL,
    http_status   INTEGER,
    content_type  VARCHAR,
    html_gz       BLOB NOT NULL,           -- gzip of the raw bytes: re-extraction needs no network
    PRIMARY KEY (url, content_hash)
);

CREATE TABLE articles (
    article_id        VARCHAR PRIMARY KEY, -- stable_id(url)
    url               VARCHAR NOT NULL UNIQUE,
    canonical_url     VARCHAR,
    feed              VARCHAR,
    title             VARCHAR,
    author            VARCHAR,
    published_at      TIMESTAMPTZ,
    fetched_at        TIMESTAMPTZ,
    language          VARCHAR,
    site_name         VARCHAR,
    text              VARCHAR,
    content_hash      VARCHAR,             -- sha256 of text: same hash, same article body
    extractor_version VARCHAR
);

CREATE TABLE speakers (
    speaker_id   VARCHAR PRIMARY KEY,      -- stable_id(folded full name)
    name         VARCHAR NOT NULL,
    title        VARCHAR,
    organization VARCHAR,
    kind         VARCHAR                   -- person | organization
);

CREATE TABLE quotes (
    quote_id          VARCHAR PRIMARY KEY, -- stable_id(article_id, start_char, end_char)
    article_id        VARCHAR NOT NULL,
    speaker_id        VARCHAR,             -- NULL: the article does not say who spoke
    text              VARCHAR NOT NULL,    -- = articles.text[start_char:end_char]
    start_char        BIGINT NOT NULL,
    end_char          BIGINT NOT NULL,
    is_partial        BOOLEAN NOT NULL,
    extractor_version VARCHAR
);

CREATE TABLE figures (
    figure_id         VARCHAR PRIMARY KEY, -- stable_id(article_id, start_char, end_char, kind, value)
    article_id        VARCHAR NOT NULL,
    quote_id          VARCHAR,
    speaker_id        VARCHAR,
    kind              VARCHAR NOT NULL,    -- percent | money | count | quantity
    value             DOUBLE,
    unit              VARCHAR,
    raw               VARCHAR,
    context           VARCHAR,
    start_char        BIGINT,
    end_char          BIGINT,
    extractor_version VARCHAR
);

CREATE TABLE runs (
    run_id              VARCHAR PRIMARY KEY, -- the Prefect flow run id
    flow                VARCHAR,
    started_at          TIMESTAMPTZ,
    finished_at         TIMESTAMPTZ,
    outcome             VARCHAR,             -- running | completed | failed
    feeds_read          INTEGER,
    feeds_unchanged     INTEGER,
    feeds_failed        INTEGER,
    articles_new        INTEGER,
    articles_unchanged  INTEGER,
    articles_failed     INTEGER,
    quotes_loaded       INTEGER,
    speakers_loaded     INTEGER,
    figures_loaded      INTEGER,
    checks_passed       INTEGER,
    checks_failed       INTEGER,
    rows_quarantined    INTEGER,
    message             VARCHAR
);

CREATE TABLE dq_results (
    run_id           VARCHAR,
    suite            VARCHAR,
    expectation      VARCHAR,
    "column"         VARCHAR,
    critical         BOOLEAN,
    success          BOOLEAN,
    unexpected_count BIGINT,
    element_count    BIGINT,
    observed_value   VARCHAR,
    validated_at     TIMESTAMPTZ
);

CREATE TABLE quarantine (
    "table"        VARCHAR,
    row_key        VARCHAR,
    row_json       VARCHAR,
    expectation    VARCHAR,
    reason         VARCHAR,
    run_id         VARCHAR,
    quarantined_at TIMESTAMPTZ
);
