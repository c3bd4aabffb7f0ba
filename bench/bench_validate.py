"""The cost of validation inside a real nightly run, on the demo corpus scaled to N articles.

Issue 4's target: validation costs < 20% of a nightly run. This runs the real `nightly` flow
(Prefect test harness, real HTTP over loopback, GX, DuckDB) on a generated site that repeats the
demo pages under distinct URLs, then reads the flow's task runs back from the Prefect API:
validation's share = time in `validate` task runs / the flow run's own run time (the temporary
API server's start is outside the flow run, so it is not counted). GX's one-time import and
context setup run in a background thread at the start of the flow, overlapping the fetches, so
they are not inside `validate`; they are measured cold in a fresh process and a second,
conservative share adds them in full: (validate + GX setup) / flow run.

Two scenarios, both measured: `--delay 0` (no politeness delay: the cheapest possible fetching,
the worst case for validation's share) and the nightly's own default delay (0.5 s between
requests to one host) with the items spread over `--hosts` loopback addresses, as a night over
several outlets is.

    .venv/bin/python bench/bench_validate.py [--articles 300] [--hosts 4] [--batch-size 200]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sitrep  # noqa: F401  (offline-hygiene environment first)
from sitrep.demo import DEMO_SITE, serve
from sitrep.settings import HttpSettings

TARGET = 0.20


def build_site(root: Path, n: int, hosts: int) -> list[list[str]]:
    """n demo pages under distinct paths; returns, per host, the paths its feed lists."""
    pages = sorted(DEMO_SITE.rglob("*.html"))
    (root / "feeds").mkdir(parents=True)
    per_host: list[list[str]] = [[] for _ in range(hosts)]
    for i in range(n):
        src = pages[i % len(pages)]
        rel = f"copy{i}/{src.parent.name}/{src.name}"
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, root / rel)
        per_host[i % hosts].append(rel)
    return per_host


def feed_xml(host: int, paths: list[str]) -> str:
    items = "".join(
        f"<item><title>{p}</title><link>{{{{BASE}}}}/{p}</link>"
        f"<pubDate>Tue, 24 Nov 2026 {10 + i % 10}:{i % 60:02d}:00 GMT</pubDate></item>"
        for i, p in enumerate(paths)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>host {host}</title>{items}</channel></rss>'
    )


def task_seconds(flow_run_id: str) -> tuple[float, dict[str, float]]:
    """(the flow run's run time, seconds per task name) from the Prefect API."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    client = get_client(sync_client=True)
    flow_run = client.read_flow_run(flow_run_id)
    runs = client.read_task_runs(
        flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run.id])), limit=200
    )
    spent: dict[str, float] = defaultdict(float)
    for run in runs:
        spent[run.name.rsplit("-", 1)[0]] += run.total_run_time.total_seconds()
    return flow_run.total_run_time.total_seconds(), dict(spent)


def gx_setup_seconds() -> float:
    """GX import + ephemeral context + suites, cold, in a fresh process (what each run pays)."""
    code = (
        "import time, sitrep; t = time.perf_counter(); "
        "from tasks.validate import warm_up; warm_up(); print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def scenario(n: int, hosts: int, delay: float, batch_size: int, setup: float) -> tuple[float, float]:
    """Run one night; print its stage times; return validation's share."""
    from flows.nightly import nightly

    os.environ["SITREP_PER_HOST_DELAY"] = str(delay)
    os.environ["SITREP_ALLOWED_HOSTS"] = ",".join(f"127.0.0.{h + 1}" for h in range(hosts))
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        per_host = build_site(Path(tmp) / "site", n, hosts)
        lines = ["feeds:"]
        for h, paths in enumerate(per_host):
            (Path(tmp) / "site" / "feeds" / f"host{h}.rss").write_text(feed_xml(h, paths), encoding="utf-8")
        for h in range(hosts):
            site = stack.enter_context(serve(Path(tmp) / "site", host=f"127.0.0.{h + 1}"))
            lines += [f"  - name: host{h}", f'    url: "{site.base}/feeds/host{h}.rss"']
        feeds = Path(tmp) / "feeds.yaml"
        feeds.write_text("\n".join(lines) + "\n", encoding="utf-8")
        summary = nightly(
            feeds_path=str(feeds), warehouse_path=str(Path(tmp) / "w.duckdb"), batch_size=batch_size
        )
    whole, spent = task_seconds(summary["run_id"])
    print(f"\n{n} articles over {hosts} loopback hosts, {delay:g} s per-host delay, batches of {batch_size}")
    print(
        f"  loaded: {summary['articles_new']} articles, {summary['quotes_loaded']} quotes, "
        f"{summary['figures_loaded']} figures; {summary['rows_quarantined']} rows quarantined"
    )
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<16} {seconds:8.3f} s  {seconds / whole:6.1%}")
    print(f"  {'flow run':<16} {whole:8.3f} s")
    share = spent.get("validate", 0.0) / whole
    full = (spent.get("validate", 0.0) + setup) / whole
    print(f"  validate / flow run:               {share:6.1%}  (target < {TARGET:.0%}: {verdict(share)})")
    print(f"  (validate + GX setup) / flow run:  {full:6.1%}  (target < {TARGET:.0%}: {verdict(full)})")
    return share, full


def verdict(ratio: float) -> str:
    return "met" if ratio < TARGET else "MISSED"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--hosts", type=int, default=4)
    ap.add_argument("--batch-size", type=int, default=200)
    args = ap.parse_args()
    from prefect.testing.utilities import prefect_test_harness

    setup = gx_setup_seconds()
    print(f"GX setup, cold in a fresh process: {setup:.2f} s")
    with prefect_test_harness(server_startup_timeout=120):
        worst = scenario(args.articles, args.hosts, 0.0, args.batch_size, setup)
        polite = scenario(args.articles, args.hosts, HttpSettings.per_host_delay_s, args.batch_size, setup)
    print(
        f"\nvalidation share (validate / with GX setup): {worst[0]:.1%} / {worst[1]:.1%} with no politeness "
        f"delay (worst case); {polite[0]:.1%} / {polite[1]:.1%} with the nightly's default delay"
    )
    sys.exit(0 if polite[1] < TARGET else 1)


if __name__ == "__main__":
    main()
