"""The DuckDB warehouse: connections, migrations, views and the named SQL statements.

SQL lives in `warehouse/` as .sql files; this module only finds, orders and runs them. How the
flows' working file becomes the analysts' file is `tasks/publish.py`.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import duckdb
import polars as pl

from sitrep.settings import WAREHOUSE_DIR

MIGRATIONS_DIR = WAREHOUSE_DIR / "migrations"
VIEWS_DIR = WAREHOUSE_DIR / "views"
STATEMENTS_DIR = WAREHOUSE_DIR / "statements"
QUERIES_DIR = WAREHOUSE_DIR / "queries"
MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")
LOCK_MARKERS = ("Conflicting lock", "Could not set lock")


class WarehouseError(RuntimeError):
    """A warehouse problem a user can act on (path not writable, file locked too long, ...)."""


@cache
def statement(name: str) -> str:
    """The SQL text of `warehouse/statements/<name>.sql`."""
    return (STATEMENTS_DIR / f"{name}.sql").read_text(encoding="utf-8")


def migrations() -> list[tuple[int, str, Path]]:
    """(version, name, path) of every migration file, in version order."""
    found = []
    for path in sorted(MIGRATIONS_DIR.glob("*.sql")):
        match = MIGRATION_NAME.match(path.name)
        if match:
            found.append((int(match.group(1)), match.group(2), path))
    return found


def _open(path: Path, read_only: bool, wait_s: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait_s
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if not any(m in str(exc) for m in LOCK_MARKERS) or time.monotonic() > deadline:
                raise WarehouseError(f"cannot open warehouse {path}: {first_line(exc)}") from exc
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
        except duckdb.Error as exc:
            raise WarehouseError(f"cannot open warehouse {path}: {first_line(exc)}") from exc


def first_line(exc: BaseException) -> str:
    """The first line of an error message (DuckDB appends hints and stack traces)."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


@contextmanager
def connect(
    path: Path, *, read_only: bool = False, wait_s: float = 60.0, must_exist: bool = False
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the warehouse file, waiting (with backoff) while another process writes.

    `must_exist`: refuse to create a missing file (a task mid-run must not start an empty one).
    """
    path = Path(path)
    if must_exist and not path.exists():
        raise WarehouseError(f"the warehouse file {path} disappeared during the run")
    if not read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WarehouseError(f"cannot create the warehouse folder {path.parent}: {exc}") from exc
    elif not path.exists():
        raise WarehouseError(f"no warehouse at {path}: run `sitrep run` first")
    con = _open(path, read_only, wait_s)
    try:
        yield con
    finally:
        con.close()


def migrate(con: duckdb.DuckDBPyConnection, upto: int | None = None) -> list[int]:
    """Apply the migrations this file has not had (up to version `upto`), each in its own
    transaction, then refresh the views."""
    con.execute((WAREHOUSE_DIR / "schema_version.sql").read_text(encoding="utf-8"))
    done = {row[0] for row in con.execute("SELECT version FROM schema_version").fetchall()}
    applied = []
    for version, name, path in migrations():
        if version in done or (upto is not None and version > upto):
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(path.read_text(encoding="utf-8"))
            con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [version, name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    if upto is None:
        refresh_views(con)
    return applied


def refresh_views(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create every view in `warehouse/views/` (CREATE OR REPLACE, so always current)."""
    for path in sorted(VIEWS_DIR.glob("*.sql")):
        con.execute(path.read_text(encoding="utf-8"))


def run_with_batch(con: duckdb.DuckDBPyConnection, name: str, batch: pl.DataFrame) -> None:
    """Run statement `name`, which reads the frame under the relation name `batch`."""
    con.register("batch", batch.to_arrow())
    con.execute(statement(name))  # on error the transaction is aborted; register() replaces next time
    con.unregister("batch")


def query_with_batch(con: duckdb.DuckDBPyConnection, name: str, batch: pl.DataFrame) -> pl.DataFrame:
    """Run a SELECT statement that reads `batch`, as a Polars frame."""
    con.register("batch", batch.to_arrow())
    result = select(con, statement(name))
    con.unregister("batch")
    return result


def select(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pl.DataFrame:
    """A SELECT's rows as a Polars frame (through Arrow; DuckDB 2 results are not Polars-aware)."""
    return pl.from_arrow(con.sql(sql, params=params).to_arrow_table())


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per analysts' table."""
    return dict(con.execute(statement("table_counts")).fetchall())
