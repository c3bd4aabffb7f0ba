-- `batch`: the articles being (re)loaded. Their duplicate links are recomputed.
DELETE FROM article_duplicates WHERE article_id IN (SELECT article_id FROM batch);
