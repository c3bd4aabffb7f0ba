-- `batch`: one row per expectation evaluated in this run.
INSERT INTO dq_results BY NAME SELECT * FROM batch;
