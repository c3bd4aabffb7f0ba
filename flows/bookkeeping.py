"""What every flow run does around its work: hold the run lock, open and close the run's row,
publish the analysts' copy when it completes, and leave artifacts in the Prefect UI.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.runtime import flow_run

from tasks.publish import acquire_run_lock, release_run_lock, working_path
from tasks.runs import RunSummary, close_run, open_run, summary_markdown


@dataclass
class Run:
    """A run in progress: its summary, the file it writes, and what it hands to close-run."""

    summary: RunSummary
    work: Path
    stored_feed_state: pl.DataFrame
    feed_state: pl.DataFrame | None = None  # saved only when the run completes
    checks: list[pl.DataFrame] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def result(self) -> dict:
        """The summary the CLI prints: this run's counts and the warehouse's totals."""
        return {**self.summary.counts(), "warehouse_rows": self.counts}


@contextmanager
def recorded_run(published: Path, flow: str) -> Iterator[Run]:
    """The run's bookkeeping around the block; an exception marks the run failed and re-raises."""
    summary = RunSummary(run_id=str(flow_run.id or "local"), flow=flow)
    acquire_run_lock(published)
    try:
        run = Run(summary, working_path(published), open_run(published, summary.run_id, flow))
        try:
            yield run
            summary.outcome = "completed"
        except Exception as exc:
            summary.outcome, summary.message = "failed", f"{type(exc).__name__}: {exc}"
            run.feed_state = None
            raise
        finally:
            run.counts = close_run(published, summary, run.feed_state)
            publish_artifacts(summary, run.counts, run.checks)
    finally:
        release_run_lock(published)


def publish_artifacts(summary: RunSummary, counts: dict[str, int], checks: list[pl.DataFrame]) -> None:
    """The run summary, table sizes and validation results as artifacts on the flow run (Prefect UI)."""
    create_markdown_artifact(summary_markdown(summary), key="run-summary", description="sitrep run summary")
    create_table_artifact(
        [{"table": t, "rows": n} for t, n in counts.items()],
        key="warehouse-rows",
        description="rows per table",
    )
    if checks:
        create_table_artifact(
            validation_table(pl.concat(checks, how="diagonal_relaxed")),
            key="validation-results",
            description="Great Expectations results of this run, per expectation, summed over batches",
        )


def validation_table(results: pl.DataFrame) -> list[dict]:
    """One row per suite and expectation: whether it held in every batch, rows it rejected."""
    return (
        results.group_by("suite", "expectation", "critical", maintain_order=True)
        .agg(
            pl.col("success").all().alias("success"),
            pl.col("unexpected_count").sum().alias("unexpected"),
            pl.col("element_count").sum().alias("rows"),
        )
        .to_dicts()
    )
