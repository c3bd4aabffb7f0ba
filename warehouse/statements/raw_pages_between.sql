-- Stored pages of articles published in [?, ?), newest copy per URL: what a backfill re-extracts.
-- An article with no known publication date counts by the day its page was fetched.
-- Articles the quality gate quarantined never reached `articles`; their quarantined row keeps
-- url, feed, title and published_at, so a fixed rule or setting can recover them too.
WITH quarantined AS (
    SELECT
        json_extract_string(row_json, '$.url') AS url,
        json_extract_string(row_json, '$.feed') AS feed,
        json_extract_string(row_json, '$.title') AS title,
        CAST(json_extract_string(row_json, '$.published_at') AS TIMESTAMPTZ) AS published_at
    FROM quarantine
    WHERE "table" = 'articles'
    QUALIFY row_number() OVER (PARTITION BY url ORDER BY quarantined_at DESC) = 1
),
wanted AS (
    SELECT url, feed, title, published_at FROM articles
    UNION ALL
    SELECT url, feed, title, published_at FROM quarantined
    WHERE url NOT IN (SELECT url FROM articles)
)
SELECT w.url, w.feed, w.title, w.published_at, r.html_gz, r.fetched_at, r.final_url
FROM wanted AS w
JOIN raw_pages AS r ON r.url = w.url
WHERE coalesce(w.published_at, r.fetched_at) >= ? AND coalesce(w.published_at, r.fetched_at) < ?
QUALIFY row_number() OVER (PARTITION BY w.url ORDER BY r.fetched_at DESC) = 1
ORDER BY w.published_at, w.url;
