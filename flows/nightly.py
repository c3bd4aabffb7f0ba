"""The nightly flow: feeds -> new items -> pages -> (clean, extract, validate, load) per batch.

Scheduled by the `nightly` deployment in prefect.yaml; `sitrep run` runs it in-process.
"""

from __future__ import annotations

import sitrep  # noqa: F401  (offline-hygiene environment before Prefect loads)

# isort: split
import threading
from pathlib import Path

import polars as pl
from prefect import flow, get_run_logger

from flows.bookkeeping import recorded_run
from flows.stages import process_pages
from sitrep import progress
from sitrep.settings import from_env
from tasks.feeds import fetch_feeds, load_feeds_file
from tasks.pages import fetch_pages, interleave_by_host
from tasks.runs import feed_counts, hold_back_validators, known_items
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
    with recorded_run(settings.warehouse_path, "nightly") as run:
        threading.Thread(target=warm_up, name="gx-warm-up", daemon=True).start()  # overlaps the fetches
        progress.total("feeds", len(specs))
        items, feed_state = fetch_feeds(specs, run.stored_feed_state, settings.http)
        progress.advance("feeds", len(specs))
        run.summary.add(**feed_counts(feed_state))
        known = known_items(run.work, items)
        new = interleave_by_host(items.filter(~pl.col("url").is_in(known["url"].implode())))
        run.summary.add(articles_unchanged=known.height)
        logger.info(
            "%d feeds, %d items: %d new, %d already known", len(specs), items.height, new.height, known.height
        )
        progress.total("pages", new.height)
        progress.total("articles", new.height)
        failed_feeds: set[str] = set()
        for batch in batches(new, settings.batch_size):
            failed, results = process_pages(
                fetch_pages(batch, settings.http), settings, run.summary, run.work
            )
            failed_feeds |= set(failed["feed"].to_list())
            run.checks.append(results)
        run.feed_state = hold_back_validators(feed_state, failed_feeds)
    return run.result()


if __name__ == "__main__":
    print(nightly(feeds_path=str(Path("feeds.yaml"))))
