"""Run bookkeeping: the `runs` row, the feed state saved at the end, and the run summary.

Feed validators (ETag/Last-Modified) are saved only when the run's batches have loaded, and not
for a feed whose items failed, so a crash or a failed page never hides items behind a 304.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path

import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks import warehouse
from tasks.clean import now_utc
from tasks.publish import prepare, publish, working_path


@dataclass
class RunSummary:
    """The counts a run reports: in the terminal, the runs table and the Prefect UI."""

    run_id: str
    flow: str = "nightly"
    outcome: str = "running"
    feeds_read: int = 0
    feeds_unchanged: int = 0
    feeds_failed: int = 0
    articles_new: int = 0
    articles_unchanged: int = 0
    articles_failed: int = 0
    quotes_loaded: int = 0
    speakers_loaded: int = 0
    figures_loaded: int = 0
    checks_passed: int = 0
    checks_failed: int = 0
    rows_quarantined: int = 0
    message: str | None = None
    _speaker_ids: set[str] = field(default_factory=set, repr=False)

    def add(self, **counts: int) -> None:
        """Add to the named counters."""
        for key, value in counts.items():
            setattr(self, key, getattr(self, key) + value)

    def add_speakers(self, speaker_ids: Iterable[str]) -> None:
        """Count each speaker once per run, however many batches quote them."""
        self._speaker_ids.update(speaker_ids)
        self.speakers_loaded = len(self._speaker_ids)

    def counts(self) -> dict[str, int | str | None]:
        """The public fields: what the runs table, the CLI and the Prefect UI show."""
        return {f.name: getattr(self, f.name) for f in fields(self) if not f.name.startswith("_")}

    def as_row(self) -> pl.DataFrame:
        """The runs-table row, stamped with the finish time."""
        return pl.DataFrame([self.counts() | {"finished_at": now_utc()}])


def feed_counts(state: pl.DataFrame) -> dict[str, int]:
    """feeds_read / unchanged (304) / failed from this run's feed state rows."""
    status = state["last_status"]
    return {
        "feeds_read": int(((status >= 200) & (status < 300)).sum()),
        "feeds_unchanged": int((status == 304).sum()),
        "feeds_failed": int(state["last_error"].is_not_null().sum()),
    }


def hold_back_validators(state: pl.DataFrame, failed_feeds: set[str]) -> pl.DataFrame:
    """Feed state with no new validators for feeds that had failed items (the old ones stay)."""
    failed = pl.col("name").is_in(list(failed_feeds))
    return state.with_columns(
        pl.when(failed).then(None).otherwise(pl.col("etag")).alias("etag"),
        pl.when(failed).then(None).otherwise(pl.col("last_modified")).alias("last_modified"),
    )


def summary_markdown(summary: RunSummary) -> str:
    """The run summary as a markdown table, for the Prefect UI."""
    lines = [f"# sitrep {summary.flow} run: {summary.outcome}", "", "| count | value |", "|---|---|"]
    for name, value in summary.counts().items():
        if name not in {"run_id", "flow", "outcome", "message"}:
            lines.append(f"| {name} | {value} |")
    if summary.message:
        lines += ["", summary.message]
    return "\n".join(lines)


@task(name="open-run", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def open_run(published: Path, run_id: str, flow: str) -> pl.DataFrame:
    """Migrate the working file, mark the run started, and return the stored feed state."""
    with warehouse.connect(prepare(published)) as con:
        warehouse.migrate(con)
        con.execute(warehouse.statement("start_run"), [run_id, flow, now_utc()])
        return warehouse.select(con, warehouse.statement("feed_state"))


@task(name="known-items", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def known_items(warehouse_path: Path, items: pl.DataFrame) -> pl.DataFrame:
    """The items whose URL is already an article in the warehouse."""
    with warehouse.connect(warehouse_path, read_only=True) as con:
        known = warehouse.query_with_batch(con, "known_urls", items.select("url"))
    return items.filter(pl.col("url").is_in(known["url"].implode()))


@task(name="close-run", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def close_run(published: Path, summary: RunSummary, feed_state: pl.DataFrame | None) -> dict[str, int]:
    """Save feed state and the run's row in one transaction; publish the analysts' copy when
    the run completed (a failed run's loaded batches wait in the working file for the next one).

    Returns the tables' row counts.
    """
    with warehouse.connect(working_path(published), must_exist=True) as con:
        con.execute("BEGIN TRANSACTION")
        if feed_state is not None and feed_state.height:
            warehouse.run_with_batch(con, "upsert_feeds", feed_state)
        warehouse.run_with_batch(con, "finish_run", summary.as_row())
        con.execute("COMMIT")
        counts = warehouse.table_counts(con)
    if summary.outcome == "completed":
        publish(published)
    return counts
