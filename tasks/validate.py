"""Validate stage: run the GX suites of `expectations/` on a batch, split it into valid and quarantined rows.

The row-level rules live in `tasks/dq_rules.py` as derived columns; GX checks them and the plain
columns, and its COMPLETE result format names the failing row of every expectation. Rows failing a
`critical` expectation go to quarantine, the rest load. References then cascade:

- a quarantined article takes its quotes and figures with it (their offsets point into its text);
- a quarantined speaker leaves its quotes and figures in place with `speaker_id` null (a quote
  with an unknown speaker is still a quote; the schema allows it);
- a quarantined quote leaves its figures in place (a figure is checked against the article, not
  the quote) with `quote_id` and `speaker_id` null: the speaker came from the quote's attribution.

Exact duplicate rows (equal in every column) are collapsed first: they carry no conflict. Two
different rows under one key are both quarantined, since neither can be trusted over the other.
"""

from __future__ import annotations

import sitrep  # noqa: F401  (sets the offline environment before Prefect and GX load)

# isort: split
import json
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks import dq_rules
from tasks.dq_gx import (
    RESULTS_SCHEMA,
    SUITES_DIR,
    Check,
    SuiteError,
    gx_runtime,
    load_suite_dict,
    paired_results,
    result_rows,
    run_suite,
    warm_up,
)
from tasks.schema import KEYS, TABLES, UTC_TS, conform, empty

__all__ = [
    "CASCADE",
    "SUITES_DIR",
    "BatchRejected",
    "SuiteError",
    "ValidationOutcome",
    "check_threshold",
    "load_suite_dict",
    "validate_batch",
    "validate_frames",
    "warm_up",
    "worst_expectations",
]

CASCADE = "cascade(article_id)"

QUARANTINE_SCHEMA = {
    "table": pl.String,
    "row_key": pl.String,
    "row_json": pl.String,
    "expectation": pl.String,
    "reason": pl.String,
    "run_id": pl.String,
    "quarantined_at": UTC_TS,
}


@dataclass
class ValidationOutcome:
    """A validated batch: what loads, what is quarantined, and how every expectation fared."""

    valid: dict[str, pl.DataFrame]
    quarantine: pl.DataFrame
    results: pl.DataFrame
    failed_share: float
    max_failed_share: float = 0.2
    gx_results: dict[str, dict[str, Any]] = field(default_factory=dict)

    def passed(self) -> int:
        """Expectations that held."""
        return int(self.results["success"].sum())

    def failed(self) -> int:
        """Expectations that did not hold (critical or not)."""
        return self.results.height - self.passed()

    @property
    def rejected(self) -> bool:
        """Whether too many rows failed for the batch to load at all."""
        return self.failed_share > self.max_failed_share


class BatchRejected(Exception):
    """Too large a share of the batch failed critical expectations: load nothing."""

    def __init__(self, outcome: ValidationOutcome, max_failed_share: float) -> None:
        self.outcome = outcome
        worst = "; ".join(worst_expectations(outcome.results)) or "cascades only"
        super().__init__(
            f"batch rejected: {outcome.failed_share:.1%} of rows failed a critical expectation "
            f"(threshold {max_failed_share:.1%}); worst: {worst}"
        )
        self.max_failed_share = max_failed_share

    def __reduce__(self) -> tuple[type[BatchRejected], tuple[ValidationOutcome, float]]:
        """Picklable with its outcome (Prefect serializes a failed run's exception)."""
        return (type(self), (self.outcome, self.max_failed_share))


