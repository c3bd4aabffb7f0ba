-- `batch`: the articles being (re)loaded. Their old figures go, the new extraction replaces them.
DELETE FROM figures WHERE article_id IN (SELECT article_id FROM batch);
