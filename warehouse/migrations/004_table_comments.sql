-- 004_table_comments: what every table and column means, for DESCRIBE-minded SQL clients
-- (read them with: SELECT table_name, column_name, comment FROM duckdb_columns()).

COMMENT ON TABLE articles IS 'One row per feed item link: the cleaned article text and its metadata.';
COMMENT ON COLUMN articles.article_id IS 'Stable key: hash of url.';
COMMENT ON COLUMN articles.url IS 'The item''s link exactly as the feed gave it.';
COMMENT ON COLUMN articles.canonical_url IS 'The page''s own canonical URL (link rel=canonical), else the URL after redirects.';
COMMENT ON COLUMN articles.feed IS 'Name of the feed (feeds.name) that listed the article.';
COMMENT ON COLUMN articles.title IS 'Headline.';
COMMENT ON COLUMN articles.author IS 'Byline as the page gives it.';
COMMENT ON COLUMN articles.published_at IS 'Publication time (UTC): the feed''s, else the page''s date.';
COMMENT ON COLUMN articles.fetched_at IS 'When sitrep fetched the page (UTC).';
COMMENT ON COLUMN articles.language IS 'ISO 639-1 language: the page''s declaration, else detected from the text.';
COMMENT ON COLUMN articles.site_name IS 'The publishing outlet''s name (og:site_name or similar).';
COMMENT ON COLUMN articles.text IS 'The article body, one paragraph per line; quote and figure offsets index into it.';
COMMENT ON COLUMN articles.content_hash IS 'sha256 of text: equal hashes, equal bodies.';
COMMENT ON COLUMN articles.extractor_version IS 'Version of the extraction rules that produced this article''s quotes and figures.';

COMMENT ON TABLE speakers IS 'One row per person or institution quoted anywhere in the warehouse.';
COMMENT ON COLUMN speakers.speaker_id IS 'Stable key: hash of the case- and accent-folded full name.';
COMMENT ON COLUMN speakers.name IS 'Full canonical name ("Pete Hegseth"), or the institution ("Pentagon").';
COMMENT ON COLUMN speakers.title IS 'Title as the articles give it ("Defense Secretary"); the latest one seen.';
COMMENT ON COLUMN speakers.organization IS 'Organization the speaker speaks for ("NATO").';
COMMENT ON COLUMN speakers.kind IS 'person or organization.';

COMMENT ON TABLE quotes IS 'One row per quoted span of an article.';
COMMENT ON COLUMN quotes.quote_id IS 'Stable key: hash of article_id, start_char, end_char.';
COMMENT ON COLUMN quotes.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN quotes.speaker_id IS 'Who said it (speakers.speaker_id); NULL when the article does not say.';
COMMENT ON COLUMN quotes.text IS 'Exactly articles.text[start_char:end_char]: the words without the quotation marks.';
COMMENT ON COLUMN quotes.start_char IS '0-based offset of the first character in articles.text (SQL: substr(text, start_char + 1, end_char - start_char)).';
COMMENT ON COLUMN quotes.end_char IS 'Offset just past the last character (exclusive).';
COMMENT ON COLUMN quotes.is_partial IS 'True for a fragment quoted inside narration.';
COMMENT ON COLUMN quotes.extractor_version IS 'Version of the extraction rules that found it.';

COMMENT ON TABLE figures IS 'One row per number that measures something (percent, money, count, quantity).';
COMMENT ON COLUMN figures.figure_id IS 'Stable key: hash of article_id, offsets, kind and value.';
COMMENT ON COLUMN figures.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN figures.quote_id IS 'The quote it was said in (quotes.quote_id); NULL in narration.';
COMMENT ON COLUMN figures.speaker_id IS 'Who said it when inside a quote (speakers.speaker_id).';
COMMENT ON COLUMN figures.kind IS 'percent, money, count or quantity.';
COMMENT ON COLUMN figures.value IS 'The plain number: 5 for 5%, 850000000000 for $850 billion, 1000000000 for one billion people.';
COMMENT ON COLUMN figures.unit IS 'percent, an ISO currency code, or the counted noun / measure as written.';
COMMENT ON COLUMN figures.raw IS 'The figure as written in the article.';
COMMENT ON COLUMN figures.context IS 'What it measures, in the article''s words.';
COMMENT ON COLUMN figures.start_char IS '0-based offset of raw in articles.text.';
COMMENT ON COLUMN figures.end_char IS 'Offset just past raw (exclusive). A range ("$10-12 billion") is two rows, low and high.';
COMMENT ON COLUMN figures.extractor_version IS 'Version of the extraction rules that found it.';

