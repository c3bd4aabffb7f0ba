"""A warehouse made by the previous schema version upgrades in place, keeping every row."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tasks import warehouse

NOW = datetime(2026, 11, 20, tzinfo=UTC)


def seed_v1(con) -> None:
    """Rows as the first schema version stored them."""
    con.execute(
        "INSERT INTO articles (article_id, url, title, text, published_at, content_hash) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        ["a1", "http://127.0.0.1/a1", "Old story", '"We will," Ann Lee said.', NOW, "h1"],
    )
    con.execute("INSERT INTO speakers VALUES ('s1', 'Ann Lee', 'Secretary', 'NATO', 'person')")
    con.execute("INSERT INTO quotes VALUES ('q1', 'a1', 's1', 'We will,', 1, 9, false, 'v1')")
    con.execute(
        "INSERT INTO figures (figure_id, article_id, kind, value, unit, raw) "
        "VALUES ('f1', 'a1', 'percent', 5, 'percent', '5%')"
    )
    con.execute("INSERT INTO feeds (name, url, etag) VALUES ('wire', 'http://127.0.0.1/f.rss', '\"e1\"')")
    con.execute("INSERT INTO runs (run_id, flow, outcome) VALUES ('r1', 'nightly', 'completed')")


def test_upgrade_from_version_1_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with warehouse.connect(path) as con:
        assert warehouse.migrate(con, upto=1) == [1]
        seed_v1(con)
        before = warehouse.table_counts(con)
        tables_before = {t for (t,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert "article_duplicates" not in tables_before
    with warehouse.connect(path) as con:
        applied = warehouse.migrate(con)
        assert applied == [v for v, _, _ in warehouse.migrations() if v > 1]
        assert warehouse.table_counts(con) == before
        assert con.execute("SELECT etag FROM feeds").fetchone() == ('"e1"',)
        assert con.execute("SELECT speaker, quote, article_title FROM quote_facts").fetchall() == [
            ("Ann Lee", "We will,", "Old story")
        ]
        assert con.execute("SELECT story_id FROM article_stories").fetchall() == [("a1",)]
        versions = [v for (v,) in con.execute("SELECT version FROM schema_version ORDER BY 1").fetchall()]
        assert versions == [v for v, _, _ in warehouse.migrations()]


def test_migration_files_are_numbered_without_gaps() -> None:
    versions = [v for v, _, _ in warehouse.migrations()]
    assert versions == list(range(1, len(versions) + 1))
