-- Statements carried by more than one article: syndication and republication at work.
-- Grain: one row per statement (quotations view).
SELECT
    speaker,
    text,
    occurrences,
    articles,
    stories,
    outlets,
    first_seen,
    last_seen
FROM quotations
WHERE articles > 1
ORDER BY articles DESC, first_seen, speaker;