COMMENT ON TABLE feeds IS 'One row per feed: where it is and what the last fetch learned (validators for a conditional GET).';
COMMENT ON COLUMN feeds.name IS 'The feeds file''s name for the feed.';
COMMENT ON COLUMN feeds.url IS 'The feed''s URL.';
COMMENT ON COLUMN feeds.tags IS 'Tags from the feeds file.';
COMMENT ON COLUMN feeds.etag IS 'ETag of the last fully processed fetch, sent as If-None-Match.';
COMMENT ON COLUMN feeds.last_modified IS 'Last-Modified of the last fully processed fetch, sent as If-Modified-Since.';
COMMENT ON COLUMN feeds.last_status IS 'HTTP status of the last fetch (304: unchanged).';
COMMENT ON COLUMN feeds.last_fetched_at IS 'When the feed was last fetched (UTC).';
COMMENT ON COLUMN feeds.last_error IS 'Why the last fetch failed, if it did.';
COMMENT ON COLUMN feeds.items_seen IS 'Items in the feed at the last fetch.';

COMMENT ON TABLE raw_pages IS 'One row per fetched version of a page: the raw HTML, gzip, for re-extraction without the network.';
COMMENT ON COLUMN raw_pages.url IS 'The item''s link as the feed gave it (articles.url).';
COMMENT ON COLUMN raw_pages.content_hash IS 'sha256 of the raw bytes.';
COMMENT ON COLUMN raw_pages.final_url IS 'The URL after redirects.';
COMMENT ON COLUMN raw_pages.fetched_at IS 'When it was fetched (UTC).';
COMMENT ON COLUMN raw_pages.http_status IS 'HTTP status of the fetch.';
COMMENT ON COLUMN raw_pages.content_type IS 'Content-Type the server sent.';
COMMENT ON COLUMN raw_pages.html_gz IS 'gzip-compressed raw bytes.';

COMMENT ON TABLE runs IS 'One row per flow run (nightly or backfill), with its counts and outcome.';
COMMENT ON COLUMN runs.run_id IS 'The Prefect flow run id.';
COMMENT ON COLUMN runs.flow IS 'nightly or backfill.';
COMMENT ON COLUMN runs.started_at IS 'Start (UTC).';
COMMENT ON COLUMN runs.finished_at IS 'End (UTC); NULL while running or after a crash.';
COMMENT ON COLUMN runs.outcome IS 'running, completed or failed.';
COMMENT ON COLUMN runs.feeds_read IS 'Feeds fetched with new content (2xx).';
COMMENT ON COLUMN runs.feeds_unchanged IS 'Feeds answering 304 Not Modified.';
COMMENT ON COLUMN runs.feeds_failed IS 'Feeds that could not be fetched.';
COMMENT ON COLUMN runs.articles_new IS 'Articles loaded (re-extracted ones, for a backfill).';
COMMENT ON COLUMN runs.articles_unchanged IS 'Feed items already in the warehouse.';
COMMENT ON COLUMN runs.articles_failed IS 'Items whose page could not be fetched or held no article.';
COMMENT ON COLUMN runs.quotes_loaded IS 'Quote rows loaded.';
COMMENT ON COLUMN runs.speakers_loaded IS 'Speaker rows loaded (new or updated).';
COMMENT ON COLUMN runs.figures_loaded IS 'Figure rows loaded.';
COMMENT ON COLUMN runs.checks_passed IS 'Expectations that held, summed over batches.';
COMMENT ON COLUMN runs.checks_failed IS 'Expectations that did not hold, summed over batches.';
COMMENT ON COLUMN runs.rows_quarantined IS 'Rows sent to quarantine.';
COMMENT ON COLUMN runs.message IS 'Why the run failed, if it did.';

