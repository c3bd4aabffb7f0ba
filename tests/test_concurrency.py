"""Analysts reading while the nightly run writes: every read gets rows, none waits on the run,
and an analyst's open session does not block the writer (the flow publishes by atomic rename)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from sitrep.demo import Site

SITREP = Path(sys.executable).with_name("sitrep")
CONSISTENT = (
    "SELECT (SELECT count(*) FROM articles), "
    "(SELECT count(*) FROM quotes q LEFT JOIN articles a USING (article_id) WHERE a.article_id IS NULL)"
)


def run(feeds: Path, wh: Path, delay: str) -> subprocess.Popen:
    env = os.environ | {"SITREP_ALLOWED_HOSTS": "127.0.0.1", "SITREP_PER_HOST_DELAY": delay}
    return subprocess.Popen(
        [str(SITREP), "run", "--feeds", str(feeds), "--warehouse", str(wh), "--batch-size", "5"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_reads_during_a_run_get_rows_and_never_block_it(tmp_path: Path, demo_site: Site) -> None:
    lines = demo_site.feeds_yaml().splitlines(keepends=True)
    one_feed = tmp_path / "one.yaml"
    one_feed.write_text("".join(lines[:4]), encoding="utf-8")  # `feeds:` and the first entry
    all_feeds = tmp_path / "all.yaml"
    all_feeds.write_text("".join(lines), encoding="utf-8")
    wh = tmp_path / "analysts.duckdb"
    first = run(one_feed, wh, "0")
    assert first.wait(timeout=300) == 0, first.stdout.read()
    with duckdb.connect(str(wh), read_only=True) as con:
        before = con.execute(CONSISTENT).fetchone()
    assert before[0] > 0

    held_open = duckdb.connect(str(wh), read_only=True)  # an analyst's session, open all run long
    second = run(all_feeds, wh, "0.15")
    reads, slowest = [], 0.0
    while second.poll() is None:
        t0 = time.monotonic()
        with duckdb.connect(str(wh), read_only=True) as con:
            reads.append(con.execute(CONSISTENT).fetchone())
        slowest = max(slowest, time.monotonic() - t0)
        assert held_open.execute(CONSISTENT).fetchone() == before  # a stable snapshot
        time.sleep(0.05)
    output = second.stdout.read()
    held_open.close()
    assert second.returncode == 0, output
    assert len(reads) >= 10
    assert all(orphans == 0 and articles >= before[0] for articles, orphans in reads)
    assert slowest < 2.0
    with duckdb.connect(str(wh), read_only=True) as con:
        after = con.execute(CONSISTENT).fetchone()
    assert after[0] > before[0] and after[1] == 0
