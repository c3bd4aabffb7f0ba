-- `batch`: rows that failed a critical expectation, kept as JSON with the reason.
INSERT INTO quarantine BY NAME SELECT * FROM batch;
