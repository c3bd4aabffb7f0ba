"""The analysts' copy: adoption, atomic publishing, snapshots, and one run at a time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tasks import warehouse
from tasks.publish import acquire_run_lock, adopt, publish, release_run_lock, working_path


def make(path: Path, rows: int, first: int = 0) -> None:
    with warehouse.connect(path) as con:
        warehouse.migrate(con)
        for i in range(first, first + rows):
            con.execute("INSERT INTO feeds (name, url) VALUES (?, ?)", [f"f{i}", f"http://127.0.0.1/{i}"])


def feeds(path: Path) -> int:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute("SELECT count(*) FROM feeds").fetchone()[0]


def test_publish_replaces_the_analysts_file_and_open_readers_keep_their_snapshot(tmp_path: Path) -> None:
    published = tmp_path / "sitrep.duckdb"
    make(working_path(published), 2)
    publish(published)
    reader = duckdb.connect(str(published), read_only=True)
    make(working_path(published), 3, first=2)
    publish(published)
    assert reader.execute("SELECT count(*) FROM feeds").fetchone() == (2,)  # the snapshot it opened
    reader.close()
    assert feeds(published) == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == [".sitrep.work.duckdb", "sitrep.duckdb"]


def test_a_missing_or_empty_working_file_is_re_seeded_from_the_analysts_file(tmp_path: Path) -> None:
    published = tmp_path / "sitrep.duckdb"
    make(working_path(published), 4)
    publish(published)
    work = working_path(published)
    work.unlink()
    duckdb.connect(str(work)).close()  # an empty file left by a crash
    Path(f"{work}.wal").write_bytes(b"stale")
    assert adopt(published) == work
    assert feeds(work) == 4 and not Path(f"{work}.wal").exists()


def test_a_task_never_creates_a_vanished_working_file(tmp_path: Path) -> None:
    with (
        pytest.raises(warehouse.WarehouseError, match="disappeared"),
        warehouse.connect(tmp_path / "gone.duckdb", must_exist=True),
    ):
        pass
    assert not (tmp_path / "gone.duckdb").exists()


def test_a_folder_is_not_a_warehouse(tmp_path: Path) -> None:
    (tmp_path / "adir").mkdir()
    with pytest.raises(warehouse.WarehouseError, match="is a folder"):
        adopt(tmp_path / "adir")


def test_one_run_at_a_time(tmp_path: Path) -> None:
    published = tmp_path / "sitrep.duckdb"
    acquire_run_lock(published)
    code = (
        "import sys; from tasks.publish import acquire_run_lock; from tasks.warehouse import WarehouseError\n"
        f"try: acquire_run_lock({str(published)!r}, wait_s=0.5)\n"
        "except WarehouseError as e: print('refused:', e); sys.exit(3)\n"
    )
    held = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert held.returncode == 3 and "another run has held" in held.stdout
    release_run_lock(published)
    free = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert free.returncode == 0, free.stdout + free.stderr
