-- Fingerprints of articles published in [?, ?] (or undated): what a batch is compared against.
SELECT f.article_id, f.published_at, a.content_hash, f.minhash, d.duplicate_of
FROM article_fingerprints AS f
JOIN articles AS a USING (article_id)
LEFT JOIN article_duplicates AS d USING (article_id)
WHERE f.published_at IS NULL OR f.published_at BETWEEN ? AND ?;
