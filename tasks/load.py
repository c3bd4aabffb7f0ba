"""Load: one batch into DuckDB in one transaction, idempotently.

Articles and speakers are upserted on their natural keys; an article's quotes and figures are
replaced whole, so re-running a night (or re-extracting) leaves exactly one current set of rows.
Keys are de-duplicated inside the batch first: ON CONFLICT would silently keep the first of two
rows with one key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks import warehouse
from tasks.schema import KEYS, conform


@dataclass
class Batch:
    """Everything one batch writes. Frames may be empty; none may be missing."""

    articles: pl.DataFrame
    speakers: pl.DataFrame
    quotes: pl.DataFrame
    figures: pl.DataFrame
    raw_pages: pl.DataFrame
    quarantine: pl.DataFrame | None = None
    dq_results: pl.DataFrame | None = None
    fingerprints: pl.DataFrame | None = None
    duplicates: pl.DataFrame | None = None
    dq_validations: pl.DataFrame | None = None


def dedupe(table: str, frame: pl.DataFrame) -> pl.DataFrame:
    """The table's rows with one row per key (the last one wins, as the latest extraction)."""
    return conform(table, frame).unique(subset=KEYS[table], keep="last", maintain_order=True)


def write_batch(con, batch: Batch) -> dict[str, int]:
    """Write a batch on an open connection inside one transaction; returns rows written per table."""
    articles = dedupe("articles", batch.articles)
    tables = {name: dedupe(name, getattr(batch, name)) for name in ("speakers", "quotes", "figures")}
    raw = batch.raw_pages.unique(subset=["url", "content_hash"], keep="last")
    con.execute("BEGIN TRANSACTION")
    try:
        warehouse.run_with_batch(con, "insert_raw_pages", raw)
        if articles.height:
            warehouse.run_with_batch(con, "upsert_articles", articles)
            warehouse.run_with_batch(con, "delete_quotes", articles.select("article_id"))
            warehouse.run_with_batch(con, "delete_figures", articles.select("article_id"))
            warehouse.run_with_batch(con, "delete_duplicates", articles.select("article_id"))
        optional = [
            ("upsert_fingerprints", batch.fingerprints),
            ("insert_duplicates", batch.duplicates),
            ("insert_quarantine", batch.quarantine),
            ("insert_dq_results", batch.dq_results),
            ("insert_dq_validations", batch.dq_validations),
        ]
        if tables["speakers"].height:
            warehouse.run_with_batch(con, "upsert_speakers", tables["speakers"])
        if tables["quotes"].height:
            warehouse.run_with_batch(con, "insert_quotes", tables["quotes"])
        if tables["figures"].height:
            warehouse.run_with_batch(con, "insert_figures", tables["figures"])
        for name, frame in optional:
            if frame is not None and frame.height:
                warehouse.run_with_batch(con, name, frame)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return {"articles": articles.height, "raw_pages": raw.height} | {k: v.height for k, v in tables.items()}


@task(name="load-batch", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def load_batch(warehouse_path: Path, batch: Batch) -> dict[str, int]:
    """Open the warehouse only for this batch's transaction, so readers wait seconds, not a run."""
    with warehouse.connect(warehouse_path, must_exist=True) as con:
        return write_batch(con, batch)
