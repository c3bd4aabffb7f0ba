"""The warehouse shell on real DuckDB files: migrations, idempotent loads, lock waits."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl
import pytest

from tasks import warehouse
from tasks.load import Batch, write_batch
from tasks.publish import check_writable
from tasks.schema import conform, empty

NOW = datetime(2026, 11, 30, 12, tzinfo=UTC)


def article(article_id: str, text: str = "Body text.") -> dict:
    return {
        "article_id": article_id,
        "url": f"http://127.0.0.1/{article_id}",
        "text": text,
        "fetched_at": NOW,
    }


def batch(quote_text: str = "We will", title: str | None = "Secretary") -> Batch:
    return Batch(
        articles=conform("articles", pl.DataFrame([article("a1"), article("a2")])),
        speakers=conform(
            "speakers",
            pl.DataFrame(
                [
                    {"speaker_id": "s1", "name": "Ann Lee", "title": title, "kind": "person"},
                    {"speaker_id": "s1", "name": "Ann Lee", "title": title, "kind": "person"},
                ]
            ),
        ),
        quotes=conform(
            "quotes",
            pl.DataFrame(
                [
                    {
                        "quote_id": "q1",
                        "article_id": "a1",
                        "speaker_id": "s1",
                        "text": quote_text,
                        "start_char": 1,
                    }
                ]
                * 2,
                schema_overrides={"start_char": pl.Int64},
            ).with_columns(end_char=pl.lit(8, pl.Int64), is_partial=pl.lit(False)),
        ),
        figures=empty("figures"),
        raw_pages=pl.DataFrame(
            {
                "url": ["http://127.0.0.1/a1"],
                "content_hash": ["h"],
                "final_url": [None],
                "fetched_at": [NOW],
                "http_status": [200],
                "content_type": ["text/html"],
                "html_gz": [b"\x1f\x8b"],
            }
        ),
    )


def counts(path: Path) -> dict[str, int]:
    with warehouse.connect(path) as con:
        return warehouse.table_counts(con)


def test_migrations_apply_once_and_record_versions(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    with warehouse.connect(path) as con:
        assert warehouse.migrate(con) == [v for v, _, _ in warehouse.migrations()]
        assert warehouse.migrate(con) == []
        versions = con.execute("SELECT version FROM schema_version ORDER BY 1").fetchall()
        views = {
            r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()
        }
    assert [v for (v,) in versions] == [v for v, _, _ in warehouse.migrations()]
    assert {"quote_facts", "figure_facts"} <= views


def test_loading_the_same_batch_twice_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    with warehouse.connect(path) as con:
        warehouse.migrate(con)
        written = write_batch(con, batch())
        first = warehouse.table_counts(con)
        write_batch(con, batch())
        assert warehouse.table_counts(con) == first
    assert written["speakers"] == 1 and written["quotes"] == 1  # duplicate keys folded inside the batch
    assert first == {"articles": 2, "speakers": 1, "quotes": 1, "figures": 0, "feeds": 0, "raw_pages": 1}


def test_reload_replaces_an_articles_quotes_and_keeps_known_titles(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    with warehouse.connect(path) as con:
        warehouse.migrate(con)
        write_batch(con, batch())
        write_batch(con, batch(quote_text="We shall", title=None))
        assert con.execute("SELECT text FROM quotes").fetchall() == [("We shall",)]
        assert con.execute("SELECT title FROM speakers").fetchall() == [("Secretary",)]


def test_a_failing_batch_rolls_back_whole(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    bad = batch()
    bad.quotes = bad.quotes.with_columns(text=pl.lit(None, pl.String))  # NOT NULL violation
    with warehouse.connect(path) as con:
        warehouse.migrate(con)
        with pytest.raises(duckdb.ConstraintException):
            write_batch(con, bad)
        assert warehouse.table_counts(con)["articles"] == 0


def test_unopenable_warehouse_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    with pytest.raises(warehouse.WarehouseError, match="cannot create the warehouse folder"):
        check_writable(blocker / "w.duckdb")
    with (
        pytest.raises(warehouse.WarehouseError, match="no warehouse at"),
        warehouse.connect(tmp_path / "missing.duckdb", read_only=True),
    ):
        pass


def test_connect_waits_for_another_writer(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    with warehouse.connect(path) as con:
        warehouse.migrate(con)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb,time; c=duckdb.connect({str(path)!r}); print('held', flush=True); "
            "time.sleep(1.5)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    started = datetime.now(UTC)
    with warehouse.connect(path, read_only=True, wait_s=30) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (0,)
    waited = (datetime.now(UTC) - started).total_seconds()
    holder.wait()
    assert waited > 0.2  # it really had to wait for the writer to let go
