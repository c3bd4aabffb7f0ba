"""GX Data Docs from stored results: a real validate_batch outcome, through the warehouse, as HTML.

GX runs for real (ephemeral contexts); Prefect is not started.
"""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import polars as pl
import pytest

from tasks import warehouse
from tasks.dq_docs import (
    UNRECORDED_RUN,
    build_data_docs,
    docs_from_warehouse,
    stamped,
    stored_results,
    validation_rows,
)
from tasks.extract import extract_batch
from tasks.schema import TABLES, conform
from tasks.validate import validate_batch

NOW = datetime(2025, 6, 24, 12, 0, tzinfo=UTC)
FILLER = " ".join(["Allied ministers met in Brussels to review readiness and procurement plans."] * 4)
GOOD_TEXT = (
    "Defense Secretary Pete Hegseth spoke to reporters at the Pentagon on Tuesday.\n"
    '"We will not back down," Hegseth said.\n'
    "Allies agreed to spend 5% of GDP on defense.\n" + FILLER
)


def _article(article_id: str, text: str) -> dict:
    return {
        "article_id": article_id,
        "url": f"https://example.test/{article_id}",
        "feed": "demo",
        "title": f"Story {article_id}",
        "published_at": NOW - timedelta(days=1),
        "fetched_at": NOW,
        "language": "en",
        "text": text,
        "content_hash": f"hash-{article_id}",
    }


def _batch() -> dict[str, pl.DataFrame]:
    """One good article with its extracted rows, and one bad row: an article too short to be one."""
    rows = [_article("good", GOOD_TEXT), _article("short", "Too short to be an article.")]
    articles = conform("articles", pl.DataFrame(rows, schema_overrides=TABLES["articles"]))
    return {"articles": articles, **extract_batch(articles)}


@pytest.fixture(scope="module")
def outcome():
    return validate_batch(_batch(), run_id="run-1", now=NOW)


def _text(path: Path) -> str:
    """A page's visible words (and its inline table data), one space apart."""
    page = path.read_text(encoding="utf-8")
    page = re.sub(r"<style.*?</style>", " ", page, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _pages(site: Path, suite: str) -> list[Path]:
    return sorted((site / "validations" / suite).rglob("*.html"))


def test_batch_has_the_one_bad_row(outcome):
    assert outcome.quarantine["row_key"].to_list() == ["short"]
    assert outcome.valid["quotes"].height >= 1
    assert set(outcome.gx_results) == set(TABLES)


def test_index_names_each_suite_and_shows_the_failed_expectation(outcome, tmp_path):
    results = [stamped(r, "run-1", NOW) for r in outcome.gx_results.values()]
    index = build_data_docs(results, tmp_path / "docs")
    assert index == (tmp_path / "docs" / "index.html").resolve()
    listing = index.read_text(encoding="utf-8")
    for suite in TABLES:
        [page] = _pages(index.parent, suite)
        assert page.relative_to(index.parent).as_posix() in listing
        assert f"Expectation Suite: {suite}" in _text(page)
    assert "'_validation_success_text': 'Failed'" in listing
    articles = _text(_pages(index.parent, "articles")[0])
    assert "Status: Failed" in articles
    assert "Run Name run-1" in articles
    failed = articles[articles.index("text_length Status") :]
    assert "greater than or equal to 200" in failed
    assert "1 unexpected values found" in failed[:400]
    assert "Status: Succeeded" in _text(_pages(index.parent, "speakers")[0])


def test_unstamped_results_still_render(outcome, tmp_path):
    index = build_data_docs(list(outcome.gx_results.values()), tmp_path / "docs")
    [page] = _pages(index.parent, "quotes")
    assert f"Run Name {UNRECORDED_RUN}" in _text(page)


def test_stamped_copies_and_names_the_run(outcome):
    original = outcome.gx_results["articles"]
    result = stamped(original, "run-9", NOW)
    assert result["meta"]["run_id"] == {"run_name": "run-9", "run_time": NOW.isoformat()}
    assert "run_id" not in original["meta"]
    assert result["results"] == original["results"]


def test_results_round_trip_through_the_warehouse_latest_runs_only(outcome, tmp_path):
    db = tmp_path / "wh.duckdb"
    with warehouse.connect(db) as con:
        warehouse.migrate(con)
        for n, run in enumerate(("run-old", "run-mid", "run-new")):
            rows = validation_rows(outcome.gx_results, run, NOW + timedelta(hours=n))
            warehouse.run_with_batch(con, "insert_dq_validations", rows)
        latest = stored_results(con, 2)
    assert [r["meta"]["run_id"]["run_name"] for r in latest] == ["run-mid"] * 4 + ["run-new"] * 4
    assert {r["suite_name"] for r in latest} == set(TABLES)
    assert json.dumps(latest[0]["results"], sort_keys=True, default=str) == json.dumps(
        outcome.gx_results[latest[0]["suite_name"]]["results"], sort_keys=True, default=str
    )
    index = docs_from_warehouse(db, tmp_path / "docs", runs=2)
    figures = index.parent / "validations" / "figures"
    runs = {page.relative_to(figures).parts[0] for page in _pages(index.parent, "figures")}
    assert runs == {"run-mid", "run-new"}
