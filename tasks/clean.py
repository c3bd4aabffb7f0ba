"""Clean: raw HTML -> article text plus metadata, with trafilatura.

The text keeps one paragraph per line ("\n" between paragraphs): the quote extractor relies on
paragraph breaks. The headline is metadata, not body, so a leading line equal to the title is
dropped from the text.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import polars as pl
import py3langid
import trafilatura
from prefect import task
from prefect.cache_policies import NO_CACHE

from sitrep import progress
from tasks.ids import content_hash, stable_id
from tasks.schema import ARTICLES, conform, empty

FAILURES = {"url": pl.String, "feed": pl.String, "error": pl.String}
HTML_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


def clean_html(html: str | bytes, url: str | None = None) -> dict | None:
    """Article text and metadata from one page, or None when trafilatura finds no article.

    Keys: text, title, author, published_at (datetime UTC or None), site_name, canonical_url,
    language.
    """
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is None or not (doc.text or "").strip():
        return None
    title = (doc.title or "").strip() or None
    text = strip_headline(normalize_text(doc.text), title)
    if not text:
        return None
    return {
        "text": text,
        "title": title,
        "author": (doc.author or "").strip() or None,
        "published_at": parse_date(doc.date),
        "site_name": (doc.sitename or "").strip() or None,
        "canonical_url": doc.url or url,
        "language": detect_language(html, text),
    }


def normalize_text(text: str) -> str:
    """One paragraph per line, no blank lines, no trailing spaces."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def strip_headline(text: str, title: str | None) -> str:
    """Drop the first line when it repeats the title (trafilatura keeps the h1 in the body)."""
    if not title:
        return text
    first, _, rest = text.partition("\n")
    return rest if first.strip() == title else text


def parse_date(value: str | None) -> datetime | None:
    """trafilatura's ISO date (YYYY-MM-DD) as a UTC datetime."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def detect_language(html: str | bytes, text: str) -> str | None:
    """The page's declared <html lang>, else py3langid's guess on the text."""
    head = html[:4096].decode("utf-8", "replace") if isinstance(html, bytes) else html[:4096]
    declared = HTML_LANG.search(head)
    if declared:
        return declared.group(1).lower()
    if len(text) < 40:
        return None
    return py3langid.classify(text[:2000])[0]


def now_utc() -> datetime:
    """The current time in UTC (one place, so runs stamp consistently)."""
    return datetime.now(UTC)


def article_row(page: dict, meta: dict) -> dict:
    """An articles row from a fetched page and what trafilatura found in it."""
    return {
        "article_id": stable_id(page["url"]),
        "url": page["url"],
        "canonical_url": meta["canonical_url"] or page["final_url"],
        "feed": page["feed"],
        "title": meta["title"] or page["item_title"],
        "author": meta["author"],
        "published_at": page["item_published_at"] or meta["published_at"],
        "fetched_at": page["fetched_at"],
        "language": meta["language"],
        "site_name": meta["site_name"],
        "text": meta["text"],
        "content_hash": content_hash(meta["text"]),
    }


def clean_frame(pages: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(articles, failures) from fetched pages; a page with no article text is a failure."""
    articles, failures = [], []
    for page in pages.filter(pl.col("error").is_null()).iter_rows(named=True):
        try:
            meta = clean_html(page["content"], page["final_url"] or page["url"])
        except Exception as exc:  # trafilatura/lxml raise many types on hostile markup
            meta, reason = None, f"clean failed: {type(exc).__name__}: {exc}"
        else:
            reason = "no article text found"
        if meta is None:
            failures.append({"url": page["url"], "feed": page["feed"], "error": reason})
        else:
            articles.append(article_row(page, meta))
    return (
        conform("articles", pl.DataFrame(articles, schema_overrides=ARTICLES, strict=False))
        if articles
        else empty("articles"),
        pl.DataFrame(failures, schema=FAILURES),
    )


@task(name="clean-pages", cache_policy=NO_CACHE)
def clean_pages(pages: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Trafilatura over a batch of pages (pure work, so no retries)."""
    result = clean_frame(pages)
    progress.advance("articles", pages.height)
    return result
