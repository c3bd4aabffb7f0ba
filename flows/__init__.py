"""Prefect flows: the nightly run and backfills."""

import sitrep  # noqa: F401  (offline-hygiene environment before Prefect loads)
