-- One row per quote with the statement it belongs to: the speaker plus the quote's words
-- lowercased, accents and punctuation removed ("...coming due," and "...coming due." are one).
CREATE OR REPLACE VIEW normalized_quotes AS
WITH base AS (
    SELECT
        q.quote_id,
        q.speaker_id,
        q.text,
        q.article_id,
        st.story_id,
        st.outlet,
        st.published_at,
        trim(regexp_replace(lower(strip_accents(q.text)), '[^a-z0-9]+', ' ', 'g')) AS normalized_text
    FROM quotes AS q
    JOIN article_stories AS st USING (article_id)
)
SELECT md5(coalesce(speaker_id, '') || '|' || normalized_text) AS quotation_id, *
FROM base;

COMMENT ON VIEW normalized_quotes IS 'One row per quote, with its statement (quotation_id) and story: the base of quotations.';
COMMENT ON COLUMN normalized_quotes.quotation_id IS 'The statement (quotations.quotation_id): md5 of speaker_id and normalized_text.';
COMMENT ON COLUMN normalized_quotes.quote_id IS 'The quote (quotes.quote_id).';
COMMENT ON COLUMN normalized_quotes.speaker_id IS 'Who said it (speakers.speaker_id).';
COMMENT ON COLUMN normalized_quotes.text IS 'The quote as written.';
COMMENT ON COLUMN normalized_quotes.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN normalized_quotes.story_id IS 'The story (article_stories.story_id): copies share it.';
COMMENT ON COLUMN normalized_quotes.outlet IS 'The outlet that published this copy.';
COMMENT ON COLUMN normalized_quotes.published_at IS 'When this copy was published (UTC).';
COMMENT ON COLUMN normalized_quotes.normalized_text IS 'The words lowercased, accents and punctuation removed.';
