"""GX's own HTML Data Docs, rebuilt from the validation results the warehouse keeps.

The nightly flow stores each suite's ExpectationSuiteValidationResult JSON in `dq_validations`
(see `validation_rows`); `sitrep docs` reads the latest runs back and renders them with GX's
SiteBuilder into a plain folder. No GX project folder is needed: the results go into a fresh
ephemeral context, whose in-memory store the site builder reads.

GX is imported inside the functions, so importing this module (and `sitrep --help`) stays fast.
"""

from __future__ import annotations

import sitrep  # noqa: F401  (GX_ANALYTICS_ENABLED=false must be set before GX is imported)

# isort: split
import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from tasks import warehouse
from tasks.dq_gx import load_suite_dict
from tasks.ids import stable_id
from tasks.schema import TABLES, UTC_TS

SITE_NAME = "sitrep"
UNRECORDED_RUN = "unrecorded"
DQ_VALIDATIONS_SCHEMA = {
    "run_id": pl.String,
    "suite": pl.String,
    "validated_at": UTC_TS,
    "result_json": pl.String,
}


def stamped(gx_result: dict[str, Any], run_id: str, validated_at: datetime) -> dict[str, Any]:
    """A copy of a result carrying its run in `meta`: GX leaves `run_id` out of a batch.validate
    result, and the docs name every validation by run name and time."""
    validated_at = validated_at if validated_at.tzinfo else validated_at.replace(tzinfo=UTC)
    result = copy.deepcopy(gx_result)
    meta = result.setdefault("meta", {}) or {}
    meta["run_id"] = {"run_name": run_id, "run_time": validated_at.isoformat()}
    meta["validation_time"] = validated_at.strftime("%Y%m%dT%H%M%S.%fZ")
    result["meta"] = meta
    return result


def validation_rows(
    gx_results: dict[str, dict[str, Any]], run_id: str, validated_at: datetime
) -> pl.DataFrame:
    """`dq_validations` rows for one batch's `ValidationOutcome.gx_results`."""
    rows = [
        {
            "run_id": run_id,
            "suite": suite,
            "validated_at": validated_at,
            "result_json": json.dumps(stamped(result, run_id, validated_at), default=str),
        }
        for suite, result in gx_results.items()
    ]
    return pl.DataFrame(rows, schema=DQ_VALIDATIONS_SCHEMA)


def stored_results(con: duckdb.DuckDBPyConnection, runs: int) -> list[dict[str, Any]]:
    """The stored GX results of the latest `runs` runs, oldest first."""
    frame = warehouse.select(con, warehouse.statement("dq_validations"), [max(runs, 1)])
    return [json.loads(text) for text in frame["result_json"]]


def _site_config(out_dir: Path) -> dict[str, Any]:
    return {
        "class_name": "SiteBuilder",
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(out_dir)},
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
    }


def _asset_name(result: dict[str, Any]) -> str | None:
    definition = (result.get("meta") or {}).get("active_batch_definition") or {}
    return definition.get("data_asset_name")


def _with_asset_name(result: dict[str, Any]) -> dict[str, Any]:
    """GX's page header reads the asset from `batch_spec`, which a dataframe batch leaves out."""
    result = copy.deepcopy(result)
    meta = result.setdefault("meta", {}) or {}
    spec = dict(meta.get("batch_spec") or {})
    spec.setdefault("data_asset_name", _asset_name(result) or result["suite_name"])
    meta["batch_spec"] = spec
    result["meta"] = meta
    return result


def _batch_identifier(result: dict[str, Any]) -> str:
    """Unique per validated batch: GX's fingerprint of the data, else a hash of the result."""
    markers = (result.get("meta") or {}).get("batch_markers") or {}
    fingerprint = markers.get("pandas_data_fingerprint") or stable_id(json.dumps(result, sort_keys=True))
    return f"{result['suite_name']}-{fingerprint}"


def _run_identifier(result: dict[str, Any]) -> Any:
    from great_expectations.core.run_identifier import RunIdentifier

    run = (result.get("meta") or {}).get("run_id") or {}
    run_time = run.get("run_time")
    return RunIdentifier(
        run_name=run.get("run_name") or UNRECORDED_RUN,
        run_time=datetime.fromisoformat(run_time) if run_time else datetime(1970, 1, 1, tzinfo=UTC),
    )


def _store(context: Any, result_dict: dict[str, Any]) -> None:
    from great_expectations.core.expectation_validation_result import (
        expectationSuiteValidationResultSchema,
    )
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    result = expectationSuiteValidationResultSchema.load(_with_asset_name(result_dict))
    run_id = _run_identifier(result_dict)
    result.meta["run_id"] = run_id
    key = ValidationResultIdentifier(
        ExpectationSuiteIdentifier(name=result.suite_name), run_id, _batch_identifier(result_dict)
    )
    context.validation_results_store.set(key, result)


def _docs_context(out_dir: Path) -> Any:
    """An ephemeral context with the suites of `expectations/` and one site rooted at `out_dir`."""
    import great_expectations as gx
    from great_expectations.core.expectation_suite import ExpectationSuite
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    context.add_data_docs_site(site_name=SITE_NAME, site_config=_site_config(out_dir))
    for table in TABLES:
        context.suites.add(ExpectationSuite(**load_suite_dict(table)))
    return context


def build_data_docs(results: list[dict[str, Any]], out_dir: Path) -> Path:
    """Render stored GX validation results (any number of runs) as HTML; returns index.html.

    Results without a stamped run (see `stamped`) are listed under the run name `unrecorded`.
    """
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    context = _docs_context(out_dir)
    for result in results:
        _store(context, result)
    context.build_data_docs(site_names=[SITE_NAME])
    index = out_dir / "index.html"
    if not index.is_file():
        raise RuntimeError(f"GX built no Data Docs index at {index}")
    return index


def docs_from_warehouse(warehouse_path: Path, out_dir: Path, runs: int = 10) -> Path:
    """What `sitrep docs` does: read the latest runs' results read-only, build the site."""
    with warehouse.connect(warehouse_path, read_only=True) as con:
        results = stored_results(con, runs)
    return build_data_docs(results, out_dir)
