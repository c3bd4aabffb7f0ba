"""What the CLI shows: progress on a terminal, the run summary, and query results.

On a TTY, progress bars (feeds, pages, articles) and Prefect logs at WARNING; in logs and CI,
plain lines and Prefect's INFO logs.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from sitrep import progress

out = Console(highlight=False, width=None if sys.stdout.isatty() else 140)
err = Console(stderr=True, highlight=False, soft_wrap=True)
DEMO_QUERIES = ("most_quoted_speakers", "largest_money_figures", "syndicated_statements")
CELL_CHARS = 90


def info(message: str) -> None:
    err.print(message)


def error(message: str) -> None:
    err.print(f"error: {message}", style="bold red" if err.is_terminal else None)


class RichReporter:
    """Progress bars, one per stage, created when the stage announces its total."""

    def __init__(self, bars: Progress) -> None:
        self.bars, self.ids = bars, {}

    def total(self, stage: str, n: int) -> None:
        if stage not in self.ids:
            self.ids[stage] = self.bars.add_task(stage, total=0)
        self.bars.update(self.ids[stage], total=(self.bars.tasks[self.ids[stage]].total or 0) + n)

    def advance(self, stage: str, n: int = 1) -> None:
        if stage in self.ids:
            self.bars.advance(self.ids[stage], n)


def run_flow(name: str, **params) -> dict:
    """Run a flow in-process (Prefect's ephemeral API when no server is configured)."""
    if err.is_terminal:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from flows import backfill, nightly
    from sitrep.settings import SettingsError
    from tasks.feeds import FeedsConfigError
    from tasks.validate import BatchRejected, SuiteError
    from tasks.warehouse import WarehouseError

    flow = {"nightly": nightly.nightly, "backfill": backfill.backfill}[name]
    try:
        preflight(name, params)
    except (FeedsConfigError, WarehouseError, SettingsError) as exc:
        error(str(exc))
        sys.exit(2)
    bars = Progress(
        TextColumn("{task.description:>9}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
    )
    restore = progress.install(RichReporter(bars) if err.is_terminal else None)
    try:
        with bars if err.is_terminal else _nothing():
            return flow(**params)
    except (FeedsConfigError, WarehouseError, SettingsError, SuiteError) as exc:
        error(str(exc))
        sys.exit(2)
    except BatchRejected as exc:
        error(str(exc))
        sys.exit(1)
    except OSError as exc:
        error(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
        sys.exit(2)
    finally:
        restore()


def preflight(name: str, params: dict) -> None:
    """Check the feeds file and the warehouse before paying for a flow run."""
    from sitrep.settings import from_env
    from tasks.feeds import load_feeds_file
    from tasks.publish import check_writable, require_warehouse

    settings = from_env().with_paths(params.get("feeds_path"), params.get("warehouse_path"))
    settings.tuned(params.get("batch_size"), params.get("max_failed_share"))
    if name == "nightly":
        load_feeds_file(settings.feeds_path)
    else:
        require_warehouse(settings.warehouse_path)
    check_writable(settings.warehouse_path)


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc) -> None:
        return None


def print_summary(summary: dict) -> None:
    """The run's counts, then the warehouse's table sizes."""
    table = Table(title=f"sitrep {summary['flow']} run: {summary['outcome']}", show_header=False)
    keys = [
        ("feeds read (200)", "feeds_read"),
        ("feeds unchanged (304)", "feeds_unchanged"),
        ("feeds failed", "feeds_failed"),
        ("articles new", "articles_new"),
        ("articles already known", "articles_unchanged"),
        ("articles failed", "articles_failed"),
        ("quotes loaded", "quotes_loaded"),
        ("speakers loaded", "speakers_loaded"),
        ("figures loaded", "figures_loaded"),
        ("checks passed", "checks_passed"),
        ("checks failed", "checks_failed"),
        ("rows quarantined", "rows_quarantined"),
    ]
    for label, key in keys:
        if key in summary:
            table.add_row(label, str(summary[key]))
    rows = summary.get("warehouse_rows") or {}
    table.add_row("warehouse rows", ", ".join(f"{t} {n}" for t, n in rows.items()))
    out.print(table)
    if summary.get("message"):
        out.print(summary["message"])


def print_examples(warehouse: Path) -> None:
    """A few example analyst queries from warehouse/queries/, with their results."""
    from tasks.warehouse import QUERIES_DIR

    for name in DEMO_QUERIES:
        path = QUERIES_DIR / f"{name}.sql"
        if not path.exists():
            continue
        sql = path.read_text(encoding="utf-8")
        out.print(f"\n[bold]-- {path.relative_to(QUERIES_DIR.parent.parent)}[/bold]")
        out.print(first_comment(sql))
        print_query(warehouse, sql, [], "table", limit=8)


def first_comment(sql: str) -> str:
    """The leading `--` comment of a query file: what question it answers."""
    lines = [ln[2:].strip() for ln in sql.splitlines() if ln.startswith("--")]
    return " ".join(lines[:2])


def print_query(warehouse: Path, sql: str, params: list[str], fmt: str, limit: int | None = None) -> None:
    """Run `sql` read-only and print it as a table, CSV or JSON lines."""
    import duckdb

    from tasks.warehouse import WarehouseError, connect, first_line

    try:
        with connect(Path(warehouse), read_only=True, wait_s=30) as con:
            cur = con.execute(sql, params or None)
            cols = [d[0] for d in cur.description or []]
            rows = cur.fetchall()
    except WarehouseError as exc:
        error(str(exc))
        sys.exit(2)
    except duckdb.Error as exc:
        error(first_line(exc))
        sys.exit(2)
    render(cols, rows[:limit] if limit else rows, fmt, total=len(rows))


def cell(value: object) -> str:
    """A table cell: long texts cut short (CSV and JSON keep them whole)."""
    text = "" if value is None else str(value)
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


def render(cols: list[str], rows: list[tuple], fmt: str, total: int | None = None) -> None:
    """Print rows in the chosen format."""
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(cols)
        writer.writerows(rows)
        sys.stdout.write(buf.getvalue())
    elif fmt == "json":
        for row in rows:
            sys.stdout.write(json.dumps(dict(zip(cols, row, strict=True)), default=str) + "\n")
    else:
        table = Table(*cols)
        for row in rows:
            table.add_row(*(cell(v) for v in row))
        out.print(table)
        shown = len(rows)
        out.print(f"({shown} rows)" if total in (None, shown) else f"({shown} of {total} rows)")
