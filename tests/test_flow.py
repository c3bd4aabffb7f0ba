"""The real nightly and backfill flows end to end: loopback HTTP, Prefect, GX, a DuckDB file."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.backfill import backfill
from flows.nightly import nightly
from sitrep.demo import Site
from tasks import warehouse
from tasks.publish import working_path

pytestmark = pytest.mark.usefixtures("prefect_harness", "polite_env")

CONTRACT = {
    "articles": "article_id, url, canonical_url, feed, title, author, published_at, fetched_at, language, "
    "text, content_hash, extractor_version",
    "speakers": "speaker_id, name, title, organization",
    "quotes": "quote_id, article_id, speaker_id, text, start_char, end_char, is_partial",
    "figures": "figure_id, article_id, quote_id, speaker_id, kind, value, unit, raw, context, "
    "start_char, end_char",
    "quote_facts": "speaker, speaker_title, speaker_organization, quote, article_title, url, published_at",
}


def rows(path: Path) -> dict[str, int]:
    with warehouse.connect(path, read_only=True) as con:
        return warehouse.table_counts(con)


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest):
    """Two nightly runs over the demo corpus into one warehouse: (path, first, second, site)."""
    request.getfixturevalue("prefect_harness")
    from sitrep.demo import serve

    with serve() as site, pytest.MonkeyPatch.context() as mp:
        mp.setenv("SITREP_ALLOWED_HOSTS", "127.0.0.1")
        mp.setenv("SITREP_PER_HOST_DELAY", "0")
        tmp = tmp_path_factory.mktemp("demo")
        feeds = tmp / "feeds.yaml"
        feeds.write_text(site.feeds_yaml(), encoding="utf-8")
        path = tmp / "w.duckdb"
        first = nightly(feeds_path=str(feeds), warehouse_path=str(path))
        after_first = rows(path)
        second = nightly(feeds_path=str(feeds), warehouse_path=str(path))
        yield path, first, second, after_first, site, feeds


def test_first_run_loads_the_demo_corpus(demo_run) -> None:
    _, first, _, after_first, site, _ = demo_run
    assert first["outcome"] == "completed"
    assert first["feeds_read"] == len(site.feed_urls()) >= 3
    assert first["articles_new"] == after_first["articles"] >= 25
    assert first["articles_failed"] == 0
    assert after_first["quotes"] > 50 and after_first["speakers"] > 10 and after_first["figures"] > 25
    assert first["checks_passed"] > 0
    assert first["rows_quarantined"] == 0  # the demo's own prose trips no quality gate
    assert after_first["raw_pages"] == after_first["articles"]


def test_second_run_is_all_304_and_changes_nothing(demo_run) -> None:
    path, _, second, after_first, site, _ = demo_run
    assert second["outcome"] == "completed"
    assert second["feeds_unchanged"] == len(site.feed_urls())
    assert second["articles_new"] == 0
    assert rows(path) == after_first


def test_items_already_known_are_not_fetched_again(demo_run) -> None:
    path, _, _, after_first, site, feeds = demo_run
    with warehouse.connect(working_path(path)) as con:
        con.execute("UPDATE feeds SET etag = NULL, last_modified = NULL")  # force full feed fetches
    third = nightly(feeds_path=str(feeds), warehouse_path=str(path))
    assert third["feeds_read"] == len(site.feed_urls()) and third["feeds_unchanged"] == 0
    assert third["articles_new"] == 0 and third["articles_unchanged"] == after_first["articles"]
    assert rows(path) == after_first


def test_backfill_re_extracts_from_stored_html_without_changing_rows(demo_run) -> None:
    path, _, _, after_first, _, _ = demo_run
    result = backfill(since="2026-01-01", until="2027-01-01", warehouse_path=str(path), batch_size=4)
    assert result["outcome"] == "completed"
    assert result["articles_new"] == after_first["articles"]
    assert rows(path) == after_first
    assert result["speakers_loaded"] == after_first["speakers"]  # once each, over seven batches


def test_contract_columns_and_offsets(demo_run) -> None:
    path = demo_run[0]
    con = duckdb.connect(str(path), read_only=True)
    try:
        for table, cols in CONTRACT.items():
            con.execute(f"SELECT {cols} FROM {table} LIMIT 1").fetchall()
        bad = con.execute(
            "SELECT count(*) FROM quotes q JOIN articles a USING (article_id) "
            "WHERE substr(a.text, q.start_char + 1, q.end_char - q.start_char) <> q.text"
        ).fetchone()[0]
        assert bad == 0
        kinds = {k for (k,) in con.execute("SELECT DISTINCT kind FROM figures").fetchall()}
        assert kinds == {"percent", "money", "count", "quantity"}
        runs = con.execute("SELECT outcome, count(*) FROM runs GROUP BY 1").fetchall()
        assert dict(runs)["completed"] >= 2
    finally:
        con.close()


def test_a_missing_feed_fails_that_feed_only(tmp_path: Path, demo_site: Site) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(demo_site.feeds_yaml() + f'  - name: gone\n    url: "{demo_site.base}/feeds/gone.rss"\n')
    result = nightly(feeds_path=str(feeds), warehouse_path=str(tmp_path / "w.duckdb"))
    assert result["outcome"] == "completed"
    assert result["feeds_failed"] == 1 and result["feeds_read"] == len(demo_site.feed_urls())
    assert result["articles_new"] >= 25
