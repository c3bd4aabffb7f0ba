-- `batch`: the articles being (re)loaded. Their old quotes go, the new extraction replaces them.
DELETE FROM quotes WHERE article_id IN (SELECT article_id FROM batch);
