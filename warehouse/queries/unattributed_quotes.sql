-- Quotes sitrep could not attribute (speaker NULL): worth a look when tuning the rules.
-- Grain: one row per quote.
SELECT quote, is_partial, article_title, outlet, url
FROM quote_facts
WHERE speaker IS NULL
ORDER BY published_at, url;
