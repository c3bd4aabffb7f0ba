-- Each speaker's week: quotes, stories (copies counted once) and figures named.
-- Grain: one row per speaker and week (speaker_activity view).
SELECT speaker, organization, week, quotes, stories, figures
FROM speaker_activity
ORDER BY week DESC, quotes DESC, speaker
LIMIT 20;
