-- `batch`: links from later copies to their story's earliest copy.
INSERT INTO article_duplicates BY NAME SELECT * FROM batch;
