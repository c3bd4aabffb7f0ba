-- Who was quoted most about NATO spending in the last 30 days of coverage?
-- Statements are counted once however many outlets carried them (quotations view).
-- Grain: one row per speaker.
WITH latest AS (SELECT max(published_at) AS at FROM articles)
SELECT
    qn.speaker,
    count(*)              AS statements,
    sum(qn.outlets)       AS outlet_pickups,
    max(qn.last_seen)     AS last_said
FROM quotations AS qn, latest
WHERE qn.speaker IS NOT NULL
  AND qn.last_seen > latest.at - INTERVAL 30 DAY
  AND EXISTS (
      SELECT 1 FROM articles AS a
      WHERE list_contains(qn.article_ids, a.article_id)
        AND a.text ILIKE '%NATO%'
  )
  AND regexp_matches(qn.normalized_text, '\b(spend|spending|budget|gdp|percent|billion)\b')
GROUP BY qn.speaker
ORDER BY statements DESC, outlet_pickups DESC, qn.speaker
LIMIT 10;
