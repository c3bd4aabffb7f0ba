-- `batch`: one MinHash per article loaded.
INSERT INTO article_fingerprints BY NAME SELECT * FROM batch
ON CONFLICT (article_id) DO UPDATE SET published_at = excluded.published_at, minhash = excluded.minhash;
