-- `batch`: one row per feed fetched this run. A 304 keeps the stored validators.
INSERT INTO feeds BY NAME
SELECT name, url, tags, etag, last_modified, last_status, last_fetched_at, last_error, items_seen FROM batch
ON CONFLICT (name) DO UPDATE SET
    url = excluded.url,
    tags = excluded.tags,
    etag = coalesce(excluded.etag, feeds.etag),
    last_modified = coalesce(excluded.last_modified, feeds.last_modified),
    last_status = excluded.last_status,
    last_fetched_at = excluded.last_fetched_at,
    last_error = excluded.last_error,
    items_seen = excluded.items_seen;
