"""The context's hand scans hold to the regex searches and str methods they replaced."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.figure_context import _HARD, _TRAIL_SET, _blanks, _last_mark, _plain

# The replaced searches: a character class of the clause marks, searched in the reversed text.
HARD_RE = re.compile("[" + re.escape("".join(sorted(_HARD))) + "]")
HARD_OR_COMMA_RE = re.compile("[" + re.escape("".join(sorted(_HARD | {","}))) + "]")
CHARS = st.sampled_from(
    [*sorted(_HARD), ",", " ", "\t", "\u00a0", "\u2003", "a", "Z", "5", ".", "’", "é", "\x1c"]
)
TEXT = st.one_of(st.text(max_size=60), st.lists(CHARS, max_size=60).map("".join))


def old_last_mark(text: str, floor: int, start: int, comma: bool) -> int:
    rev = text[::-1]
    n = len(text)
    m = (HARD_OR_COMMA_RE if comma else HARD_RE).search(rev, n - start, n - floor)
    return n - 1 - m.start() if m else -1


@settings(max_examples=400, deadline=None)
@given(TEXT, st.integers(0, 70), st.integers(0, 70), st.booleans())
def test_last_mark_is_the_reversed_search(text: str, a: int, b: int, comma: bool) -> None:
    floor, start = sorted((min(a, len(text)), min(b, len(text))))
    assert _last_mark(text, floor, start, comma) == old_last_mark(text, floor, start, comma)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_blanks_is_what_lstrip_drops(seg: str) -> None:
    assert _blanks(seg) == len(seg) - len(seg.lstrip())


def test_no_mark_is_plain() -> None:
    """_plain rules characters out before the set lookups: none of the marks may be among them."""
    assert not any(_plain(ord(ch)) for ch in _HARD | _TRAIL_SET | {","})
    assert all(
        _plain(ord(ch)) == (ch == " " or (ch.isascii() and ch.isalnum())) for ch in map(chr, range(0x3000))
    )
