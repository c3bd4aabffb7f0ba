"""The backfill flow: re-extract the stored articles of a date range from their raw HTML.

Used after the extractor changes (EXTRACTOR_VERSION bumps) or a quality gate is fixed: no
network, the same clean -> extract -> validate -> load stages as the nightly run, in batches.
Articles the gate quarantined come back too (their pages are stored), so a fix recovers them.
"""

from __future__ import annotations

import gzip
from datetime import UTC, date, datetime, time
from pathlib import Path

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

import sitrep  # noqa: F401  (offline-hygiene environment before Prefect loads)
from flows.bookkeeping import recorded_run
from flows.nightly import batches
from flows.stages import process_pages
from sitrep import progress
from sitrep.settings import from_env
from tasks import warehouse
from tasks.ids import content_hash
from tasks.pages import PAGES
from tasks.publish import require_warehouse


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
                "item_title": row["title"],
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
    """The newest stored page of every article (loaded or quarantined) published in [since, until)."""
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
    require_warehouse(settings.warehouse_path)
    with recorded_run(settings.warehouse_path, "backfill") as run:
        pages = read_stored_pages(run.work, since, until)
        logger.info("backfill %s..%s: %d stored articles to re-extract", since, until, pages.height)
        progress.total("articles", pages.height)
        for batch in batches(pages, settings.batch_size):
            run.checks.append(process_pages(batch, settings, run.summary, run.work)[1])
    return run.result()
