"""Feeds: the YAML feeds file, conditional GETs of each feed, and feed items as a frame.

feedparser reads RSS 2.0, RSS 1.0/RDF and Atom alike; each feed's ETag/Last-Modified is kept
in the warehouse and sent back, so an unchanged feed (304) costs nothing downstream.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import polars as pl
import yaml
from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.tasks import exponential_backoff

from sitrep.settings import HttpSettings
from tasks import http
from tasks.clean import now_utc

ITEMS = {
    "feed": pl.String,
    "url": pl.String,
    "title": pl.String,
    "guid": pl.String,
    "published_at": pl.Datetime("us", "UTC"),
}
FEED_STATE = {
    "name": pl.String,
    "url": pl.String,
    "tags": pl.List(pl.String),
    "etag": pl.String,
    "last_modified": pl.String,
    "last_status": pl.Int32,
    "last_fetched_at": pl.Datetime("us", "UTC"),
    "last_error": pl.String,
    "items_seen": pl.Int32,
}


class FeedsConfigError(ValueError):
    """The feeds file is missing, not YAML, or not shaped like `feeds: [{name, url}]`."""


@dataclass(frozen=True)
class FeedSpec:
    """One entry of the feeds file."""

    name: str
    url: str
    tags: tuple[str, ...] = field(default_factory=tuple)


def load_feeds_config(text: str, source: str = "feeds file") -> list[FeedSpec]:
    """Parse the feeds file's YAML into FeedSpecs, with one clear message for each mistake."""
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise FeedsConfigError(f"{source} is not valid YAML: {exc}".splitlines()[0]) from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("feeds"), list):
        raise FeedsConfigError(f"{source} must have a top-level `feeds:` list")
    specs, names = [], set()
    for i, entry in enumerate(doc["feeds"], start=1):
        if not isinstance(entry, dict) or not entry.get("name") or not entry.get("url"):
            raise FeedsConfigError(f"{source}: feed #{i} needs a `name` and a `url`")
        name, url = str(entry["name"]), str(entry["url"])
        if not url.startswith(("http://", "https://")):
            raise FeedsConfigError(f"{source}: feed {name!r} has a URL that is not http(s): {url}")
        if name in names:
            raise FeedsConfigError(f"{source}: feed name {name!r} appears twice")
        names.add(name)
        tags = entry.get("tags") or []
        if isinstance(tags, str):
            tags = [tags]
        specs.append(FeedSpec(name=name, url=url, tags=tuple(str(t) for t in tags)))
    return specs


def load_feeds_file(path: Path) -> list[FeedSpec]:
    """The feeds file at `path`, parsed; a missing or unreadable file is a FeedsConfigError."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise FeedsConfigError(f"cannot read feeds file {path}: {exc.strerror or exc}") from exc
    return load_feeds_config(text, source=str(path))


def _entry_time(entry: dict) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    return None


def parse_feed(content: bytes, feed_name: str, base_url: str | None = None) -> pl.DataFrame:
    """Items of one feed document (any format feedparser knows), one row per distinct link."""
    parsed = feedparser.parse(content, response_headers={"content-location": base_url} if base_url else None)
    rows = []
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if not link:
            continue
        rows.append(
            {
                "feed": feed_name,
                "url": link,
                "title": (entry.get("title") or "").strip() or None,
                "guid": entry.get("id") or link,
                "published_at": _entry_time(entry),
            }
        )
    return pl.DataFrame(rows, schema=ITEMS).unique(subset="url", keep="first", maintain_order=True)


def combine_items(frames: list[pl.DataFrame]) -> pl.DataFrame:
    """All feeds' items, one row per link: an article cross-listed by two feeds is one article
    (kept under the first feed that lists it)."""
    if not frames:
        return pl.DataFrame(schema=ITEMS)
    return pl.concat(frames).unique(subset="url", keep="first", maintain_order=True)


def conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """Validators from the last fetch, as request headers."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def feed_outcome(spec: FeedSpec, resp: http.Response, items: int, fetched_at: datetime) -> dict:
    """The feeds-table row for one fetch (validators kept from the response when it gives them)."""
    return {
        "name": spec.name,
        "url": spec.url,
        "tags": list(spec.tags),
        "etag": resp.etag,
        "last_modified": resp.last_modified,
        "last_status": resp.status,
        "last_fetched_at": fetched_at,
        "last_error": resp.error,
        "items_seen": items,
    }


@task(
    name="fetch-feeds",
    retries=2,
    retry_delay_seconds=exponential_backoff(backoff_factor=2),
    cache_policy=NO_CACHE,
)
def fetch_feeds(
    specs: list[FeedSpec], state: pl.DataFrame, settings: HttpSettings
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """GET every feed conditionally; return (items of changed feeds, new feed state rows)."""
    known = {row["name"]: row for row in state.iter_rows(named=True)}
    requests = []
    for spec in specs:
        prev = known.get(spec.name)
        same_url = prev is not None and prev["url"] == spec.url
        headers = conditional_headers(prev["etag"], prev["last_modified"]) if same_url else {}
        requests.append(http.Request(spec.url, headers))
    responses = http.fetch_all(requests, settings)
    fetched_at = now_utc()
    frames, outcomes = [], []
    for spec, resp in zip(specs, responses, strict=True):
        items = parse_feed(resp.content, spec.name, resp.final_url) if resp.ok else pl.DataFrame(schema=ITEMS)
        frames.append(items)
        outcomes.append(feed_outcome(spec, resp, items.height, fetched_at))
    return combine_items(frames), pl.DataFrame(outcomes, schema=FEED_STATE)
