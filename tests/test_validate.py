"""The validate stage: each kind of bad row lands in quarantine under the right expectation.

Frames are built by hand; GX runs for real (ephemeral context), Prefect is not started.
"""

from __future__ import annotations

import json
import pickle
from datetime import UTC, datetime, timedelta

import polars as pl
import pytest

from tasks.schema import TABLES
from tasks.validate import (
    CASCADE,
    SUITES_DIR,
    BatchRejected,
    check_threshold,
    load_suite_dict,
    validate_batch,
)

NOW = datetime(2025, 6, 24, 12, 0, tzinfo=UTC)
FILLER = " ".join(["Allied ministers met in Brussels to review readiness and procurement plans."] * 4)
TEXT_A1 = (
    "Defense Secretary Pete Hegseth spoke to reporters at the Pentagon on Tuesday.\n"
    '"We will not back down," Hegseth said. "Deterrence is working," he added.\n'
    "Allies agreed to spend 5% of GDP on defense, and the Pentagon asked for $850 billion.\n" + FILLER
)
RUNAWAY = "The minister kept talking " + "and talking " * 90 + "until the end."
TEXT_A2 = f'Mark Rutte said: "{RUNAWAY}\nNATO will meet again in July. {FILLER}'


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def article(article_id: str | None, text: str = TEXT_A1, **over: object) -> dict:
    row = {
        "article_id": article_id,
        "url": f"https://example.test/{article_id}",
        "feed": "demo",
        "title": f"Story {article_id}",
        "published_at": NOW - timedelta(days=1),
        "fetched_at": NOW,
        "language": "en",
        "text": text,
        "content_hash": f"hash-{article_id}",
    }
    return row | over


def speaker(speaker_id: str | None, name: str | None, kind: str = "person") -> dict:
    return {"speaker_id": speaker_id, "name": name, "kind": kind}


def quote(
    quote_id: str | None, part: str, article_id: str = "a1", source: str = TEXT_A1, **over: object
) -> dict:
    start, end = _span(source, part)
    row = {
        "quote_id": quote_id,
        "article_id": article_id,
        "speaker_id": "s1",
        "text": part,
        "start_char": start,
        "end_char": end,
        "is_partial": False,
    }
    return row | over


def figure(figure_id: str | None, raw: str, kind: str, value: float, unit: str, **over: object) -> dict:
    start, end = _span(TEXT_A1, raw)
    row = {
        "figure_id": figure_id,
        "article_id": "a1",
        "kind": kind,
        "value": value,
        "unit": unit,
        "raw": raw,
        "context": "Allies agreed to spend 5% of GDP on defense",
        "start_char": start,
        "end_char": end,
    }
    return row | over


def frames(articles: list, speakers: list, quotes: list, figures: list) -> dict[str, pl.DataFrame]:
    rows = {"articles": articles, "speakers": speakers, "quotes": quotes, "figures": figures}
    return {t: pl.DataFrame(r, schema_overrides=TABLES[t], infer_schema_length=None) for t, r in rows.items()}


def good_batch() -> dict[str, list]:
    return {
        "articles": [article("a1"), article("a2", TEXT_A2)],
        "speakers": [
            speaker("s1", "Pete Hegseth"),
            speaker("s2", "NATO", "organization"),
            speaker("s3", "Mark Rutte"),
        ],
        "quotes": [quote("q1", "We will not back down,"), quote("q2", "Deterrence is working,")],
        "figures": [
            figure("f1", "5%", "percent", 5.0, "percent"),
            figure("f2", "$850 billion", "money", 850e9, "USD"),
        ],
    }


def bad_batch() -> dict[str, pl.DataFrame]:
    rows = good_batch()
    rows["articles"] += [
        article(None),
        article("dup", title="first"),
        article("dup", title="second"),
        article("future", published_at=NOW + timedelta(days=30)),
        article("old", published_at=datetime(1985, 3, 1, tzinfo=UTC)),
        article("short", "Too short to be an article."),
        article("fr", language="fr"),
    ]
    rows["speakers"] += [
        speaker("s_he", "He"),
        speaker("s_frag", "said the minister on"),
        speaker(None, "Jane Doe"),
    ]
    q1 = "We will not back down,"
    rows["quotes"] += [
        quote(None, q1),
        quote("qdup", q1),
        quote("qdup", "Deterrence is working,"),
        quote("q_runaway", RUNAWAY, article_id="a2", source=TEXT_A2, speaker_id="s3"),
        quote("q_offsets", q1, start_char=40, end_char=90_000),
        quote("q_mismatch", q1, text="We will never back down,"),
        quote("q_orphan", q1, article_id="nowhere"),
        quote("q_he", "Deterrence is working,", speaker_id="s_he"),
        quote("q_cascade", q1, article_id="future"),
    ]
    rows["figures"] += [
        figure(None, "5%", "percent", 5.0, "percent"),
        figure("f_kind", "5%", "ratio", 5.0, "percent"),
        figure("f_inf", "$850 billion", "money", float("inf"), "USD"),
        figure("f_5000", "5%", "percent", 5000.0, "percent", context="spending rose 5000% since 2014"),
        figure("f_share", "5%", "percent", 150.0, "percent"),
        figure("f_in_bad_quote", "5%", "percent", 5.0, "percent", quote_id="q_mismatch", speaker_id="s1"),
        figure("f_cascade", "5%", "percent", 5.0, "percent", article_id="old"),
    ]
    return frames(**rows)


