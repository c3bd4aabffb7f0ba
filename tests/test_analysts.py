"""What analysts rely on, on a real demo warehouse: views, comments, example queries, quotations."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from tasks.warehouse import QUERIES_DIR

SYNDICATED = (
    "Every ally that is still below 2% is borrowing its security from its neighbors, "
    "and that bill is coming due,"
)
WIRE = "allied-wire/nato-allies-spending-target.html"
REPUBLISHED = "ironside-dispatch/valstad-nato-laggards-bill-coming-due.html"
EDITED = "harbor-defense-review/nato-ministers-spending-bill-coming-due.html"


@pytest.fixture(scope="module")
def con(demo_warehouse: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect(str(demo_warehouse), read_only=True)
    yield connection
    connection.close()


def query(con: duckdb.DuckDBPyConnection, name: str, params: list | None = None) -> list[dict]:
    cur = con.execute((QUERIES_DIR / f"{name}.sql").read_text(encoding="utf-8"), params or None)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def article_id(con: duckdb.DuckDBPyConnection, suffix: str) -> str:
    return con.execute("SELECT article_id FROM articles WHERE url LIKE '%' || ?", [suffix]).fetchone()[0]


def test_every_table_view_and_column_is_commented(con) -> None:
    missing = con.execute(
        "SELECT table_name || '.' || column_name FROM duckdb_columns() WHERE NOT internal AND comment IS NULL"
    ).fetchall()
    assert missing == []
    assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE comment IS NULL").fetchone() == (0,)
    assert con.execute(
        "SELECT count(*) FROM duckdb_views() WHERE NOT internal AND comment IS NULL"
    ).fetchone() == (0,)


def test_copies_of_one_story_are_linked_to_the_wire_original(con) -> None:
    wire, copy, edited = (article_id(con, s) for s in (WIRE, REPUBLISHED, EDITED))
    links = dict(
        ((a, m), d)
        for a, d, m in con.execute(
            "SELECT article_id, duplicate_of, method FROM article_duplicates"
        ).fetchall()
    )
    assert links == {(copy, "content_hash"): wire, (edited, "minhash"): wire}


def test_a_syndicated_quote_is_one_quotation_with_three_occurrences(con) -> None:
    rows = con.execute(
        "SELECT speaker, occurrences, articles, stories, outlets FROM quotations WHERE text = ?", [SYNDICATED]
    ).fetchall()
    assert rows == [("Ingrid Valstad", 3, 3, 1, 3)]
    raw = con.execute("SELECT count(*) FROM quotes WHERE text = ?", [SYNDICATED]).fetchone()[0]
    assert raw == 3


def test_speaker_activity_counts_stories_not_copies(con) -> None:
    stories = con.execute(
        "SELECT sum(stories) FROM speaker_activity WHERE speaker = 'Ingrid Valstad'"
    ).fetchone()[0]
    articles = con.execute(
        "SELECT count(DISTINCT article_id) FROM quote_facts WHERE speaker = 'Ingrid Valstad'"
    ).fetchone()[0]
    distinct_stories = con.execute(
        "SELECT count(DISTINCT story_id) FROM quotes JOIN article_stories USING (article_id) "
        "JOIN speakers USING (speaker_id) WHERE name = 'Ingrid Valstad'"
    ).fetchone()[0]
    assert stories == distinct_stories == articles - 2  # the two copies of the wire story add nothing


def test_there_are_at_least_eight_example_queries() -> None:
    assert len(list(QUERIES_DIR.glob("*.sql"))) >= 8
    for path in QUERIES_DIR.glob("*.sql"):
        assert path.read_text(encoding="utf-8").startswith("-- "), f"{path.name} must say what it answers"


def test_most_quoted_speakers_counts_statements_and_stories_not_copies(con) -> None:
    rows = query(con, "most_quoted_speakers")
    assert rows[0]["speaker"] == "Alan Mercer" and rows[0]["title"] == "Defense Secretary"
    assert [r["statements"] for r in rows] == sorted((r["statements"] for r in rows), reverse=True)
    valstad = next(r for r in rows if r["speaker"] == "Ingrid Valstad")
    assert valstad["quote_rows"] > valstad["statements"]  # the syndicated story repeats her words
    assert (
        valstad["stories"]
        < con.execute(
            "SELECT count(DISTINCT article_id) FROM quote_facts WHERE speaker = 'Ingrid Valstad'"
        ).fetchone()[0]
    )


def test_nato_spending_most_quoted(con) -> None:
    rows = query(con, "nato_spending_most_quoted")
    assert rows[0]["speaker"] == "Ingrid Valstad"
    assert rows[0]["statements"] >= 2 and rows[0]["outlet_pickups"] >= 3


def test_figures_named_by_a_speaker(con) -> None:
    rows = query(con, "figures_named_by", ["Alan Mercer"])
    named = {(r["kind"], r["value"], r["unit"]) for r in rows}
    assert ("count", 80000.0, "troops") in named
    assert ("percent", 4.5, "percent") in named


def test_quotes_mentioning_percent_and_figures_by_speaker(con) -> None:
    percent = query(con, "quotes_mentioning_percent")
    assert any(r["speaker"] == "Ingrid Valstad" and r["figure"] == "2%" for r in percent)
    by_speaker = query(con, "figures_by_speaker")
    assert by_speaker and all(r["speaker"] for r in by_speaker)


def test_new_speakers_this_week(con) -> None:
    rows = query(con, "new_speakers_this_week")
    latest = con.execute("SELECT max(published_at) FROM articles").fetchone()[0]
    assert rows and all((latest - r["first_seen"]).days < 7 for r in rows)


def test_syndicated_statements(con) -> None:
    rows = query(con, "syndicated_statements")
    assert any(r["text"] == SYNDICATED and r["stories"] == 1 for r in rows)
    assert all(r["articles"] > 1 for r in rows)


def test_largest_money_figures(con) -> None:
    rows = query(con, "largest_money_figures")
    assert [r["value"] for r in rows] == sorted((r["value"] for r in rows), reverse=True)
    assert any(r["figure"] == "$850 billion" and r["currency"] == "USD" for r in rows)


def test_unattributed_quotes(con) -> None:
    rows = query(con, "unattributed_quotes")
    assert any(r["quote"] == "Air defense is the oxygen of this war," for r in rows)


def test_speaker_weekly_activity(con) -> None:
    rows = query(con, "speaker_weekly_activity")
    assert rows and all(r["quotes"] >= r["stories"] >= 1 for r in rows)


def test_quality_gate_report_matches_the_quarantine(con) -> None:
    rows = query(con, "quality_gate_report")
    total = con.execute("SELECT count(*) FROM quarantine").fetchone()[0]
    assert sum(r["rows_quarantined"] for r in rows) == total
