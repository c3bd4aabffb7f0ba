"""`sitrep demo` as `make demo` runs it, twice: the second night finds every feed unchanged."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import duckdb

SITREP = Path(sys.executable).with_name("sitrep")
TABLES = ("articles", "speakers", "quotes", "figures", "feeds", "raw_pages", "article_duplicates")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def demo(wh: Path, port: int) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "SITREP_ALLOWED_HOSTS"}
    return subprocess.run(
        [str(SITREP), "demo", "--warehouse", str(wh), "--port", str(port)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def counts(wh: Path) -> dict[str, int]:
    with duckdb.connect(str(wh), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_demo_twice_same_rows_and_all_feeds_unchanged(tmp_path: Path) -> None:
    wh, port = tmp_path / "sitrep.duckdb", free_port()
    first = demo(wh, port)
    assert first.returncode == 0, first.stderr[-2000:]
    assert "most_quoted_speakers.sql" in first.stdout and "Alan Mercer" in first.stdout
    after_first = counts(wh)
    assert after_first["articles"] >= 25
    second = demo(wh, port)
    assert second.returncode == 0, second.stderr[-2000:]
    assert counts(wh) == after_first
    with duckdb.connect(str(wh), read_only=True) as con:
        last = con.execute(
            "SELECT feeds_read, feeds_unchanged, articles_new FROM runs ORDER BY started_at DESC LIMIT 1"
        ).fetchone()
    assert last == (0, 3, 0)
    assert "Traceback" not in first.stderr + second.stderr


def test_a_busy_port_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        result = demo(tmp_path / "w.duckdb", busy.getsockname()[1])
    assert result.returncode == 2 and "cannot serve the demo site" in result.stderr
    assert "Traceback" not in result.stderr
