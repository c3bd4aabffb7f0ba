-- Who is quoted most: quotes and articles per speaker, institutions included.
-- Grain: one row per speaker.
SELECT
    s.name                          AS speaker,
    s.title,
    s.organization,
    count(*)                        AS quotes,
    count(DISTINCT q.article_id)    AS articles
FROM quotes AS q
JOIN speakers AS s USING (speaker_id)
GROUP BY ALL
ORDER BY quotes DESC, speaker
LIMIT 10;
