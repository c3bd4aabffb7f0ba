-- `batch`: one row, the run's final counts and outcome.
INSERT INTO runs BY NAME SELECT * FROM batch
ON CONFLICT (run_id) DO UPDATE SET
    finished_at = excluded.finished_at,
    outcome = excluded.outcome,
    feeds_read = excluded.feeds_read,
    feeds_unchanged = excluded.feeds_unchanged,
    feeds_failed = excluded.feeds_failed,
    articles_new = excluded.articles_new,
    articles_unchanged = excluded.articles_unchanged,
    articles_failed = excluded.articles_failed,
    quotes_loaded = excluded.quotes_loaded,
    speakers_loaded = excluded.speakers_loaded,
    figures_loaded = excluded.figures_loaded,
    checks_passed = excluded.checks_passed,
    checks_failed = excluded.checks_failed,
    rows_quarantined = excluded.rows_quarantined,
    message = excluded.message;
