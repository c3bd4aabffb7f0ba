"""Property tests: the extractor never crashes and every offset points into the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.extract import extract_article

MARKS = ['"', "“", "”", "„", "«", "»", "'", "‘", "’"]
NEWSY = st.sampled_from(
    [
        *MARKS,
        " said ",
        " told ",
        ", ",
        ". ",
        "\n",
        "Rutte",
        "Pete Hegseth",
        "he",
        "the Pentagon",
        "5%",
        "$3 billion",
    ]
)
PIECES = st.one_of(st.text(max_size=12), NEWSY)


def check(text: str) -> None:
    got = extract_article(text)
    for q in got.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
    for f in got.figures:
        assert 0 <= f.start <= f.end <= len(text)
        assert f.quote_index is None or 0 <= f.quote_index < len(got.quotes)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode(text: str) -> None:
    check(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join))
def test_unbalanced_marks_and_news_fragments(text: str) -> None:
    check(text)


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=200, max_value=2000), st.sampled_from(MARKS))
def test_very_long_paragraph(words: int, mark: str) -> None:
    check(mark + " ".join(["Hegseth said the word"] * words) + " and more")
