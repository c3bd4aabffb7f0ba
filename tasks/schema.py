"""The frames that flow between stages, one Polars schema per warehouse table.

Stages hand each other these frames; the loader writes them to the tables of the same name
(see warehouse/migrations). Changing a schema here means a migration there.
"""

from __future__ import annotations

import polars as pl

UTC_TS = pl.Datetime("us", "UTC")

ARTICLES = {
    "article_id": pl.String,
    "url": pl.String,
    "canonical_url": pl.String,
    "feed": pl.String,
    "title": pl.String,
    "author": pl.String,
    "published_at": UTC_TS,
    "fetched_at": UTC_TS,
    "language": pl.String,
    "site_name": pl.String,
    "text": pl.String,
    "content_hash": pl.String,
    "extractor_version": pl.String,
}

SPEAKERS = {
    "speaker_id": pl.String,
    "name": pl.String,
    "title": pl.String,
    "organization": pl.String,
    "kind": pl.String,  # "person" or "organization"
}

QUOTES = {
    "quote_id": pl.String,
    "article_id": pl.String,
    "speaker_id": pl.String,  # null when the article does not say who spoke
    "text": pl.String,  # exactly articles.text[start_char:end_char], without the marks
    "start_char": pl.Int64,
    "end_char": pl.Int64,
    "is_partial": pl.Boolean,
    "extractor_version": pl.String,
}

FIGURES = {
    "figure_id": pl.String,
    "article_id": pl.String,
    "quote_id": pl.String,
    "speaker_id": pl.String,
    "kind": pl.String,  # percent | money | count | quantity
    "value": pl.Float64,
    "unit": pl.String,
    "raw": pl.String,
    "context": pl.String,
    "start_char": pl.Int64,
    "end_char": pl.Int64,
    "extractor_version": pl.String,
}

TABLES: dict[str, dict[str, pl.DataType]] = {
    "articles": ARTICLES,
    "speakers": SPEAKERS,
    "quotes": QUOTES,
    "figures": FIGURES,
}

KEYS = {"articles": "article_id", "speakers": "speaker_id", "quotes": "quote_id", "figures": "figure_id"}


def empty(table: str) -> pl.DataFrame:
    """An empty frame with the table's schema."""
    return pl.DataFrame(schema=TABLES[table])


def conform(table: str, frame: pl.DataFrame) -> pl.DataFrame:
    """The frame with exactly the table's columns, in order and type (missing ones null)."""
    schema = TABLES[table]
    cols = [
        (pl.col(name) if name in frame.columns else pl.lit(None)).cast(dtype).alias(name)
        for name, dtype in schema.items()
    ]
    return frame.select(cols)
