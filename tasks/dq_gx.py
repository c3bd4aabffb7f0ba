"""The GX side of validation: suites from `expectations/`, one ephemeral context, results as rows.

GX 1.24 has no Polars data source, so each prepared frame goes to a pandas dataframe asset with a
whole-dataframe batch definition. Only the columns the suite names are converted (the article text
never is). Setup (the GX import, mostly) costs about 2 s once per process; see `warm_up`.
"""

from __future__ import annotations

import sitrep  # noqa: F401  (GX_ANALYTICS_ENABLED=false must be set before GX is imported)

# isort: split
import json
import math
import threading
from dataclasses import dataclass
from functools import cache
from typing import Any

import polars as pl

from sitrep.settings import EXPECTATIONS_DIR
from tasks.schema import TABLES

SUITES_DIR = EXPECTATIONS_DIR
_GX_LOCK = threading.Lock()  # one context per process; Prefect may run tasks in threads

RESULTS_SCHEMA = {
    "run_id": pl.String,
    "suite": pl.String,
    "expectation": pl.String,
    "column": pl.String,
    "critical": pl.Boolean,
    "success": pl.Boolean,
    "unexpected_count": pl.Int64,
    "element_count": pl.Int64,
    "observed_value": pl.String,
}


class SuiteError(RuntimeError):
    """GX could not evaluate an expectation: a broken suite file, not bad data."""


@dataclass(frozen=True)
class Check:
    """One expectation of a suite, as this stage reads it."""

    label: str
    column: str | None
    critical: bool
    why: str


@dataclass(frozen=True)
class _Suite:
    gx_suite: Any
    checks: tuple[Check, ...]
    columns: tuple[str, ...]


def _label(config: dict[str, Any]) -> str:
    column = config["kwargs"].get("column")
    return f"{config['type']}({column})" if column else config["type"]


def load_suite_dict(table: str) -> dict[str, Any]:
    """The suite of a table as stored in git."""
    return json.loads((SUITES_DIR / f"{table}.json").read_text(encoding="utf-8"))


def _checks(suite_dict: dict[str, Any]) -> tuple[Check, ...]:
    checks = tuple(
        Check(_label(e), e["kwargs"].get("column"), bool(e["meta"]["critical"]), e["meta"]["why"])
        for e in suite_dict["expectations"]
    )
    labels = [c.label for c in checks]
    if len(set(labels)) != len(labels):
        raise SuiteError(f"suite {suite_dict['name']}: two expectations share a label in {labels}")
    return checks


_SETUP = threading.Lock()


def gx_runtime() -> tuple[dict[str, Any], dict[str, _Suite]]:
    """One ephemeral GX context per process, built once even when threads ask at the same time."""
    with _SETUP:
        return _build_runtime()


@cache
def _build_runtime() -> tuple[dict[str, Any], dict[str, _Suite]]:
    """A pandas dataframe asset and a suite per table, in an ephemeral GX context."""
    import great_expectations as gx
    from great_expectations.core.expectation_suite import ExpectationSuite
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    source = context.data_sources.add_pandas(name="sitrep")
    batches, suites = {}, {}
    for table in TABLES:
        asset = source.add_dataframe_asset(name=table)
        batches[table] = asset.add_batch_definition_whole_dataframe(f"{table}_batch")
        suite_dict = load_suite_dict(table)
        checks = _checks(suite_dict)
        columns = tuple(dict.fromkeys(c.column for c in checks if c.column))
        suites[table] = _Suite(ExpectationSuite(**suite_dict), checks, columns)
    return batches, suites


def warm_up() -> None:
    """Pay the one-time GX import and setup now rather than inside the first batch."""
    gx_runtime()


def run_suite(table: str, prepared: pl.DataFrame, languages: tuple[str, ...]) -> Any:
    """GX's result for one table's suite; `languages` fills the suite's `$PARAMETER`."""
    batches, suites = gx_runtime()
    suite = suites[table]
    frame = prepared.select(suite.columns).to_pandas()
    with _GX_LOCK:
        batch = batches[table].get_batch(batch_parameters={"dataframe": frame})
        return batch.validate(
            suite.gx_suite,
            result_format="COMPLETE",
            expectation_parameters={"languages": list(languages)},
        )


def _plain(value: Any) -> Any:
    """JSON-safe: pandas reports a null as NaN, and JSON has no infinity."""
    if isinstance(value, float) and not math.isfinite(value):
        return None if math.isnan(value) else str(value)
    return value


def _observed(result: dict[str, Any]) -> str:
    """GX's observed value, or for a column map expectation a sample of the unexpected values."""
    if result.get("observed_value") is not None:
        return str(result["observed_value"])
    sample = [_plain(v) for v in (result.get("partial_unexpected_list") or [])[:5]]
    return json.dumps(sample, default=str)


def paired_results(table: str, checks: tuple[Check, ...], gx_result: Any) -> list[tuple[Check, Any]]:
    """Each check with its GX result, matched by label: GX does not keep the suite's order."""
    by_label = {}
    for res in gx_result.results:
        config = res.expectation_config
        label = _label({"type": config.type, "kwargs": config.kwargs})
        if res.exception_info.get("raised_exception"):
            raise SuiteError(f"suite {table}: {label}: {res.exception_info.get('exception_message')}")
        by_label[label] = res
    missing = [c.label for c in checks if c.label not in by_label]
    if missing:
        raise SuiteError(f"suite {table}: GX returned no result for {missing}")
    return [(check, by_label[check.label]) for check in checks]


def result_rows(run_id: str, table: str, paired: list[tuple[Check, Any]]) -> list[dict[str, Any]]:
    rows = []
    for check, res in paired:
        result = res.result or {}
        rows.append(
            {
                "run_id": run_id,
                "suite": table,
                "expectation": check.label,
                "column": check.column,
                "critical": check.critical,
                "success": bool(res.success),
                "unexpected_count": result.get("unexpected_count"),
                "element_count": result.get("element_count"),
                "observed_value": _observed(result),
            }
        )
    return rows
