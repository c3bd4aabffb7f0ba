"""The pure rules behind the derived check columns: names, percents, character offsets."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tasks import dq_rules


@pytest.mark.parametrize(
    "name",
    [
        "Pete Hegseth",
        "Mark Rutte",
        "J. D. Vance",
        "Ursula von der Leyen",
        "Jean-Yves Le Drian",
        "Conor O'Brien",
        "Edward Said",
        "Faisal bin Rashid al-Harbi",
    ],
)
def test_person_names_look_like_names(name):
    assert dq_rules.looks_like_name(name, "person")


@pytest.mark.parametrize(
    "name",
    [
        "He",
        "They",
        "said the minister on",
        "the minister",
        "Stated Hegseth",
        "Hegseth Told",
        "Pete Hegseth, who",
        "One Two Three Four Five Six Seven",
        "J.",
        "Mark Rutte 2025",
    ],
)
def test_fragments_do_not_look_like_names(name):
    assert not dq_rules.looks_like_name(name, "person")


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("NATO", True),
        ("U.S. Army", True),
        ("Ministry of Defence", True),
        ("China's defense ministry", True),
        ("China’s foreign ministry", True),
        ("defense ministry", False),
        ("China's state news agency", True),
        ("Trump's remarks were wrong", False),
        ("Biden's decision to withdraw troops from the region", False),
        ("Chinese officials", False),
        ("They", False),
        ("officials said", False),
        # the extractor's own forms: a lowercase head, a mission's city, "&", a listing comma,
        # an acronym that spells a pronoun, a capitalized verb inside a name
        ("Hong Kong government", True),
        ("Russian embassy in Helsinki", True),
        ("Manhattan district attorney's office", True),
        ("Marlow & Finch", True),
        ("Department for Business, Energy and Industrial Strategy", True),
        ("US State Department", True),
        ("Organization of American States", True),
        ("Pentagon, which", False),
        ("Army said", False),
    ],
)
def test_organization_names(name, ok):
    assert dq_rules.looks_like_name(name, "organization") is ok


@given(
    st.text(min_size=1, max_size=60),
    st.data(),
)
def test_slice_check_counts_python_characters(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    articles = pl.DataFrame({"article_id": ["a"], "text": [text]})
    quotes = pl.DataFrame(
        {
            "article_id": ["a", "a"],
            "speaker_id": [None, None],
            "text": [text[start:end], text[start:end] + "!"],
            "start_char": [start, start],
            "end_char": [end, end],
        }
    )
    speakers = pl.DataFrame({"speaker_id": []}, schema={"speaker_id": pl.String})
    prepared = dq_rules.prep_quotes(quotes, articles, speakers)
    assert prepared["offsets_in_text"].to_list() == [True, True]
    assert prepared["text_matches_article"].to_list() == [True, False]


@pytest.mark.parametrize(
    ("value", "raw", "context", "sane"),
    [
        (3.5, "3.5%", "of GDP", True),
        (150.0, "150%", "of GDP", False),
        (120.0, "120% of", "the budget", False),
        (60.0, "60%", "market share", True),
        (101.0, "101 Percent of", "Its Budget", False),
        (300.0, "300%", "rise in drone strikes", True),
        (-40.0, "40%", "fall in recruiting", True),
        (-140.0, "140%", "drop", False),
        (5000.0, "5000%", None, False),
    ],
)
def test_percent_sanity_depends_on_context(value, raw, context, sane):
    figures = pl.DataFrame(
        {"article_id": ["a"], "kind": ["percent"], "value": [value], "raw": [raw], "context": [context]},
        schema_overrides={"context": pl.String},
    ).with_columns(start_char=pl.lit(0), end_char=pl.lit(1), quote_id=pl.lit(None, pl.String))
    articles = pl.DataFrame({"article_id": ["a"], "text": ["x" * 10]})
    quotes = pl.DataFrame({"quote_id": []}, schema={"quote_id": pl.String})
    assert dq_rules.prep_figures(figures, articles, quotes)["percent_sane"].item() is sane
