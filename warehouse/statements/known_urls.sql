-- `batch`: candidate item links. Returns those already stored as articles.
SELECT a.url FROM articles AS a JOIN batch AS b ON a.url = b.url;
