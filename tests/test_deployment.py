"""The scheduled path for real: a Prefect server, a process work pool, `prefect deploy --all`
on the project's prefect.yaml, `prefect deployment run`, and a worker that runs the flow."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import httpx
import pytest

from sitrep.demo import Site
from sitrep.settings import PROJECT_ROOT

BIN = Path(sys.executable).parent
POOL = "sitrep-process"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(api: str, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"prefect server exited with {proc.returncode}")
        try:
            if httpx.get(f"{api}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise TimeoutError("prefect server did not become healthy")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, dict]]:
    """`prefect server start` on 127.0.0.1 with its own PREFECT_HOME (SQLite); stopped after."""
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")} | {
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_API_URL": api,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "GX_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_UI_ENABLED": "false",
    }
    log = (tmp_path / "server.log").open("w")
    proc = subprocess.Popen(
        [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_healthy(api, proc)
        yield api, env
    finally:
        stop(proc)
        log.close()


def prefect(env: dict, *args: str, timeout: int = 180) -> str:
    result = subprocess.run(
        [str(BIN / "prefect"), "--no-prompt", *args],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, f"prefect {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def flow_run_state(api: str, run_id: str) -> str:
    return httpx.get(f"{api}/flow_runs/{run_id}", timeout=10).json()["state"]["type"]


def test_nightly_deployment_runs_on_a_worker(server, tmp_path: Path, demo_site: Site) -> None:
    api, env = server
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(demo_site.feeds_yaml(), encoding="utf-8")
    wh = tmp_path / "nightly.duckdb"
    prefect(env, "work-pool", "create", POOL, "--type", "process")
    deployed = prefect(env, "deploy", "--all")
    assert "nightly" in deployed and "backfill" in deployed
    listed = httpx.post(f"{api}/deployments/filter", json={}, timeout=10).json()
    by_name = {d["name"]: d for d in listed}
    assert set(by_name) >= {"nightly", "backfill"}
    schedules = by_name["nightly"]["schedules"]
    assert schedules[0]["schedule"]["cron"] == "0 2 * * *"
    assert schedules[0]["schedule"]["timezone"] == "UTC"
    assert by_name["nightly"]["concurrency_limit"] == 1 or by_name["nightly"]["global_concurrency_limit"]
    assert by_name["backfill"]["schedules"] == []

    out = prefect(env, "deployment", "run", "nightly/nightly")
    run_id = re.search(r"UUID: ([0-9a-f-]{36})", out).group(1)
    worker_env = env | {
        "SITREP_FEEDS": str(feeds),
        "SITREP_WAREHOUSE": str(wh),
        "SITREP_ALLOWED_HOSTS": "127.0.0.1",
        "SITREP_PER_HOST_DELAY": "0",
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen(
        [str(BIN / "prefect"), "worker", "start", "--pool", POOL, "--limit", "1"],
        env=worker_env,
        cwd=PROJECT_ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 300
        state = flow_run_state(api, run_id)
        while state not in {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"} and time.monotonic() < deadline:
            time.sleep(1)
            state = flow_run_state(api, run_id)
    finally:
        stop(worker)
        log.close()
    assert state == "COMPLETED", (tmp_path / "worker.log").read_text()[-3000:]
    with duckdb.connect(str(wh), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] >= 25
        assert con.execute("SELECT count(*) FROM quotes").fetchone()[0] > 50
        assert con.execute("SELECT run_id, outcome FROM runs").fetchall() == [(run_id, "completed")]
    artifacts = httpx.post(
        f"{api}/artifacts/filter", json={"artifacts": {"flow_run_id": {"any_": [run_id]}}}, timeout=10
    ).json()
    assert {"run-summary", "warehouse-rows", "validation-results"} <= {a["key"] for a in artifacts}
