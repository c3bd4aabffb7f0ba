"""appositives.appositive_text reads an appositive by hand: it must be APPOSITIVE_AFTER's group 1."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.appositives import APPOSITIVE_AFTER, appositive_text

# The characters APPOSITIVE_AFTER stops at, backs off to or reads on over, and words around them.
PIECES = st.sampled_from(
    [
        *"commander of U.S. Army Europe X.Y A. B. e.g. said a spokesperson for".split(),
        *',;:."“”«»„\x00 \t\n\u2028\xa0AZaz5',  # one character each
        *[", ", ". ", ".\n", "  ", " .", "U.", ". A", "\x00\x00"],
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=60).map("".join)


def regex_text(text: str, end: int) -> str | None:
    m = APPOSITIVE_AFTER.match(text, end, min(len(text), end + 160))
    return None if m is None else m.group(1)


@settings(max_examples=2000, deadline=None)
@given(TEXTS)
def test_appositive_text_is_appositive_after(text: str) -> None:
    for end in range(len(text)):
        assert appositive_text(text, end) == regex_text(text, end)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=200), st.sampled_from(["a", " ", ".", "U.", ". B", "x\n"]))
def test_long_appositives_back_off_alike(words: int, tail: str) -> None:
    text = "Smith,  " + "a b " * words + tail
    assert appositive_text(text, 5) == regex_text(text, 5)


def test_examples() -> None:
    text = "Smith, commander of U.S. Army Europe, said. Jones, a spokesperson for X.Y, said."
    assert appositive_text(text, text.index(",")) == "commander of U.S. Army Europe"
    assert appositive_text(text, text.index(", a")) == "a spokesperson for X.Y"
    assert appositive_text('Lee, said the request "\x00\x00', 3) is None
