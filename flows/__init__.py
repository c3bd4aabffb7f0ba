"""Prefect flows: the nightly run and backfills."""
