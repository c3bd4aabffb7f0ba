"""Extract: article text -> quotes with their speakers, and figures linked to the quote saying them.

`extract_article` is the pure per-article rule set (`tasks.extraction.extract_texts` runs it over many
texts, stage by stage); `extract_batch` turns a frame of articles into
the speakers/quotes/figures frames of `tasks.schema`, with stable ids: a speaker is keyed by its
folded full name (one row per person across the warehouse), a quote by its article and offsets,
a figure by its article, offsets and kind. Bump EXTRACTOR_VERSION whenever a rule changes: the
backfill re-extracts articles whose rows carry an older version.
"""

from __future__ import annotations

import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.currencies import local_dollar
from tasks.extraction import extract_texts
from tasks.ids import fold, stable_id
from tasks.schema import TABLES, conform
from tasks.spans import ArticleExtraction, Figure, Quote, Speaker

EXTRACTOR_VERSION = "2026.12-rules.29"


def extract_article(text: str, dollar: str = "USD") -> ArticleExtraction:
    """Quotes with speakers, and figures with the index of the quote they were said in; `dollar`
    is what a bare "$" means on the article's page (`tasks.currencies.local_dollar`)."""
    return extract_texts([text], [dollar])[0]


def speaker_id(speaker: Speaker | None) -> str | None:
    """One id per folded full name: the same person across articles and runs."""
    return None if speaker is None else stable_id(fold(speaker.name))


def extract_batch(articles: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """The speakers, quotes and figures frames for a frame of articles (article_id, text)."""
    speakers: dict[str, dict] = {}
    quote_rows: list[dict] = []
    figure_rows: list[dict] = []
    urls = articles["canonical_url"] if "canonical_url" in articles.columns else [None] * articles.height
    texts = [t or "" for t in articles["text"]]
    extractions = extract_texts(texts, [local_dollar(u) for u in urls])
    for article_id, extraction in zip(articles["article_id"], extractions, strict=True):
        quote_ids = []
        for q in extraction.quotes:
            sid = speaker_id(q.speaker)
            if q.speaker is not None:
                add_speaker(speakers, sid, q.speaker)
            quote_rows.append(quote_row(article_id, q, sid))
            quote_ids.append((quote_rows[-1]["quote_id"], sid))
        for f in extraction.figures:
            qid, sid = quote_ids[f.quote_index] if f.quote_index is not None else (None, None)
            figure_rows.append(figure_row(article_id, f, qid, sid))
    return {
        "speakers": frame("speakers", list(speakers.values())),
        "quotes": frame("quotes", quote_rows, versioned=True),
        "figures": frame("figures", figure_rows, versioned=True),
    }


def quote_row(article_id: str, q: Quote, sid: str | None) -> dict:
    """A quotes row; its id is its article and offsets."""
    return {
        "quote_id": stable_id(article_id, q.start, q.end),
        "article_id": article_id,
        "speaker_id": sid,
        "text": q.text,
        "start_char": q.start,
        "end_char": q.end,
        "is_partial": q.is_partial,
    }


def figure_row(article_id: str, f: Figure, qid: str | None, sid: str | None) -> dict:
    """A figures row; its id holds the value too, as a range gives two values one span."""
    return {
        "figure_id": stable_id(article_id, f.start, f.end, f.kind, f.value),
        "article_id": article_id,
        "quote_id": qid,
        "speaker_id": sid,
        "kind": f.kind,
        "value": float(f.value),
        "unit": f.unit,
        "raw": f.raw,
        "context": f.context,
        "start_char": f.start,
        "end_char": f.end,
    }


def add_speaker(speakers: dict[str, dict], sid: str | None, speaker: Speaker) -> None:
    """Keep one row per speaker id, filling title and organization from the first that gives them."""
    row = speakers.get(sid)
    if row is None:
        speakers[sid] = {
            "speaker_id": sid,
            "name": speaker.name,
            "title": speaker.title,
            "organization": speaker.organization,
            "kind": speaker.kind,
        }
        return
    row["title"] = row["title"] or speaker.title
    row["organization"] = row["organization"] or speaker.organization


def frame(table: str, rows: list[dict], versioned: bool = False) -> pl.DataFrame:
    """Rows as a frame conformed to the table's schema."""
    schema = {k: v for k, v in TABLES[table].items() if k != "extractor_version"}
    df = pl.DataFrame(rows, schema=schema) if rows else pl.DataFrame(schema=schema)
    if versioned:
        df = df.with_columns(pl.lit(EXTRACTOR_VERSION).alias("extractor_version"))
    return conform(table, df)


@task(name="extract-articles", cache_policy=NO_CACHE)
def extract_articles(articles: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """Quotes, speakers and figures of a batch of articles (pure work, so no retries)."""
    return extract_batch(articles)
