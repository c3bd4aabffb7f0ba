"""The analysts' copy: flows write their own file and publish it by atomic rename.

DuckDB lets one process write a file or many read it, not both. So flows write a working file
beside the analysts' file (`.NAME.work.duckdb`) and, when a run completes, publish a
checkpointed copy over the analysts' file with `os.replace`. An analyst's open connection keeps
reading the snapshot it opened; the next one sees the new run. Nobody is locked out, no read is
torn, and an analyst's session left open never blocks the nightly run.

One run at a time writes the working file: a run lock (`.NAME.lock`, fcntl) is held from the
start of a run to its close, whichever flow (nightly, backfill, a manual `sitrep run`) it is.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import threading
import time
from pathlib import Path

import duckdb

from tasks.warehouse import WarehouseError, connect

_HELD: dict[Path, int] = {}
_GUARD = threading.Lock()


def working_path(published: Path) -> Path:
    """The flows' own file for the analysts' file `published` (same folder, hidden name)."""
    published = Path(published)
    return published.with_name(f".{published.stem}.work{published.suffix}")


def _has_schema(path: Path) -> bool:
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return False
    try:
        return bool(
            con.execute(
                "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_version'"
            ).fetchone()[0]
        )
    finally:
        con.close()


def adopt(published: Path) -> Path:
    """The working file, (re)seeded from the analysts' file when it is missing or empty.

    A stale write-ahead log beside a re-seeded file would not match it, so it goes too.
    """
    published = Path(published)
    work = working_path(published)
    if published.is_dir():
        raise WarehouseError(f"{published} is a folder, not a warehouse file")
    if published.exists() and (not work.exists() or not _has_schema(work)):
        try:
            Path(f"{work}.wal").unlink(missing_ok=True)
            shutil.copyfile(published, work)
        except OSError as exc:
            raise WarehouseError(f"cannot copy {published} to {work}: {exc.strerror or exc}") from exc
    return work


def publish(published: Path) -> None:
    """Checkpoint the working file and atomically replace the analysts' file with a copy of it.

    The connection stays open during the copy, so no other process can write the file meanwhile.
    """
    published = Path(published)
    work = working_path(published)
    staging = published.with_name(f".{published.name}.{os.getpid()}.publishing")
    with connect(work, must_exist=True) as con:
        con.execute("CHECKPOINT")
        try:
            shutil.copyfile(work, staging)
            os.replace(staging, published)
        except OSError as exc:
            raise WarehouseError(f"cannot publish {published}: {exc.strerror or exc}") from exc
        finally:
            staging.unlink(missing_ok=True)


def prepare(published: Path) -> Path:
    """The working file's folder made and the file adopted; returns the working file's path."""
    published = Path(published)
    try:
        published.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WarehouseError(f"cannot create the warehouse folder {published.parent}: {exc}") from exc
    return adopt(published)


def check_writable(published: Path) -> None:
    """Fail fast, before a run starts, when the warehouse's folder or working file is unusable."""
    with connect(prepare(published), wait_s=5):
        pass


def require_warehouse(published: Path) -> None:
    """A backfill re-processes stored articles: the analysts' file must already exist."""
    if not Path(published).is_file():
        raise WarehouseError(f"no warehouse at {published}: a backfill re-processes stored articles")


def _lock_path(published: Path) -> Path:
    return Path(published).with_name(f".{Path(published).stem}.lock").resolve()


def acquire_run_lock(published: Path, wait_s: float = 6 * 3600) -> None:
    """Wait (up to `wait_s`) until no other run writes this warehouse, then hold the lock."""
    path = _lock_path(published)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o644)
    except OSError as exc:
        raise WarehouseError(f"cannot create the run lock {path}: {exc.strerror or exc}") from exc
    deadline = time.monotonic() + wait_s
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() > deadline:
                os.close(fd)
                raise WarehouseError(f"another run has held {path} for over {wait_s:.0f} s") from None
            time.sleep(0.5)
    with _GUARD:
        _HELD[path] = fd


def release_run_lock(published: Path) -> None:
    """Let the next run in."""
    with _GUARD:
        fd = _HELD.pop(_lock_path(published), None)
    if fd is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
