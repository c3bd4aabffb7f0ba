-- Per speaker and ISO week: how much they were quoted, in how many stories, naming how many figures.
CREATE OR REPLACE VIEW speaker_activity AS
WITH quoted AS (
    SELECT q.speaker_id, date_trunc('week', st.published_at AT TIME ZONE 'UTC') AS week, q.quote_id, st.story_id
    FROM quotes AS q
    JOIN article_stories AS st USING (article_id)
    WHERE q.speaker_id IS NOT NULL
),
named AS (
    SELECT f.speaker_id, date_trunc('week', st.published_at AT TIME ZONE 'UTC') AS week, count(*) AS figures
    FROM figures AS f
    JOIN article_stories AS st USING (article_id)
    WHERE f.speaker_id IS NOT NULL
    GROUP BY ALL
)
SELECT
    s.speaker_id,
    s.name                           AS speaker,
    s.title,
    s.organization,
    qd.week,
    count(DISTINCT qd.quote_id)      AS quotes,
    count(DISTINCT qd.story_id)      AS stories,
    coalesce(any_value(nm.figures), 0) AS figures
FROM quoted AS qd
JOIN speakers AS s USING (speaker_id)
LEFT JOIN named AS nm ON nm.speaker_id = qd.speaker_id AND nm.week IS NOT DISTINCT FROM qd.week
GROUP BY s.speaker_id, s.name, s.title, s.organization, qd.week;

COMMENT ON VIEW speaker_activity IS 'Per speaker and week: quotes, stories (copies counted once) and figures named.';
COMMENT ON COLUMN speaker_activity.speaker_id IS 'The speaker (speakers.speaker_id).';
COMMENT ON COLUMN speaker_activity.speaker IS 'The speaker''s full name.';
COMMENT ON COLUMN speaker_activity.title IS 'The speaker''s title.';
COMMENT ON COLUMN speaker_activity.organization IS 'The speaker''s organization.';
COMMENT ON COLUMN speaker_activity.week IS 'Monday of the ISO week of publication (UTC); NULL for undated articles.';
COMMENT ON COLUMN speaker_activity.quotes IS 'Quotes by the speaker that week (every copy''s quote rows).';
COMMENT ON COLUMN speaker_activity.stories IS 'Distinct stories quoting the speaker that week: syndicated copies count once.';
COMMENT ON COLUMN speaker_activity.figures IS 'Figures the speaker named inside quotes that week.';
