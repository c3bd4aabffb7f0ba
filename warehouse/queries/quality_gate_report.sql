-- What the quality gates held back, per run and expectation.
-- Grain: one row per run, table and expectation with quarantined rows.
SELECT
    r.flow,
    r.started_at,
    q."table",
    q.expectation,
    count(*) AS rows_quarantined,
    any_value(q.reason) AS example_reason
FROM quarantine AS q
JOIN runs AS r USING (run_id)
GROUP BY ALL
ORDER BY r.started_at DESC, rows_quarantined DESC;
