"""Pages: fetch each new feed item's page, politely, and keep the raw bytes (gzip) in the
warehouse keyed by URL and content hash, so re-extraction never needs the network again.
"""

from __future__ import annotations

import gzip

import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.tasks import exponential_backoff

from sitrep import progress
from sitrep.settings import HttpSettings
from tasks import http
from tasks.clean import now_utc
from tasks.ids import content_hash

PAGES = {
    "url": pl.String,
    "feed": pl.String,
    "item_title": pl.String,
    "item_published_at": pl.Datetime("us", "UTC"),
    "final_url": pl.String,
    "http_status": pl.Int32,
    "content_type": pl.String,
    "content": pl.Binary,
    "content_hash": pl.String,
    "fetched_at": pl.Datetime("us", "UTC"),
    "error": pl.String,
}
RAW_PAGES = ["url", "content_hash", "final_url", "fetched_at", "http_status", "content_type", "html_gz"]


def interleave_by_host(items: pl.DataFrame) -> pl.DataFrame:
    """Items reordered round-robin over their hosts, so every batch spreads over every host.

    Batches run one after another and each host gets one request at a time, so a batch holding
    one feed's items would wait on that host alone while the others sit idle.
    """
    host = pl.col("url").str.extract(r"^[a-zA-Z][a-zA-Z0-9+.-]*://([^/?#]+)", 1).str.to_lowercase()
    return (
        items.with_columns(host.alias("_host"))
        .with_columns(pl.int_range(pl.len()).over("_host").alias("_turn"))
        .sort("_turn", maintain_order=True)
        .drop("_host", "_turn")
    )


def pages_frame(items: pl.DataFrame, responses: list[http.Response], fetched_at) -> pl.DataFrame:
    """One row per item with its page bytes (or the error that stopped the fetch)."""
    rows = []
    for item, resp in zip(items.iter_rows(named=True), responses, strict=True):
        failed = not resp.ok or not resp.content
        rows.append(
            {
                "url": item["url"],
                "feed": item["feed"],
                "item_title": item["title"],
                "item_published_at": item["published_at"],
                "final_url": resp.final_url,
                "http_status": resp.status,
                "content_type": resp.content_type,
                "content": None if failed else resp.content,
                "content_hash": None if failed else content_hash(resp.content),
                "fetched_at": fetched_at,
                "error": (resp.error or "empty body") if failed else None,
            }
        )
    return pl.DataFrame(rows, schema=PAGES)


def raw_pages(pages: pl.DataFrame) -> pl.DataFrame:
    """The fetched pages as raw_pages rows, bodies gzip-compressed."""
    ok = pages.filter(pl.col("error").is_null())
    return ok.with_columns(
        pl.col("content").map_elements(gzip.compress, return_dtype=pl.Binary).alias("html_gz")
    ).select(RAW_PAGES)


@task(
    name="fetch-pages",
    retries=2,
    retry_delay_seconds=exponential_backoff(backoff_factor=2),
    cache_policy=NO_CACHE,
)
def fetch_pages(items: pl.DataFrame, settings: HttpSettings) -> pl.DataFrame:
    """GET every item's page (bounded concurrency, one request per host at a time)."""
    requests = [http.Request(url) for url in items["url"].to_list()]
    responses = http.fetch_all(requests, settings, on_done=lambda: progress.advance("pages"))
    return pages_frame(items, responses, now_utc())
