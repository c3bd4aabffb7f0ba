"""tokens.read_tokens reads tokens by hand: they must be SPACED_TOKEN's, window by window."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.tokens import SPACED_TOKEN, TokenRun, pull, reach, tokens

# Every alternative of TOKEN and the characters next to which one ends or none starts.
PIECES = st.sampled_from(
    [
        *"Gen. Mr. U.S. J. A.B X.Y. e.g. al-Qadri O’Neil rock-- 1,200. 3.5% 4th ٣٤ ² Ⅻ".split(),
        *" \t\n\u2028\xa0\x00_.,-’'\"“(;AZaz09éÉ字",  # one character each
        *["\x00\x00", "  ", "J. R.", "Smith.", "1,", "2.x"],
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=50).map("".join)


def regex_tokens(text: str, start: int, end: int) -> list[tuple[str, int]]:
    return [(m[1], m.start(1)) for m in SPACED_TOKEN.finditer(text, start, end)]


@settings(max_examples=2000, deadline=None)
@given(TEXTS, st.integers(min_value=-2, max_value=60), st.integers(min_value=-2, max_value=70))
def test_tokens_are_spaced_token_finditer(text: str, start: int, end: int) -> None:
    assert tokens(text, start, end) == regex_tokens(text, start, end)


@settings(max_examples=500, deadline=None)
@given(TEXTS, st.integers(min_value=0, max_value=40), st.lists(st.integers(0, 30), max_size=6))
def test_token_run_reads_on_as_asked(text: str, start: int, asks: list[int]) -> None:
    run = TokenRun(text, start, len(text))
    whole = regex_tokens(text, start, len(text))
    for i in asks:
        assert reach(run, i) == (i < len(whole))
        assert list(run) == whole[: len(run)]
    assert pull(run, len(text) + 1) is False
    assert list(run) == whole