@pytest.fixture(scope="module")
def outcome():
    return validate_batch(bad_batch(), run_id="run-1", now=NOW)


def reasons(outcome, table: str) -> dict[str | None, set[str]]:
    found: dict[str | None, set[str]] = {}
    for row in outcome.quarantine.filter(pl.col("table") == table).iter_rows(named=True):
        found.setdefault(row["row_key"], set()).add(row["expectation"])
    return found


@pytest.mark.parametrize(
    ("table", "key", "expectation"),
    [
        ("articles", None, "expect_column_values_to_not_be_null(article_id)"),
        ("articles", "dup", "expect_column_values_to_be_unique(article_id)"),
        ("articles", "future", "expect_column_values_to_be_in_set(published_ok)"),
        ("articles", "old", "expect_column_values_to_be_in_set(published_ok)"),
        ("articles", "short", "expect_column_values_to_be_between(text_length)"),
        ("articles", "fr", "expect_column_values_to_be_in_set(language)"),
        ("speakers", "s_he", "expect_column_values_to_be_in_set(looks_like_name)"),
        ("speakers", "s_frag", "expect_column_values_to_be_in_set(looks_like_name)"),
        ("speakers", None, "expect_column_values_to_not_be_null(speaker_id)"),
        ("quotes", None, "expect_column_values_to_not_be_null(quote_id)"),
        ("quotes", "qdup", "expect_column_values_to_be_unique(quote_id)"),
        ("quotes", "q_runaway", "expect_column_values_to_be_between(text_length)"),
        ("quotes", "q_offsets", "expect_column_values_to_be_in_set(offsets_in_text)"),
        ("quotes", "q_mismatch", "expect_column_values_to_be_in_set(text_matches_article)"),
        ("quotes", "q_orphan", "expect_column_values_to_be_in_set(article_in_batch)"),
        ("quotes", "q_cascade", CASCADE),
        ("figures", None, "expect_column_values_to_not_be_null(figure_id)"),
        ("figures", "f_kind", "expect_column_values_to_be_in_set(kind)"),
        ("figures", "f_inf", "expect_column_values_to_be_in_set(value_finite)"),
        ("figures", "f_5000", "expect_column_values_to_be_in_set(percent_sane)"),
        ("figures", "f_share", "expect_column_values_to_be_in_set(percent_sane)"),
        ("figures", "f_cascade", CASCADE),
    ],
)
def test_bad_row_is_quarantined_under_its_expectation(outcome, table, key, expectation):
    assert reasons(outcome, table)[key] == {expectation}


def test_each_root_cause_fails_one_expectation_only(outcome):
    quotes = outcome.quarantine.filter(pl.col("table") == "quotes")
    assert quotes.filter(pl.col("row_key") == "q_offsets").height == 1
    assert quotes.filter(pl.col("row_key") == "q_orphan").height == 1
    assert quotes.filter(pl.col("row_key") == "qdup").height == 2


def test_good_rows_stay_valid(outcome):
    valid = {t: set(f[k].to_list()) for t, f, k in _keyed(outcome.valid)}
    assert valid == {
        "articles": {"a1", "a2"},
        "speakers": {"s1", "s2", "s3"},
        "quotes": {"q1", "q2", "q_he"},
        "figures": {"f1", "f2", "f_in_bad_quote"},
    }
    for table, frame in outcome.valid.items():
        assert frame.schema == pl.Schema(TABLES[table])


def _keyed(valid: dict[str, pl.DataFrame]):
    keys = {"articles": "article_id", "speakers": "speaker_id", "quotes": "quote_id", "figures": "figure_id"}
    return [(t, valid[t], k) for t, k in keys.items()]


def test_references_to_quarantined_rows_are_nulled(outcome):
    q_he = outcome.valid["quotes"].filter(pl.col("quote_id") == "q_he").row(0, named=True)
    assert q_he["speaker_id"] is None
    assert q_he["text"] == "Deterrence is working,"
    fig = outcome.valid["figures"].filter(pl.col("figure_id") == "f_in_bad_quote").row(0, named=True)
    assert (fig["quote_id"], fig["speaker_id"]) == (None, None)
    assert outcome.valid["quotes"].filter(pl.col("quote_id") == "q1")["speaker_id"].item() == "s1"


def test_quarantine_rows_carry_json_reason_and_run(outcome):
    q = outcome.quarantine
    assert set(q["run_id"]) == {"run-1"}
    assert set(q["quarantined_at"]) == {NOW}
    inf_row = q.filter(pl.col("row_key") == "f_inf").row(0, named=True)
    assert json.loads(inf_row["row_json"])["value"] == "inf"
    assert "finite" in inf_row["reason"]
    future = json.loads(q.filter(pl.col("row_key") == "future")["row_json"].item())
    assert future["published_at"].startswith("2025-07-24")
    assert "article future was quarantined" in q.filter(pl.col("row_key") == "q_cascade")["reason"].item()


