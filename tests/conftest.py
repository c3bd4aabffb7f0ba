"""Shared fixtures: one Prefect test harness per session, loopback sites, temp warehouses."""

from __future__ import annotations

import os

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep.demo import Site, serve


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """A temporary Prefect API (SQLite) shared by every flow test: one ~5 s start per session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def demo_site() -> Iterator[Site]:
    """The bundled demo corpus served on 127.0.0.1."""
    with serve() as site:
        yield site


@pytest.fixture
def polite_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loopback only, and no politeness delay worth waiting for in tests."""
    monkeypatch.setenv("SITREP_ALLOWED_HOSTS", "127.0.0.1")
    monkeypatch.setenv("SITREP_PER_HOST_DELAY", "0")


@pytest.fixture
def feeds_file(tmp_path: Path, demo_site: Site) -> Path:
    """A feeds file pointing at the demo site."""
    path = tmp_path / "feeds.yaml"
    path.write_text(demo_site.feeds_yaml(), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def demo_warehouse(tmp_path_factory: pytest.TempPathFactory, prefect_harness: None) -> Path:
    """The analysts' file after one real nightly run over the demo corpus (read it, don't write)."""
    from flows.nightly import nightly

    tmp = tmp_path_factory.mktemp("demo-warehouse")
    with serve() as site, pytest.MonkeyPatch.context() as mp:
        mp.setenv("SITREP_ALLOWED_HOSTS", "127.0.0.1")
        mp.setenv("SITREP_PER_HOST_DELAY", "0")
        feeds = tmp / "feeds.yaml"
        feeds.write_text(site.feeds_yaml(), encoding="utf-8")
        result = nightly(feeds_path=str(feeds), warehouse_path=str(tmp / "demo.duckdb"))
    assert result["outcome"] == "completed"
    return tmp / "demo.duckdb"
