-- The largest amounts of money named, per currency, with what they measure.
-- Grain: one row per money figure.
SELECT
    unit          AS currency,
    figure,
    value,
    context,
    speaker,
    article_title
FROM figure_facts
WHERE kind = 'money'
ORDER BY value DESC
LIMIT 15;
