-- `batch`: fetched pages. The same bytes under the same URL are stored once.
INSERT INTO raw_pages BY NAME
SELECT url, content_hash, final_url, fetched_at, http_status, content_type, html_gz FROM batch
ON CONFLICT (url, content_hash) DO NOTHING;
