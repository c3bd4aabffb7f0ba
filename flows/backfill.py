"""The backfill flow: re-extract the stored articles of a date range from their raw HTML.

Used after the extractor changes (EXTRACTOR_VERSION bumps) or a quality gate is fixed: no
network, the same clean -> extract -> validate -> load stages as the nightly run, in batches.
"""

from __future__ import annotations

import gzip
from datetime import UTC, date, datetime, time
from pathlib import Path

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

import sitrep  # noqa: F401  (offline-hygiene environment before Prefect loads)
from flows.nightly import batches, publish_artifacts, summary_dict
from flows.stages import process_pages
from sitrep import progress
from sitrep.settings import from_env
from tasks import warehouse
from tasks.ids import content_hash
from tasks.pages import PAGES
from tasks.runs import RunSummary, close_run, open_run


def day_start(day: str) -> datetime:
    """Midnight UTC of an ISO day."""
    return datetime.combine(date.fromisoformat(day), time(0), tzinfo=UTC)


def stored_pages_frame(rows: pl.DataFrame) -> pl.DataFrame:
    """raw_pages rows (html_gz) as the pages frame the shared stages expect."""
    records = []
    for row in rows.iter_rows(named=True):
        body = gzip.decompress(row["html_gz"])
        records.append(
            {
                "url": row["url"],
                "feed": row["feed"],
                "item_title": None,
                "item_published_at": row["published_at"],
                "final_url": row["final_url"],
                "http_status": 200,
                "content_type": None,
                "content": body,
                "content_hash": content_hash(body),
                "fetched_at": row["fetched_at"],
                "error": None,
            }
        )
    return pl.DataFrame(records, schema=PAGES)


@task(name="read-stored-pages", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def read_stored_pages(warehouse_path: Path, since: str, until: str) -> pl.DataFrame:
    """The newest stored page of every article published in [since, until)."""
    with warehouse.connect(warehouse_path, read_only=True) as con:
        rows = warehouse.select(
            con, warehouse.statement("raw_pages_between"), [day_start(since), day_start(until)]
        )
    return stored_pages_frame(rows)


@flow(name="backfill", log_prints=False)
def backfill(
    since: str,
    until: str,
    warehouse_path: str | None = None,
    batch_size: int | None = None,
    max_failed_share: float | None = None,
) -> dict:
    """Re-process the stored articles published in [since, until) (ISO days, UTC)."""
    settings = from_env().with_paths(None, warehouse_path).tuned(batch_size, max_failed_share)
    logger = get_run_logger()
    summary = RunSummary(run_id=str(flow_run.id or "local"), flow="backfill")
    published = settings.warehouse_path
    wh = warehouse.working_path(published)
    open_run(published, summary.run_id, summary.flow)
    checks: list[pl.DataFrame] = []
    try:
        pages = read_stored_pages(wh, since, until)
        logger.info("backfill %s..%s: %d stored articles to re-extract", since, until, pages.height)
        progress.total("articles", pages.height)
        for batch in batches(pages, settings.batch_size):
            checks.append(process_pages(batch, settings, summary, wh)[1])
        summary.outcome = "completed"
    except Exception as exc:
        summary.outcome, summary.message = "failed", f"{type(exc).__name__}: {exc}"
        raise
    finally:
        counts = close_run(published, summary, None)
        publish_artifacts(summary, counts, checks)
    return summary_dict(summary, counts)
