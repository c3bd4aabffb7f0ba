-- 002_near_duplicates: link syndicated and lightly edited copies of one story.

CREATE TABLE article_fingerprints (
    article_id   VARCHAR PRIMARY KEY,
    published_at TIMESTAMPTZ,
    minhash      BLOB NOT NULL            -- 128 x uint32 MinHash of word 5-shingles (tasks/duplicates.py)
);

CREATE TABLE article_duplicates (
    article_id   VARCHAR PRIMARY KEY,     -- the later copy
    duplicate_of VARCHAR NOT NULL,        -- the story's earliest copy
    method       VARCHAR NOT NULL,        -- content_hash | minhash
    similarity   DOUBLE                   -- estimated Jaccard similarity of the texts
);
