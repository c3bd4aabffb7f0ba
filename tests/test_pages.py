"""Page batching, pure: items spread round-robin over hosts, order kept within a host."""

from __future__ import annotations

import polars as pl

from tasks.pages import interleave_by_host


def test_items_are_interleaved_by_host_keeping_each_hosts_order() -> None:
    urls = [f"http://a.test/{i}" for i in range(3)] + [
        "https://B.test:8080/x",
        "https://b.test:8080/y",
        "http://c.test/z",
    ]
    items = pl.DataFrame({"url": urls, "feed": ["a"] * 3 + ["b"] * 2 + ["c"]})
    got = interleave_by_host(items)["url"].to_list()
    assert got == [
        "http://a.test/0",
        "https://B.test:8080/x",
        "http://c.test/z",
        "http://a.test/1",
        "https://b.test:8080/y",
        "http://a.test/2",
    ]
    assert interleave_by_host(items).columns == ["url", "feed"]
    assert interleave_by_host(items.head(0)).height == 0