def _json_value(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _row_json(row: dict[str, Any]) -> str:
    return json.dumps({k: _json_value(v) for k, v in row.items()}, ensure_ascii=False, allow_nan=False)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


@dataclass
class _Split:
    """Failing (row index, check) pairs of one table, and the reason text of each."""

    table: str
    hits: list[tuple[int, str, str]] = field(default_factory=list)

    def rows(self) -> set[int]:
        return {i for i, _, _ in self.hits}


def _critical_hits(table: str, prepared: pl.DataFrame, paired: list[tuple[Check, Any]]) -> _Split:
    split = _Split(table)
    for check, res in paired:
        if not check.critical or res.success:
            continue
        for index in (res.result or {}).get("unexpected_index_list") or []:
            value = prepared[check.column][int(index)] if check.column else None
            split.hits.append((int(index), check.label, f"{check.why} ({check.column}={_short(value)})"))
    return split


def _mask(height: int, bad: set[int]) -> pl.Series:
    return pl.Series([i not in bad for i in range(height)], dtype=pl.Boolean)


def _cascade_articles(frame: pl.DataFrame, split: _Split, good_articles: set[str]) -> None:
    """Rows whose article was quarantined follow it (orphans already failed `article_in_batch`)."""
    bad = split.rows()
    for i, article_id in enumerate(frame["article_id"]):
        if i not in bad and article_id is not None and article_id not in good_articles:
            split.hits.append((i, CASCADE, f"its article {article_id} was quarantined"))


def _null_refs(
    frame: pl.DataFrame, column: str, dropped: set[str], also: tuple[str, ...] = ()
) -> pl.DataFrame:
    """Null a reference (and its dependent columns) where it points at a quarantined row."""
    hit = pl.col(column).is_in(pl.Series(sorted(dropped), dtype=pl.String).implode()).fill_null(False)
    return frame.with_columns(pl.when(hit).then(None).otherwise(pl.col(c)).alias(c) for c in (column, *also))


def _keys(frame: pl.DataFrame, key: str) -> set[str]:
    return set(frame[key].drop_nulls().to_list())


def _apply_cascades(tables: dict[str, pl.DataFrame], splits: dict[str, _Split]) -> dict[str, pl.DataFrame]:
    """The loadable rows per table after the cascades of the module docstring."""
    articles = tables["articles"]
    good_articles = _keys(articles.filter(_mask(articles.height, splits["articles"].rows())), "article_id")
    for table in ("quotes", "figures"):
        _cascade_articles(tables[table], splits[table], good_articles)
    valid = {t: frame.filter(_mask(frame.height, splits[t].rows())) for t, frame in tables.items()}
    dropped_speakers = _keys(tables["speakers"], "speaker_id") - _keys(valid["speakers"], "speaker_id")
    dropped_quotes = _keys(tables["quotes"], "quote_id") - _keys(valid["quotes"], "quote_id")
    valid["quotes"] = _null_refs(valid["quotes"], "speaker_id", dropped_speakers)
    figures = _null_refs(valid["figures"], "quote_id", dropped_quotes, also=("speaker_id",))
    valid["figures"] = _null_refs(figures, "speaker_id", dropped_speakers)
    return valid


def _quarantine(
    tables: dict[str, pl.DataFrame], splits: dict[str, _Split], run_id: str, now: datetime
) -> pl.DataFrame:
    rows = []
    for table, split in splits.items():
        frame, key = tables[table], KEYS[table]
        for index, label, reason in sorted(split.hits, key=lambda hit: hit[0]):
            row = frame.row(index, named=True)
            rows.append(
                {
                    "table": table,
                    "row_key": row[key],
                    "row_json": _row_json(row),
                    "expectation": label,
                    "reason": reason,
                    "run_id": run_id,
                    "quarantined_at": now,
                }
            )
    return pl.DataFrame(rows, schema=QUARANTINE_SCHEMA)


def worst_expectations(results: pl.DataFrame, limit: int = 3) -> list[str]:
    """The failed critical expectations with the most unexpected rows, as readable lines."""
    worst = (
        results.filter(pl.col("critical") & ~pl.col("success"))
        .sort("unexpected_count", descending=True, nulls_last=True)
        .head(limit)
    )
    return [
        f"{r['suite']}.{r['expectation']}: {r['unexpected_count']} of {r['element_count']} rows"
        for r in worst.iter_rows(named=True)
    ]


def check_threshold(outcome: ValidationOutcome, max_failed_share: float | None = None) -> None:
    """Raise BatchRejected when the quarantined share is over the threshold (default: the outcome's)."""
    threshold = outcome.max_failed_share if max_failed_share is None else max_failed_share
    if outcome.failed_share > threshold:
        raise BatchRejected(outcome, threshold)


def _conformed(frames: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """Every table present, in its schema, exact duplicate rows collapsed."""
    return {
        table: conform(table, frames.get(table, empty(table))).unique(maintain_order=True) for table in TABLES
    }


def validate_batch(
    frames: dict[str, pl.DataFrame],
    *,
    run_id: str,
    now: datetime,
    languages: tuple[str, ...] = ("en",),
    max_failed_share: float = 0.2,
) -> ValidationOutcome:
    """Validate one batch; never raises for bad data (see check_threshold), only for a broken suite."""
    now = now if now.tzinfo else now.replace(tzinfo=UTC)
    tables = _conformed(frames)
    prepared = dq_rules.prepare(tables, now)
    _, suites = gx_runtime()
    results, splits, gx_results = [], {}, {}
    for table in TABLES:
        gx_result = run_suite(table, prepared[table], languages)
        paired = paired_results(table, suites[table].checks, gx_result)
        results.extend(result_rows(run_id, table, paired))
        splits[table] = _critical_hits(table, prepared[table], paired)
        gx_results[table] = gx_result.to_json_dict()
    valid = _apply_cascades(tables, splits)
    total = sum(frame.height for frame in tables.values())
    failed = sum(len(split.rows()) for split in splits.values())
    return ValidationOutcome(
        valid={table: conform(table, frame) for table, frame in valid.items()},
        quarantine=_quarantine(tables, splits, run_id, now),
        results=pl.DataFrame(results, schema=RESULTS_SCHEMA),
        failed_share=failed / total if total else 0.0,
        max_failed_share=max_failed_share,
        gx_results=gx_results,
    )


@task(name="validate", cache_policy=NO_CACHE)
def validate_frames(
    frames: dict[str, pl.DataFrame],
    run_id: str,
    now: datetime,
    languages: tuple[str, ...] = ("en",),
    max_failed_share: float = 0.2,
) -> ValidationOutcome:
    """Prefect task over one batch. It does not raise on a bad batch: the flow stores the results
    and quarantine first, then calls `check_threshold(outcome)` to fail the run."""
    return validate_batch(
        frames, run_id=run_id, now=now, languages=languages, max_failed_share=max_failed_share
    )
