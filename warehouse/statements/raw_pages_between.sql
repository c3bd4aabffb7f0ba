-- Stored pages of articles published in [?, ?), newest copy per URL: what a backfill re-extracts.
SELECT a.url, a.feed, a.title, a.published_at, r.html_gz, r.fetched_at, r.final_url
FROM articles AS a
JOIN raw_pages AS r ON r.url = a.url
WHERE a.published_at >= ? AND a.published_at < ?
QUALIFY row_number() OVER (PARTITION BY a.url ORDER BY r.fetched_at DESC) = 1
ORDER BY a.published_at, a.url;