COMMENT ON TABLE dq_results IS 'One row per expectation evaluated on a batch.';
COMMENT ON COLUMN dq_results.run_id IS 'The run (runs.run_id).';
COMMENT ON COLUMN dq_results.suite IS 'The suite: the table checked (expectations/<suite>.json).';
COMMENT ON COLUMN dq_results.expectation IS 'Expectation type and column, e.g. expect_column_values_to_not_be_null(quote_id).';
COMMENT ON COLUMN dq_results."column" IS 'The column checked.';
COMMENT ON COLUMN dq_results.critical IS 'Whether failing rows are quarantined (true) or only reported.';
COMMENT ON COLUMN dq_results.success IS 'Whether the expectation held on the whole batch.';
COMMENT ON COLUMN dq_results.unexpected_count IS 'Rows that broke it.';
COMMENT ON COLUMN dq_results.element_count IS 'Rows checked.';
COMMENT ON COLUMN dq_results.observed_value IS 'GX''s observed value, as text.';
COMMENT ON COLUMN dq_results.validated_at IS 'When the batch was validated (UTC).';

COMMENT ON TABLE quarantine IS 'Rows held back by a critical expectation, with the reason; the rest of their batch loaded.';
COMMENT ON COLUMN quarantine."table" IS 'The table the row was for.';
COMMENT ON COLUMN quarantine.row_key IS 'The row''s key value.';
COMMENT ON COLUMN quarantine.row_json IS 'The whole row, as JSON.';
COMMENT ON COLUMN quarantine.expectation IS 'The expectation it broke (cascade(article_id): its article was quarantined).';
COMMENT ON COLUMN quarantine.reason IS 'Why, in words.';
COMMENT ON COLUMN quarantine.run_id IS 'The run (runs.run_id).';
COMMENT ON COLUMN quarantine.quarantined_at IS 'When (UTC).';

COMMENT ON TABLE article_fingerprints IS 'One MinHash signature per article, for near-duplicate detection.';
COMMENT ON COLUMN article_fingerprints.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN article_fingerprints.published_at IS 'Its publication time, to compare only articles near in time.';
COMMENT ON COLUMN article_fingerprints.minhash IS '128 x uint32 MinHash of the text''s word 5-shingles.';

COMMENT ON TABLE article_duplicates IS 'Links from a later copy of a story to its earliest copy.';
COMMENT ON COLUMN article_duplicates.article_id IS 'The later copy (articles.article_id).';
COMMENT ON COLUMN article_duplicates.duplicate_of IS 'The earliest copy of the story.';
COMMENT ON COLUMN article_duplicates.method IS 'content_hash (same text) or minhash (near-same text).';
COMMENT ON COLUMN article_duplicates.similarity IS 'Estimated Jaccard similarity (1.0 for the same text).';

COMMENT ON TABLE dq_validations IS 'GX''s own validation results (JSON), from which `sitrep docs` builds Data Docs.';
COMMENT ON COLUMN dq_validations.run_id IS 'The run (runs.run_id).';
COMMENT ON COLUMN dq_validations.suite IS 'The suite validated.';
COMMENT ON COLUMN dq_validations.validated_at IS 'When (UTC).';
COMMENT ON COLUMN dq_validations.result_json IS 'ExpectationSuiteValidationResult as JSON.';

COMMENT ON TABLE schema_version IS 'Migrations this file has had (warehouse/migrations/NNN_name.sql).';
COMMENT ON COLUMN schema_version.version IS 'The migration''s number (NNN).';
COMMENT ON COLUMN schema_version.name IS 'The migration''s name.';
COMMENT ON COLUMN schema_version.applied_at IS 'When it was applied (UTC).';
