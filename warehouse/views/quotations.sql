-- One row per statement: a speaker and the normalized words they said, however many articles,
-- outlets and republished copies carried it (Quotebank-style). "What did X say this week"
-- counts each statement once.
CREATE OR REPLACE VIEW quotations AS
SELECT
    n.quotation_id,
    n.speaker_id,
    any_value(s.name)                        AS speaker,
    n.normalized_text,
    arg_min(n.text, n.published_at)          AS text,
    min(n.published_at)                      AS first_seen,
    max(n.published_at)                      AS last_seen,
    count(*)                                 AS occurrences,
    count(DISTINCT n.article_id)             AS articles,
    count(DISTINCT n.story_id)               AS stories,
    count(DISTINCT n.outlet)                 AS outlets,
    list(DISTINCT n.article_id ORDER BY n.article_id) AS article_ids
FROM normalized_quotes AS n
LEFT JOIN speakers AS s USING (speaker_id)
GROUP BY n.quotation_id, n.speaker_id, n.normalized_text;

COMMENT ON VIEW quotations IS 'One row per distinct statement (speaker + normalized words), with where and when it was carried.';
COMMENT ON COLUMN quotations.quotation_id IS 'md5 of speaker_id and normalized_text: stable across runs.';
COMMENT ON COLUMN quotations.speaker_id IS 'Who said it (speakers.speaker_id); NULL when unattributed.';
COMMENT ON COLUMN quotations.speaker IS 'The speaker''s full name.';
COMMENT ON COLUMN quotations.normalized_text IS 'The words lowercased, accents and punctuation removed: what makes two quotes one statement.';
COMMENT ON COLUMN quotations.text IS 'The words as first published.';
COMMENT ON COLUMN quotations.first_seen IS 'Earliest publication carrying the statement (UTC).';
COMMENT ON COLUMN quotations.last_seen IS 'Latest publication carrying the statement (UTC).';
COMMENT ON COLUMN quotations.occurrences IS 'Quote rows carrying the statement (a statement said twice in one article counts twice).';
COMMENT ON COLUMN quotations.articles IS 'Distinct articles (URLs) carrying it, copies included.';
COMMENT ON COLUMN quotations.stories IS 'Distinct stories carrying it: syndicated and republished copies count once.';
COMMENT ON COLUMN quotations.outlets IS 'Distinct outlets carrying it.';
COMMENT ON COLUMN quotations.article_ids IS 'The articles carrying it.';
