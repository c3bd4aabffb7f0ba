-- `batch`: cleaned articles. Re-running a night rewrites the same rows.
INSERT INTO articles BY NAME SELECT * FROM batch
ON CONFLICT (article_id) DO UPDATE SET
    canonical_url = excluded.canonical_url,
    feed = excluded.feed,
    title = excluded.title,
    author = excluded.author,
    published_at = excluded.published_at,
    fetched_at = excluded.fetched_at,
    language = excluded.language,
    site_name = excluded.site_name,
    text = excluded.text,
    content_hash = excluded.content_hash,
    extractor_version = excluded.extractor_version;
