"""The `sitrep` command as a user runs it: a subprocess, its exit code, its output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from sitrep.demo import Site

SITREP = Path(sys.executable).with_name("sitrep")


def sitrep(*args: str, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    full_env = os.environ | {"SITREP_ALLOWED_HOSTS": "127.0.0.1", "SITREP_PER_HOST_DELAY": "0"} | (env or {})
    return subprocess.run([str(SITREP), *args], capture_output=True, text=True, env=full_env, timeout=timeout)


def test_help_reads_well() -> None:
    result = sitrep("--help")
    assert result.returncode == 0
    for command in ("run", "backfill", "demo", "sql"):
        assert command in result.stdout
    run_help = sitrep("run", "--help").stdout
    assert "--feeds" in run_help and "--warehouse" in run_help and "SITREP_FEEDS" in run_help


@pytest.mark.parametrize(
    ("feeds_text", "message"),
    [
        (None, "cannot read feeds file"),
        ("feeds: [", "not valid YAML"),
        ("feeds: {}", "top-level `feeds:` list"),
    ],
)
def test_feeds_file_mistakes_are_one_line(tmp_path: Path, feeds_text: str | None, message: str) -> None:
    feeds = tmp_path / "feeds.yaml"
    if feeds_text is not None:
        feeds.write_text(feeds_text)
    result = sitrep("run", "--feeds", str(feeds), "--warehouse", str(tmp_path / "w.duckdb"), timeout=60)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert len(result.stderr.strip().splitlines()) == 1


def test_unwritable_warehouse_is_one_line(tmp_path: Path, feeds_file: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    result = sitrep("run", "--feeds", str(feeds_file), "--warehouse", str(blocker / "w.duckdb"), timeout=60)
    assert result.returncode == 2
    assert "cannot create the warehouse folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_run_then_sql(tmp_path: Path, demo_site: Site, feeds_file: Path) -> None:
    wh = tmp_path / "w.duckdb"
    result = sitrep("run", "--feeds", str(feeds_file), "--warehouse", str(wh))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "articles new" in result.stdout and "quotes loaded" in result.stdout
    assert "Traceback" not in result.stderr
    with duckdb.connect(str(wh), read_only=True) as con:
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert articles >= 25
    csv_out = sitrep("sql", "SELECT count(*) AS n FROM articles", "--warehouse", str(wh), "--csv")
    assert csv_out.returncode == 0 and csv_out.stdout.splitlines() == ["n", str(articles)]
    json_out = sitrep("sql", "SELECT ? AS x", "-p", "5%", "--warehouse", str(wh), "--json")
    assert json_out.stdout.strip() == '{"x": "5%"}'
    bad = sitrep("sql", "SELECT nope FROM articles", "--warehouse", str(wh))
    assert bad.returncode == 2 and "nope" in bad.stderr and "Traceback" not in bad.stderr
    docs = sitrep("docs", "--warehouse", str(wh), "--out", str(tmp_path / "docs"))
    assert docs.returncode == 0, docs.stderr[-2000:]
    index = Path(docs.stdout.strip().removeprefix("file://"))
    html = index.read_text(encoding="utf-8")
    assert index.name == "index.html" and all(suite in html for suite in ("articles", "quotes", "figures"))


def test_sql_on_a_missing_warehouse(tmp_path: Path) -> None:
    result = sitrep("sql", "SELECT 1", "--warehouse", str(tmp_path / "none.duckdb"))
    assert result.returncode == 2 and "no warehouse at" in result.stderr


@pytest.mark.parametrize(
    ("since", "until", "message"),
    [("yesterday", "2026-11-02", "must be dates"), ("2026-11-05", "2026-11-01", "must be after")],
)
def test_backfill_date_mistakes_are_one_line(tmp_path: Path, since: str, until: str, message: str) -> None:
    result = sitrep("backfill", "--since", since, "--until", until, "--warehouse", str(tmp_path / "w.duckdb"))
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["run"], {"SITREP_BATCH_SIZE": "abc"}, "SITREP_BATCH_SIZE='abc' is not a whole number"),
        (["run"], {"SITREP_MAX_FAILED_SHARE": "5"}, "must be between 0 and 1"),
        (["run", "--batch-size", "0"], {}, "batch size must be at least 1"),
        (["backfill", "--since", "2026-11-01", "--until", "2026-11-02"], {}, "no warehouse at"),
    ],
)
def test_settings_mistakes_are_one_line(
    tmp_path: Path, feeds_file: Path, args: list[str], env: dict, message: str
) -> None:
    result = sitrep(
        *args, "--warehouse", str(tmp_path / "none.duckdb"), env={"SITREP_FEEDS": str(feeds_file)} | env
    )
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_folder_as_warehouse_is_one_line(tmp_path: Path, feeds_file: Path) -> None:
    (tmp_path / "adir").mkdir()
    result = sitrep("run", "--feeds", str(feeds_file), "--warehouse", str(tmp_path / "adir"))
    assert result.returncode == 2 and "is a folder" in result.stderr and "Traceback" not in result.stderr