def test_failed_share_counts_distinct_rows(outcome):
    quarantined = outcome.quarantine.select("table", "row_json").unique().height
    total = sum(f.height for f in bad_batch().values())
    assert outcome.failed_share == pytest.approx(quarantined / total)


def test_results_have_one_row_per_expectation(outcome):
    r = outcome.results
    for table in TABLES:
        suite = load_suite_dict(table)
        assert r.filter(pl.col("suite") == table).height == len(suite["expectations"])
    assert r.height == outcome.passed() + outcome.failed()
    assert set(r["run_id"]) == {"run-1"}
    text_match = r.filter(pl.col("expectation") == "expect_column_values_to_be_in_set(text_matches_article)")
    assert text_match.select("success", "unexpected_count", "critical").row(0) == (False, 1, True)
    assert r.filter(~pl.col("success") & ~pl.col("critical")).height >= 1  # quote_in_batch etc. reported


def test_threshold_raises_naming_the_worst_expectation():
    rows = good_batch()
    rows["quotes"] += [
        quote(f"bad{i}", "We will not back down,", text="We will never back down,") for i in range(4)
    ]
    rows["quotes"].append(quote("bad_offsets", "We will not back down,", end_char=10**6))
    batch = validate_batch(frames(**rows), run_id="r", now=NOW)
    assert batch.rejected
    with pytest.raises(BatchRejected) as err:
        check_threshold(batch, 0.2)
    message = str(err.value)
    assert message.index("text_matches_article") < message.index("offsets_in_text")
    assert "4 of 7 rows" in message
    assert err.value.outcome is batch
    again = pickle.loads(pickle.dumps(err.value))
    assert str(again) == message
    assert again.outcome.quarantine.height == 5
    check_threshold(batch, 0.5)


def test_clean_batch_passes_every_critical_expectation():
    batch = validate_batch(frames(**good_batch()), run_id="r", now=NOW)
    assert batch.quarantine.height == 0
    assert batch.failed_share == 0.0
    assert batch.results.filter(pl.col("critical"))["success"].all()
    check_threshold(batch)
    assert {t: f.height for t, f in batch.valid.items()} == {
        "articles": 2,
        "speakers": 3,
        "quotes": 2,
        "figures": 2,
    }


def test_empty_batch_validates_to_empty_frames():
    batch = validate_batch({}, run_id="r", now=NOW)
    assert all(f.height == 0 and f.schema == pl.Schema(TABLES[t]) for t, f in batch.valid.items())
    assert batch.failed() == 0
    assert batch.results.height == sum(len(load_suite_dict(t)["expectations"]) for t in TABLES)
    assert (
        batch.results["element_count"].drop_nulls().to_list() == [0] * batch.results["element_count"].count()
    )


def test_configured_languages_and_exact_duplicates():
    rows = good_batch()
    rows["articles"].append(article("fr", language="fr"))
    rows["quotes"].append(quote("q1", "We will not back down,"))
    batch = validate_batch(frames(**rows), run_id="r", now=NOW, languages=("en", "fr"))
    assert batch.quarantine.height == 0
    assert batch.valid["articles"].height == 3
    assert batch.valid["quotes"]["quote_id"].to_list() == ["q1", "q2"]


def test_offsets_count_characters_not_bytes():
    text = "Le ministre a déclaré 🙂 devant la presse. " + FILLER + ' "Nous tiendrons," dit-il.'
    rows = good_batch()
    rows["articles"].append(article("a3", text))
    rows["quotes"].append(quote("q3", "Nous tiendrons,", article_id="a3", source=text))
    batch = validate_batch(frames(**rows), run_id="r", now=NOW)
    assert "q3" in batch.valid["quotes"]["quote_id"].to_list()


def test_no_progress_bars(capfd):
    validate_batch(frames(**good_batch()), run_id="r", now=NOW)
    captured = capfd.readouterr()
    assert "Calculating Metrics" not in captured.err + captured.out


def test_every_expectation_says_if_it_is_critical_and_why():
    from great_expectations.core.expectation_suite import ExpectationSuite

    for table in TABLES:
        suite = json.loads((SUITES_DIR / f"{table}.json").read_text())
        assert suite["name"] == table
        for exp in suite["expectations"]:
            assert isinstance(exp["meta"]["critical"], bool)
            assert len(exp["meta"]["why"]) > 10
        assert len(ExpectationSuite(**suite).expectations) == len(suite["expectations"])


def test_results_and_quarantine_agree(outcome):
    """Each failed critical expectation quarantines exactly its unexpected rows, no more."""
    per_label = outcome.quarantine.group_by("table", "expectation").len()
    counted = {(t, e): n for t, e, n in per_label.iter_rows()}
    failed = outcome.results.filter(pl.col("critical") & ~pl.col("success"))
    expected = {(r["suite"], r["expectation"]): r["unexpected_count"] for r in failed.iter_rows(named=True)}
    assert {k: v for k, v in counted.items() if k[1] != CASCADE} == expected
