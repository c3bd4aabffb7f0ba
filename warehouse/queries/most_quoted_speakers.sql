-- Who is quoted most: distinct statements and stories per speaker, institutions included.
-- A syndicated or republished story counts once, and so does a statement it repeats.
-- Grain: one row per speaker.
SELECT
    s.name                          AS speaker,
    s.title,
    s.organization,
    count(DISTINCT n.quotation_id)  AS statements,
    count(DISTINCT n.story_id)      AS stories,
    count(*)                        AS quote_rows
FROM normalized_quotes AS n
JOIN speakers AS s USING (speaker_id)
GROUP BY ALL
ORDER BY statements DESC, stories DESC, speaker
LIMIT 10;
