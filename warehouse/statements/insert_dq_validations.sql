-- `batch`: one row per suite validated in this batch, GX's result JSON stamped with the run.
INSERT INTO dq_validations BY NAME SELECT * FROM batch;
