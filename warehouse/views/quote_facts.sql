-- One row per quote, with who said it and where: the view most analysts start from.
CREATE OR REPLACE VIEW quote_facts AS
SELECT
    q.quote_id,
    s.name                        AS speaker,
    s.title                       AS speaker_title,
    s.organization                AS speaker_organization,
    s.kind                        AS speaker_kind,
    q.text                        AS quote,
    q.is_partial,
    a.title                       AS article_title,
    coalesce(a.site_name, a.feed) AS outlet,
    a.url,
    a.published_at,
    q.article_id
FROM quotes AS q
JOIN articles AS a USING (article_id)
LEFT JOIN speakers AS s USING (speaker_id);

COMMENT ON VIEW quote_facts IS 'One row per quote: who said it (name, title, organization), the words, and the article.';
COMMENT ON COLUMN quote_facts.quote_id IS 'The quote (quotes.quote_id).';
COMMENT ON COLUMN quote_facts.speaker IS 'Full name of the person, or the institution, who said it; NULL when the article does not say.';
COMMENT ON COLUMN quote_facts.speaker_title IS 'The speaker''s title as the articles give it (e.g. Defense Secretary).';
COMMENT ON COLUMN quote_facts.speaker_organization IS 'The organization the speaker speaks for (e.g. NATO).';
COMMENT ON COLUMN quote_facts.speaker_kind IS 'person or organization.';
COMMENT ON COLUMN quote_facts.quote IS 'The quoted words, exactly as in the article, without the quotation marks.';
COMMENT ON COLUMN quote_facts.is_partial IS 'True for a fragment quoted inside narration ("hard and necessary").';
COMMENT ON COLUMN quote_facts.article_title IS 'Headline of the article.';
COMMENT ON COLUMN quote_facts.outlet IS 'The site that published the article (site name, else feed name).';
COMMENT ON COLUMN quote_facts.url IS 'The article''s link as the feed gave it.';
COMMENT ON COLUMN quote_facts.published_at IS 'When the article was published (UTC).';
COMMENT ON COLUMN quote_facts.article_id IS 'The article (articles.article_id).';
