"""The one place that decides where things live and how politely sitrep talks to the web.

Every knob has a default for the nightly run, an environment variable (SITREP_*) for
deployments, and is passed to flows as a plain parameter so backfills and tests can override it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
WAREHOUSE_DIR = PROJECT_ROOT / "warehouse"
EXPECTATIONS_DIR = PROJECT_ROOT / "expectations"
DEFAULT_FEEDS = PROJECT_ROOT / "feeds.yaml"
DEFAULT_WAREHOUSE = WAREHOUSE_DIR / "sitrep.duckdb"
USER_AGENT = "sitrep/0.1 (defense-news research ETL; polite: one request per host at a time)"


def _env_list(name: str) -> tuple[str, ...]:
    raw = os.environ.get(name, "")
    return tuple(part.strip().lower() for part in raw.split(",") if part.strip())


class SettingsError(ValueError):
    """An environment variable holds a value sitrep cannot use."""


def _env_number(name: str, default: float, kind: type, low: float, high: float) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        word = "whole number" if kind is int else "number"
        raise SettingsError(f"{name}={raw!r} is not a {word}") from None
    if not low <= value <= high:
        raise SettingsError(f"{name}={raw!r} must be between {low:g} and {high:g}")
    return value


def _env_float(name: str, default: float, low: float = 0.0, high: float = 1e9) -> float:
    return _env_number(name, default, float, low, high)


def _env_int(name: str, default: int, low: int = 1, high: int = 10**9) -> int:
    return int(_env_number(name, default, int, low, high))


@dataclass(frozen=True)
class HttpSettings:
    """How sitrep fetches: bounded in time, size, redirects and concurrency."""

    timeout_s: float = 20.0
    max_redirects: int = 5
    max_bytes: int = 5_000_000
    concurrency: int = 8
    per_host_delay_s: float = 0.5
    retries: int = 2  # timeouts, 429 and 5xx, per URL
    retry_backoff_s: float = 1.0  # doubled on each retry
    user_agent: str = USER_AGENT
    allowed_hosts: tuple[str, ...] = ()  # empty: any host


@dataclass(frozen=True)
class Settings:
    """Run configuration: files, HTTP manners, batch size and quality thresholds."""

    feeds_path: Path = DEFAULT_FEEDS
    warehouse_path: Path = DEFAULT_WAREHOUSE
    http: HttpSettings = field(default_factory=HttpSettings)
    batch_size: int = 200
    max_failed_share: float = 0.2
    languages: tuple[str, ...] = ("en",)

    def with_paths(self, feeds: Path | None = None, warehouse: Path | None = None) -> Settings:
        """A copy with the given paths (None keeps the current one)."""
        return replace(
            self,
            feeds_path=Path(feeds) if feeds else self.feeds_path,
            warehouse_path=Path(warehouse) if warehouse else self.warehouse_path,
        )

    def tuned(self, batch_size: int | None = None, max_failed_share: float | None = None) -> Settings:
        """A copy with the given run knobs (None keeps the current one)."""
        if batch_size is not None and batch_size < 1:
            raise SettingsError(f"batch size must be at least 1, not {batch_size}")
        if max_failed_share is not None and not 0.0 <= max_failed_share <= 1.0:
            raise SettingsError(f"max failed share must be between 0 and 1, not {max_failed_share}")
        return replace(
            self,
            batch_size=batch_size or self.batch_size,
            max_failed_share=self.max_failed_share if max_failed_share is None else max_failed_share,
        )


def from_env() -> Settings:
    """Settings from SITREP_* environment variables, falling back to the defaults."""
    http = HttpSettings(
        timeout_s=_env_float("SITREP_HTTP_TIMEOUT", HttpSettings.timeout_s),
        max_bytes=_env_int("SITREP_MAX_BYTES", HttpSettings.max_bytes),
        concurrency=_env_int("SITREP_CONCURRENCY", HttpSettings.concurrency),
        per_host_delay_s=_env_float("SITREP_PER_HOST_DELAY", HttpSettings.per_host_delay_s),
        allowed_hosts=_env_list("SITREP_ALLOWED_HOSTS"),
    )
    return Settings(
        feeds_path=Path(os.environ.get("SITREP_FEEDS", DEFAULT_FEEDS)),
        warehouse_path=Path(os.environ.get("SITREP_WAREHOUSE", DEFAULT_WAREHOUSE)),
        http=http,
        batch_size=_env_int("SITREP_BATCH_SIZE", Settings.batch_size),
        max_failed_share=_env_float("SITREP_MAX_FAILED_SHARE", Settings.max_failed_share, 0.0, 1.0),
        languages=_env_list("SITREP_LANGUAGES") or Settings.languages,
    )
