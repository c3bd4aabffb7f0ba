"""Feeds file and feed documents: the pure parsing core, no network."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest

from tasks.feeds import (
    FeedsConfigError,
    combine_items,
    conditional_headers,
    load_feeds_config,
    load_feeds_file,
    parse_feed,
)

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"


def test_feeds_config_reads_names_urls_and_tags() -> None:
    specs = load_feeds_config(
        "feeds:\n  - name: dod\n    url: https://example.org/rss\n    tags: [us, official]\n"
        "  - name: nato\n    url: http://example.org/atom\n    tags: nato\n"
    )
    assert [(s.name, s.url, s.tags) for s in specs] == [
        ("dod", "https://example.org/rss", ("us", "official")),
        ("nato", "http://example.org/atom", ("nato",)),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("feeds: [", "not valid YAML"),
        ("sources: []", "top-level `feeds:` list"),
        ("feeds: [{name: a}]", "needs a `name` and a `url`"),
        ("feeds: [{name: a, url: ftp://x/feed}]", r"not http\(s\)"),
        ("feeds: [{name: a, url: 'http://x/1'}, {name: a, url: 'http://x/2'}]", "appears twice"),
    ],
)
def test_feeds_config_mistakes_are_one_clear_message(text: str, message: str) -> None:
    with pytest.raises(FeedsConfigError, match=message) as info:
        load_feeds_config(text, source="feeds.yaml")
    assert "\n" not in str(info.value)


def test_missing_feeds_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(FeedsConfigError, match="cannot read feeds file"):
        load_feeds_file(tmp_path / "nope.yaml")


def test_rss2_items_deduplicated_with_utc_dates() -> None:
    items = parse_feed((FIXTURES / "wire.rss").read_bytes(), "wire")
    assert items["url"].to_list() == ["http://127.0.0.1/a/one.html", "http://127.0.0.1/a/two.html"]
    assert items["feed"].unique().to_list() == ["wire"]
    assert items["guid"].to_list() == ["wire-1", "wire-2"]
    assert items["published_at"].to_list() == [
        datetime(2026, 11, 23, 8, 30, tzinfo=UTC),
        datetime(2026, 11, 24, 13, 0, tzinfo=UTC),
    ]


def test_atom_links_resolved_against_the_feed_url_and_published_preferred() -> None:
    items = parse_feed(
        (FIXTURES / "review.atom").read_bytes(), "review", "http://127.0.0.1/feeds/review.atom"
    )
    assert items["url"].to_list() == ["http://127.0.0.1/b/munitions.html", "http://127.0.0.1/b/relative.html"]
    assert items["published_at"].to_list()[1] == datetime(2026, 11, 26, 9, 15, tzinfo=UTC)


def test_rdf_items() -> None:
    items = parse_feed((FIXTURES / "digest.rdf").read_bytes(), "digest")
    assert items.to_dicts() == [
        {
            "feed": "digest",
            "url": "http://127.0.0.1/c/space.html",
            "title": "Space Force orders more satellites",
            "guid": "http://127.0.0.1/c/space.html",
            "published_at": datetime(2026, 11, 28, 16, 45, tzinfo=UTC),
        }
    ]


def test_garbage_is_no_items_not_a_crash() -> None:
    assert parse_feed(b"\x00\xffnot a feed", "x").height == 0


def test_conditional_headers_only_for_known_validators() -> None:
    assert conditional_headers(None, None) == {}
    assert conditional_headers('"abc"', "Mon, 23 Nov 2026 08:30:00 GMT") == {
        "If-None-Match": '"abc"',
        "If-Modified-Since": "Mon, 23 Nov 2026 08:30:00 GMT",
    }


def test_an_item_cross_listed_by_two_feeds_is_one_item() -> None:
    wire = parse_feed((FIXTURES / "wire.rss").read_bytes(), "wire")
    also = wire.head(1).with_columns(feed=pl.lit("releases"))
    combined = combine_items([wire, also])
    assert combined["url"].to_list() == wire["url"].to_list()
    assert combined["feed"].to_list() == ["wire", "wire"]
    assert combine_items([]).height == 0
