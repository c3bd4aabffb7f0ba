-- Quotes that name a percentage (e.g. "5%"): who said it and where.
-- Grain: one row per quote holding a percent figure.
SELECT DISTINCT
    qf.speaker,
    f.raw           AS figure,
    qf.quote,
    qf.outlet,
    qf.published_at
FROM figures AS f
JOIN quote_facts AS qf USING (quote_id)
WHERE f.kind = 'percent'
ORDER BY qf.published_at, qf.speaker;
