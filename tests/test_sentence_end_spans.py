"""narration.sentence_end_spans reads sentence ends by hand: they must be SENTENCE_END's matches."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.cues import SENTENCE_END
from tasks.narration import sentence_end_spans

# Marks, closers, blanks and what may open the next sentence, and words around them.
PIECES = st.sampled_from(
    [
        *'.!?…"”’»)]“«„‘([\x00 \t\n\u2028\xa0AZaz09×ÀÞßé',  # one character each
        *["U.S.", "Sen.", ". ", ".\n", "  ", "4.5", "said.", '." ', "?” ", "…) A", "x"],
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=60).map("".join)


@settings(max_examples=2000, deadline=None)
@given(TEXTS)
def test_sentence_end_spans_are_sentence_end(text: str) -> None:
    assert sentence_end_spans(text) == [m.span() for m in SENTENCE_END.finditer(text)]


def test_examples() -> None:
    text = 'He left. "Why?" she asked.\nU.S. officials… (Reuters) 4.5 B. "\x00\x00'
    assert sentence_end_spans(text) == [m.span() for m in SENTENCE_END.finditer(text)]
