"""The stages every flow shares once pages are in hand:
clean -> extract -> validate -> link duplicates -> load.

One Prefect task run per stage per batch, never per article; frames flow between them.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
from prefect import get_run_logger

from sitrep.settings import Settings
from tasks.clean import clean_pages, now_utc
from tasks.dq_docs import validation_rows
from tasks.duplicates import find_duplicates
from tasks.extract import EXTRACTOR_VERSION, extract_articles
from tasks.load import Batch, load_batch
from tasks.pages import PAGES, raw_pages
from tasks.runs import RunSummary
from tasks.schema import empty
from tasks.validate import BatchRejected, ValidationOutcome, check_threshold, validate_frames


def process_pages(
    pages: pl.DataFrame, settings: Settings, summary: RunSummary, warehouse_path: Path
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Clean, extract, validate and load one batch of fetched pages.

    Returns (failed pages, validation results). Raises BatchRejected when too many rows fail
    the quality gate: then only the quarantine and the validation results are stored.
    """
    articles, clean_failed = clean_pages(pages)
    articles = articles.with_columns(pl.lit(EXTRACTOR_VERSION).alias("extractor_version"))
    outcome, stored = check_batch(
        {"articles": articles, **extract_articles(articles)}, settings, summary, warehouse_path
    )
    written = load_valid(outcome, stored, pages, warehouse_path)
    failed = pl.concat(
        [
            pages.filter(pl.col("error").is_not_null()).select("url", "feed", "error"),
            clean_failed,
            quarantined_articles(articles, outcome.quarantine),
        ]
    )
    summary.add_speakers(outcome.valid["speakers"]["speaker_id"].drop_nulls())
    summary.add(
        articles_new=written["articles"],
        articles_failed=failed.height,
        quotes_loaded=written["quotes"],
        figures_loaded=written["figures"],
        rows_quarantined=outcome.quarantine.height,
    )
    get_run_logger().info(
        "batch loaded: %d articles, %d quotes, %d figures, %d failed pages, %d rows quarantined",
        written["articles"],
        written["quotes"],
        written["figures"],
        failed.height,
        outcome.quarantine.height,
    )
    return failed, outcome.results


def check_batch(
    frames: dict[str, pl.DataFrame], settings: Settings, summary: RunSummary, warehouse_path: Path
) -> tuple[ValidationOutcome, pl.DataFrame]:
    """Run the GX gates: (outcome, GX's results as dq_validations rows).

    A batch over the threshold stores its diagnostics and raises BatchRejected.
    """
    outcome = validate_frames(
        frames,
        run_id=summary.run_id,
        now=now_utc(),
        languages=settings.languages,
        max_failed_share=settings.max_failed_share,
    )
    validated_at = now_utc()
    outcome.results = outcome.results.with_columns(pl.lit(validated_at).alias("validated_at"))
    stored = validation_rows(outcome.gx_results, summary.run_id, validated_at)
    summary.add(checks_passed=outcome.passed(), checks_failed=outcome.failed())
    try:
        check_threshold(outcome, settings.max_failed_share)
    except BatchRejected:
        load_batch(warehouse_path, diagnostics_only(outcome, stored))
        summary.add(rows_quarantined=outcome.quarantine.height)
        raise
    return outcome, stored


def load_valid(
    outcome: ValidationOutcome, stored: pl.DataFrame, pages: pl.DataFrame, warehouse_path: Path
) -> dict[str, int]:
    """Link the valid articles' duplicates, then load the valid rows in one transaction."""
    valid = outcome.valid
    fingerprints, duplicates = find_duplicates(warehouse_path, valid["articles"])
    return load_batch(
        warehouse_path,
        Batch(
            articles=valid["articles"],
            speakers=valid["speakers"],
            quotes=valid["quotes"],
            figures=valid["figures"],
            raw_pages=raw_pages(pages),
            quarantine=outcome.quarantine,
            dq_results=outcome.results,
            dq_validations=stored,
            fingerprints=fingerprints,
            duplicates=duplicates,
        ),
    )


def diagnostics_only(outcome: ValidationOutcome, stored: pl.DataFrame) -> Batch:
    """A rejected batch's quarantine and validation results, and none of its rows."""
    return Batch(
        articles=empty("articles"),
        speakers=empty("speakers"),
        quotes=empty("quotes"),
        figures=empty("figures"),
        raw_pages=raw_pages(pl.DataFrame(schema=PAGES)),
        quarantine=outcome.quarantine,
        dq_results=outcome.results,
        dq_validations=stored,
    )


def quarantined_articles(articles: pl.DataFrame, quarantine: pl.DataFrame) -> pl.DataFrame:
    """Articles held back by the gates, as failed items: their feed keeps its old validators, so
    they are tried again (and re-checked) on the next run instead of hiding behind a 304."""
    held = (
        quarantine.filter(pl.col("table") == "articles")
        .group_by("row_key")
        .agg(pl.col("expectation").first())
    )
    return articles.join(held, left_on="article_id", right_on="row_key").select(
        "url", "feed", ("quarantined: " + pl.col("expectation")).alias("error")
    )
