-- Every figure a speaker named inside a quote, with what it measures.
-- Grain: one row per figure said in a quote.
SELECT
    speaker,
    figure,
    kind,
    value,
    unit,
    context,
    article_title
FROM figure_facts
WHERE speaker IS NOT NULL
ORDER BY speaker, published_at, figure;
