-- One row per figure: the number, what it measures, who named it and in which article.
CREATE OR REPLACE VIEW figure_facts AS
SELECT
    f.figure_id,
    f.raw                         AS figure,
    f.kind,
    f.value,
    f.unit,
    f.context,
    s.name                        AS speaker,
    q.text                        AS quote,
    a.title                       AS article_title,
    coalesce(a.site_name, a.feed) AS outlet,
    a.url,
    a.published_at,
    f.article_id
FROM figures AS f
JOIN articles AS a USING (article_id)
LEFT JOIN quotes AS q USING (quote_id)
LEFT JOIN speakers AS s ON s.speaker_id = f.speaker_id;

COMMENT ON VIEW figure_facts IS 'One row per figure named in an article: value, unit, what it measures, and who said it.';
COMMENT ON COLUMN figure_facts.figure_id IS 'The figure (figures.figure_id).';
COMMENT ON COLUMN figure_facts.figure IS 'The figure as written ("$850 billion", "5%").';
COMMENT ON COLUMN figure_facts.kind IS 'percent, money, count or quantity.';
COMMENT ON COLUMN figure_facts.value IS 'The plain number: 5 for 5%, 850000000000 for $850 billion.';
COMMENT ON COLUMN figure_facts.unit IS 'percent, an ISO currency code (USD, EUR), or the counted noun / measure (troops, kilometers).';
COMMENT ON COLUMN figure_facts.context IS 'What the figure measures, in the article''s words (e.g. defense budget).';
COMMENT ON COLUMN figure_facts.speaker IS 'Who said it, when the figure is inside a quote; NULL in narration.';
COMMENT ON COLUMN figure_facts.quote IS 'The quote the figure was said in, if any.';
COMMENT ON COLUMN figure_facts.article_title IS 'Headline of the article.';
COMMENT ON COLUMN figure_facts.outlet IS 'The site that published the article.';
COMMENT ON COLUMN figure_facts.url IS 'The article''s link as the feed gave it.';
COMMENT ON COLUMN figure_facts.published_at IS 'When the article was published (UTC).';
COMMENT ON COLUMN figure_facts.article_id IS 'The article (articles.article_id).';
