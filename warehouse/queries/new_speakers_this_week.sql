-- Speakers first quoted in the last 7 days of coverage.
-- Grain: one row per speaker.
WITH latest AS (SELECT max(published_at) AS at FROM articles),
first_quoted AS (
    SELECT q.speaker_id, min(a.published_at) AS first_seen, count(*) AS quotes
    FROM quotes AS q
    JOIN articles AS a USING (article_id)
    WHERE q.speaker_id IS NOT NULL
    GROUP BY q.speaker_id
)
SELECT s.name AS speaker, s.title, s.organization, f.first_seen, f.quotes
FROM first_quoted AS f
JOIN speakers AS s USING (speaker_id), latest
WHERE f.first_seen > latest.at - INTERVAL 7 DAY
ORDER BY f.first_seen DESC, speaker;
