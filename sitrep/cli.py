"""The `sitrep` command: run the nightly flow, the demo, a backfill, or SQL on the warehouse.

User mistakes (missing feeds file, bad YAML, unwritable warehouse, bad SQL) end in one clear
line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

import sitrep  # noqa: F401  (offline-hygiene environment first)
from sitrep import console

app = typer.Typer(
    help="sitrep: defense news feeds -> who said what, and which numbers they named -> DuckDB.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DEMO_PORT = 8642
FeedsOpt = Annotated[
    Path | None,
    typer.Option("--feeds", envvar="SITREP_FEEDS", help="YAML feeds file: `feeds: [{name, url, tags}]`."),
]
WarehouseOpt = Annotated[
    Path | None,
    typer.Option("--warehouse", envvar="SITREP_WAREHOUSE", help="DuckDB file to write (created if missing)."),
]


def _fail(message: str, code: int = 2) -> None:
    console.error(message)
    raise typer.Exit(code)


def _run_and_report(flow: str, **params: object) -> None:
    """Run a flow, print its summary, and exit non-zero unless it completed."""
    summary = console.run_flow(flow, **params)
    console.print_summary(summary)
    if summary.get("outcome") != "completed":
        raise typer.Exit(1)


@app.command()
def run(
    feeds: FeedsOpt = None,
    warehouse: WarehouseOpt = None,
    batch_size: Annotated[
        int | None, typer.Option(help="Articles per batch (task runs grow per batch).")
    ] = None,
    max_failed_share: Annotated[
        float | None, typer.Option(help="Share of quarantined rows above which a batch loads nothing.")
    ] = None,
) -> None:
    """Run the nightly flow once: read the feeds, fetch new articles, extract, check, load."""
    _run_and_report(
        "nightly",
        feeds_path=str(feeds) if feeds else None,
        warehouse_path=str(warehouse) if warehouse else None,
        batch_size=batch_size,
        max_failed_share=max_failed_share,
    )


@app.command()
def backfill(
    since: Annotated[str, typer.Option(help="First publication day to re-process (YYYY-MM-DD).")],
    until: Annotated[str, typer.Option(help="Day after the last one to re-process (YYYY-MM-DD).")],
    warehouse: WarehouseOpt = None,
    batch_size: Annotated[int | None, typer.Option(help="Articles per batch.")] = None,
) -> None:
    """Re-extract stored articles published in [since, until) from their raw HTML (no network)."""
    try:
        start, end = date.fromisoformat(since), date.fromisoformat(until)
    except ValueError as exc:
        _fail(f"--since/--until must be dates like 2026-11-01: {exc}")
    if end <= start:
        _fail("--until must be after --since")
    _run_and_report(
        "backfill",
        since=start.isoformat(),
        until=end.isoformat(),
        warehouse_path=str(warehouse) if warehouse else None,
        batch_size=batch_size,
    )


@app.command()
def demo(
    warehouse: WarehouseOpt = None,
    port: Annotated[
        int,
        typer.Option(
            envvar="SITREP_DEMO_PORT",
            help="Loopback port for the demo site. Keep it fixed: feed and article URLs include it, "
            "so a second run finds them unchanged.",
        ),
    ] = DEMO_PORT,
) -> None:
    """Serve the bundled demo corpus on 127.0.0.1, run the nightly flow on it, show example queries."""
    from sitrep.demo import serve
    from sitrep.settings import DEFAULT_WAREHOUSE

    target = warehouse or DEFAULT_WAREHOUSE
    os.environ["SITREP_ALLOWED_HOSTS"] = "127.0.0.1"  # the demo never leaves loopback
    os.environ.setdefault("SITREP_PER_HOST_DELAY", "0.02")
    with ExitStack() as stack:
        try:
            site = stack.enter_context(serve(port=port))
        except OSError as exc:
            _fail(f"cannot serve the demo site on 127.0.0.1:{port} ({exc.strerror or exc}); try --port")
        feeds_file = target.parent / "demo-feeds.yaml"
        try:
            feeds_file.parent.mkdir(parents=True, exist_ok=True)
            feeds_file.write_text(site.feeds_yaml(), encoding="utf-8")
        except OSError as exc:
            _fail(f"cannot write {feeds_file}: {exc.strerror or exc}")
        console.info(f"demo site on {site.base} ({len(site.feed_urls())} feeds); warehouse {target}")
        _run_and_report("nightly", feeds_path=str(feeds_file), warehouse_path=str(target))
    console.print_examples(target)


@app.command()
def sql(
    query: Annotated[str | None, typer.Argument(help="SQL to run (or use -f FILE).")] = None,
    file: Annotated[Path | None, typer.Option("-f", "--file", help="Read the SQL from this file.")] = None,
    warehouse: WarehouseOpt = None,
    csv: Annotated[bool, typer.Option("--csv", help="Print CSV.")] = False,
    json_: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="A value for each `?`.")] = None,
) -> None:
    """Run SQL on the warehouse, opened read-only, and print the result."""
    from sitrep.settings import DEFAULT_WAREHOUSE

    if (query is None) == (file is None):
        _fail("give either a query or -f FILE")
    if file is not None:
        try:
            query = file.read_text(encoding="utf-8")
        except OSError as exc:
            _fail(f"cannot read {file}: {exc.strerror or exc}")
    fmt = "csv" if csv else "json" if json_ else "table"
    console.print_query(warehouse or DEFAULT_WAREHOUSE, query or "", list(param or []), fmt)


@app.command()
def docs(
    warehouse: WarehouseOpt = None,
    out: Annotated[Path, typer.Option("--out", help="Folder to build the HTML Data Docs in.")] = Path(
        "dq-docs"
    ),
    runs: Annotated[int, typer.Option("--runs", help="How many of the latest runs to include.")] = 10,
) -> None:
    """Build Great Expectations' HTML Data Docs from the stored validation results; print the page."""
    import duckdb

    from sitrep.settings import DEFAULT_WAREHOUSE
    from tasks.dq_docs import docs_from_warehouse
    from tasks.warehouse import WarehouseError, first_line

    try:
        index = docs_from_warehouse(warehouse or DEFAULT_WAREHOUSE, out, runs)
    except WarehouseError as exc:
        _fail(str(exc))
    except duckdb.Error as exc:
        _fail(f"cannot read validation results: {first_line(exc)}")
    except OSError as exc:
        _fail(f"cannot build the docs in {out}: {exc.strerror or exc}")
    print(index.resolve().as_uri())


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        console.error("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
