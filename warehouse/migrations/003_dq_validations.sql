-- 003_dq_validations: GX's own validation results, kept for `sitrep docs` (HTML Data Docs).

CREATE TABLE dq_validations (
    run_id       VARCHAR,
    suite        VARCHAR,
    validated_at TIMESTAMPTZ,
    result_json  VARCHAR                  -- ExpectationSuiteValidationResult as JSON
);
