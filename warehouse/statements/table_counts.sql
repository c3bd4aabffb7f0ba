-- Row counts of the analysts' tables, for run summaries and idempotency checks.
SELECT 'articles' AS "table", count(*) AS "rows" FROM articles
UNION ALL SELECT 'speakers', count(*) FROM speakers
UNION ALL SELECT 'quotes', count(*) FROM quotes
UNION ALL SELECT 'figures', count(*) FROM figures
UNION ALL SELECT 'feeds', count(*) FROM feeds
UNION ALL SELECT 'raw_pages', count(*) FROM raw_pages;
