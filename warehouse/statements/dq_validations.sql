-- The stored GX results of the latest ? runs (by their last validation), oldest first: what
-- `sitrep docs` renders.
SELECT result_json
FROM dq_validations
WHERE run_id IN (
    SELECT run_id FROM dq_validations GROUP BY run_id ORDER BY max(validated_at) DESC LIMIT ?
)
ORDER BY validated_at, suite;
