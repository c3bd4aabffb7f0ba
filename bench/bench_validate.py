"""The cost of validation inside a nightly run, on the demo corpus scaled to N articles.

Issue 4's target: validation costs < 20% of a nightly run. The run here is the nightly's own
stages as plain functions, in one process, against the demo site on 127.0.0.1 (the Prefect flow
is not started, so its server start does not dilute the ratio):

    feeds -> fetch pages -> clean -> extract -> validate -> load (a fresh DuckDB, migrated)

The demo items are repeated under distinct URLs (`?copy=i`, which the demo server ignores) and
processed in batches of `--batch-size`, as the nightly does. "validate" is `validate_batch` plus
serializing GX's results into `dq_validations` rows; "load" writes those rows too. GX's one-time
setup (import + ephemeral context, `warm_up`) is timed on its own and reported in a second
ratio. Fetching is loopback with no politeness delay, the cheapest it can be, so the ratio
errs against validation: a real night waits on remote hosts far longer.

    .venv/bin/python bench/bench_validate.py [--articles 300] [--batch-size 200]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ["SITREP_ALLOWED_HOSTS"] = "127.0.0.1"
os.environ["SITREP_PER_HOST_DELAY"] = "0"

import polars as pl

from sitrep.demo import Site, serve
from sitrep.settings import Settings, from_env
from tasks import http, warehouse
from tasks.clean import clean_frame, now_utc
from tasks.dq_docs import validation_rows
from tasks.extract import EXTRACTOR_VERSION, extract_batch
from tasks.feeds import parse_feed
from tasks.load import Batch, write_batch
from tasks.pages import pages_frame, raw_pages
from tasks.validate import validate_batch, warm_up

TARGET = 0.20
STAGES = ("feeds", "fetch", "clean", "extract", "validate", "load")
# Until the lead's migration adds it (same DDL; IF NOT EXISTS once it does).
DQ_VALIDATIONS_DDL = (
    "CREATE TABLE IF NOT EXISTS dq_validations "
    "(run_id VARCHAR, suite VARCHAR, validated_at TIMESTAMPTZ, result_json VARCHAR)"
)


class Clock:
    """Seconds spent per stage, summed over batches."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)

    def time(self, stage: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            self.spent[stage] += time.perf_counter() - start


def read_feeds(site: Site, settings: Settings) -> pl.DataFrame:
    """The demo feeds' items, fetched and parsed as the nightly does."""
    urls = site.feed_urls()
    responses = http.fetch_all([http.Request(u) for u in urls.values()], settings.http)
    frames = [parse_feed(r.content, name, r.final_url) for name, r in zip(urls, responses, strict=True)]
    return pl.concat(frames)


def scaled(items: pl.DataFrame, n: int) -> pl.DataFrame:
    """n items cycling over the feeds' items, each copy under its own URL."""
    if items.is_empty():
        sys.exit("the demo feeds have no items")
    rows = items.to_dicts()
    copies = [rows[i % len(rows)] | {"url": f"{rows[i % len(rows)]['url']}?copy={i}"} for i in range(n)]
    return pl.DataFrame(copies, schema=items.schema)


def fetch(items: pl.DataFrame, settings: Settings) -> pl.DataFrame:
    responses = http.fetch_all([http.Request(u) for u in items["url"].to_list()], settings.http)
    return pages_frame(items, responses, now_utc())


def extract(articles: pl.DataFrame) -> dict[str, pl.DataFrame]:
    articles = articles.with_columns(pl.lit(EXTRACTOR_VERSION).alias("extractor_version"))
    return {"articles": articles, **extract_batch(articles)}


def validate(frames: dict[str, pl.DataFrame], run_id: str, settings: Settings):
    now = now_utc()
    outcome = validate_batch(
        frames,
        run_id=run_id,
        now=now,
        languages=settings.languages,
        max_failed_share=settings.max_failed_share,
    )
    outcome.results = outcome.results.with_columns(pl.lit(now).alias("validated_at"))
    return outcome, validation_rows(outcome.gx_results, run_id, now)


def load(con, pages: pl.DataFrame, outcome, stored: pl.DataFrame) -> dict[str, int]:
    valid = outcome.valid
    batch = Batch(
        articles=valid["articles"],
        speakers=valid["speakers"],
        quotes=valid["quotes"],
        figures=valid["figures"],
        raw_pages=raw_pages(pages),
        quarantine=outcome.quarantine,
        dq_results=outcome.results,
    )
    written = write_batch(con, batch)
    warehouse.run_with_batch(con, "insert_dq_validations", stored)
    return written


def run(site: Site, settings: Settings, n: int, db: Path, clock: Clock) -> dict[str, int]:
    """One nightly's stages over n articles; returns the rows it loaded and quarantined."""
    counts: dict[str, int] = defaultdict(int)
    items = scaled(clock.time("feeds", read_feeds, site, settings), n)
    with warehouse.connect(db) as con:
        clock.time("load", warehouse.migrate, con)
        clock.time("load", con.execute, DQ_VALIDATIONS_DDL)
        for start in range(0, items.height, settings.batch_size):
            pages = clock.time("fetch", fetch, items.slice(start, settings.batch_size), settings)
            articles, failed = clock.time("clean", clean_frame, pages)
            frames = clock.time("extract", extract, articles)
            outcome, stored = clock.time("validate", validate, frames, "bench", settings)
            if outcome.rejected:
                sys.exit(f"batch at {start} rejected: {outcome.failed_share:.1%} of rows failed")
            written = clock.time("load", load, con, pages, outcome, stored)
            for table, rows in written.items():
                counts[table] += rows
            counts["failed pages"] += failed.height + pages["error"].is_not_null().sum()
            counts["quarantined"] += outcome.quarantine.height
            counts["expectations failed"] += outcome.failed()
    return counts


def report(spent: dict[str, float], setup: float, counts: dict[str, int], n: int, batch_size: int) -> bool:
    whole = sum(spent.values())
    print(f"\nnightly stages on {n} demo articles, batches of {batch_size} (seconds)")
    for stage in STAGES:
        print(f"  {stage:<9} {spent[stage]:8.3f}  {spent[stage] / whole:6.1%}")
    print(f"  {'whole run':<9} {whole:8.3f}  (GX setup not included)")
    print(f"  {'GX setup':<9} {setup:8.3f}  (warm_up: GX import + ephemeral context, once per process)")
    print("\nrows: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    per_article_ms = 1000 * spent["validate"] / max(n, 1)
    steady = spent["validate"] / whole
    cold = (spent["validate"] + setup) / (whole + setup)
    print(f"\nvalidation: {per_article_ms:.2f} ms per article")
    print(f"validation / whole run                   {steady:6.1%}  target < {TARGET:.0%}: {verdict(steady)}")
    print(f"(validation + GX setup) / (run + setup)  {cold:6.1%}  target < {TARGET:.0%}: {verdict(cold)}")
    return steady < TARGET and cold < TARGET


def verdict(ratio: float) -> str:
    return "met" if ratio < TARGET else "MISSED"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=Settings.batch_size)
    args = parser.parse_args()
    settings = from_env().tuned(batch_size=args.batch_size)
    start = time.perf_counter()
    warm_up()
    setup = time.perf_counter() - start
    clock = Clock()
    with serve() as site, tempfile.TemporaryDirectory() as tmp:
        counts = run(site, settings, args.articles, Path(tmp) / "bench.duckdb", clock)
    met = report(clock.spent, setup, dict(counts), args.articles, settings.batch_size)
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
