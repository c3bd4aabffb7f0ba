-- Every figure one speaker named, with its context: sitrep sql -f this.sql -p "Full Name"
-- Parameters: ? = the speaker's full name (speakers.name).
-- Grain: one row per figure said inside that speaker's quotes.
SELECT
    figure,
    kind,
    value,
    unit,
    context,
    quote,
    outlet,
    published_at
FROM figure_facts
WHERE speaker = ?
ORDER BY published_at, figure;
