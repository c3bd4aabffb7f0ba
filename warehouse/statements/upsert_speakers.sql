-- `batch`: speakers seen this batch. A title or organization once learned is not forgotten.
INSERT INTO speakers BY NAME SELECT * FROM batch
ON CONFLICT (speaker_id) DO UPDATE SET
    name = excluded.name,
    title = coalesce(excluded.title, speakers.title),
    organization = coalesce(excluded.organization, speakers.organization),
    kind = coalesce(excluded.kind, speakers.kind);
