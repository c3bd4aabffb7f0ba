-- Marks a run as started, so a crashed run is visible as `running` with no finish time.
INSERT INTO runs (run_id, flow, started_at, outcome) VALUES (?, ?, ?, 'running')
ON CONFLICT (run_id) DO UPDATE SET started_at = excluded.started_at, outcome = 'running';
