-- One row per article with the story it belongs to: the earliest copy of a syndicated or
-- republished text (itself when it is the first). Count stories, not copies.
CREATE OR REPLACE VIEW article_stories AS
SELECT
    a.article_id,
    coalesce(d.duplicate_of, a.article_id) AS story_id,
    d.article_id IS NOT NULL               AS is_copy,
    d.method                               AS copy_method,
    d.similarity                           AS copy_similarity,
    coalesce(a.site_name, a.feed)          AS outlet,
    a.published_at
FROM articles AS a
LEFT JOIN article_duplicates AS d USING (article_id);

COMMENT ON VIEW article_stories IS 'One row per article, with the story (earliest copy) it belongs to.';
COMMENT ON COLUMN article_stories.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN article_stories.story_id IS 'The earliest copy of the same text: count DISTINCT story_id to count stories, not copies.';
COMMENT ON COLUMN article_stories.is_copy IS 'True when this article repeats an earlier one (syndication, republication).';
COMMENT ON COLUMN article_stories.copy_method IS 'How the copy was found: content_hash (same text) or minhash (near-same text).';
COMMENT ON COLUMN article_stories.copy_similarity IS 'Estimated Jaccard similarity of the word 5-shingles with the earliest copy.';
COMMENT ON COLUMN article_stories.outlet IS 'The site that published this copy (site name, else feed name).';
COMMENT ON COLUMN article_stories.published_at IS 'When this copy was published (UTC).';
