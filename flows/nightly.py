"""The nightly flow: feeds -> new items -> pages -> (clean, extract, validate, load) per batch.

Scheduled by the `nightly` deployment in prefect.yaml; `sitrep run` runs it in-process.
"""

from __future__ import annotations

import threading
from pathlib import Path

import polars as pl
from prefect import flow, get_run_logger
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.runtime import flow_run

import sitrep  # noqa: F401  (offline-hygiene environment before Prefect loads)
from flows.stages import process_pages
from sitrep import progress
from sitrep.settings import from_env
from tasks import warehouse
from tasks.feeds import fetch_feeds, load_feeds_file
from tasks.pages import fetch_pages
from tasks.runs import (
    RunSummary,
    close_run,
    feed_counts,
    hold_back_validators,
    known_items,
    open_run,
    summary_markdown,
)
from tasks.validate import warm_up


def batches(frame: pl.DataFrame, size: int) -> list[pl.DataFrame]:
    """The frame in consecutive slices of at most `size` rows."""
    return [frame.slice(i, size) for i in range(0, frame.height, max(size, 1))]


@flow(name="nightly", log_prints=False)
def nightly(
    feeds_path: str | None = None,
    warehouse_path: str | None = None,
    batch_size: int | None = None,
    max_failed_share: float | None = None,
) -> dict:
    """Read every feed, fetch and process the items not yet in the warehouse; return the summary."""
    settings = from_env().with_paths(feeds_path, warehouse_path)
    settings = settings.tuned(batch_size=batch_size, max_failed_share=max_failed_share)
    logger = get_run_logger()
    specs = load_feeds_file(settings.feeds_path)
    summary = RunSummary(run_id=str(flow_run.id or "local"), flow="nightly")
    published = settings.warehouse_path
    wh = warehouse.working_path(published)
    state = open_run(published, summary.run_id, summary.flow)
    threading.Thread(target=warm_up, name="gx-warm-up", daemon=True).start()  # overlaps the fetches
    feed_state = None
    checks: list[pl.DataFrame] = []
    try:
        progress.total("feeds", len(specs))
        items, feed_state = fetch_feeds(specs, state, settings.http)
        progress.advance("feeds", len(specs))
        summary.add(**feed_counts(feed_state))
        known = known_items(wh, items)
        new = items.filter(~pl.col("url").is_in(known["url"].implode()))
        summary.add(articles_unchanged=known.height)
        logger.info(
            "%d feeds, %d items: %d new, %d already known", len(specs), items.height, new.height, known.height
        )
        progress.total("pages", new.height)
        progress.total("articles", new.height)
        failed_feeds: set[str] = set()
        for batch in batches(new, settings.batch_size):
            failed, results = process_pages(fetch_pages(batch, settings.http), settings, summary, wh)
            failed_feeds |= set(failed["feed"].to_list())
            checks.append(results)
        feed_state = hold_back_validators(feed_state, failed_feeds)
        summary.outcome = "completed"
    except Exception as exc:
        summary.outcome, summary.message = "failed", f"{type(exc).__name__}: {exc}"
        feed_state = None
        raise
    finally:
        counts = close_run(published, summary, feed_state)
        publish_artifacts(summary, counts, checks)
    return summary_dict(summary, counts)


def summary_dict(summary: RunSummary, counts: dict[str, int]) -> dict:
    """The summary the CLI prints: this run's counts and the warehouse's totals."""
    return {**vars(summary), "warehouse_rows": counts}


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


if __name__ == "__main__":
    print(nightly(feeds_path=str(Path("feeds.yaml"))))
