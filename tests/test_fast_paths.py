"""The extractor's fast paths find exactly what the plain patterns they stand in for find.

Each fast path (a cheaper regex tried first, a scan that skips blanks in one step) was written for
speed only; these properties keep it honest when either side is edited.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.appositives import APPOSITIVE_AFTER, appositive_text
from tasks.cues import SENTENCE_END, WORD, sentence_ends
from tasks.labels import words_in
from tasks.tokens import TOKEN, tokens

PIECES = st.sampled_from(
    [
        ", ",
        ",",
        ". ",
        ".",
        " ",
        "\t",
        "\n",
        "U.S.",
        "U.S. Army",
        "Gen. Jane Doe",
        "commander of U.S. European Command",
        "a spokesperson for Lockheed Martin",
        "said",
        "(",
        '"',
        "“",
        "”",
        "?",
        "!",
        "…",
        ";",
        "\x00\x00",
        "3.5",
        "1,200",
        "A",
        "b",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40).map("".join)


def plain_tokens(text: str) -> list[tuple[str, int]]:
    return [(m.group(), m.start()) for m in TOKEN.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_tokens_are_token_finditer(text: str) -> None:
    assert tokens(text, 0, len(text)) == plain_tokens(text)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_appositive_text_is_appositive_after(text: str) -> None:
    for end in [i for i, c in enumerate(text) if c == ","]:
        plain = APPOSITIVE_AFTER.match(text, end, min(len(text), end + 160))
        assert appositive_text(text, end) == (plain and plain.group(1))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_sentence_ends_are_sentence_end(text: str) -> None:
    fast = [m.span() for m in sentence_ends(text, 0, len(text))]
    assert fast == [m.span() for m in SENTENCE_END.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(TEXTS | st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_words_in_is_word_findall(text: str) -> None:
    assert words_in(text) == WORD.findall(text)
    assert words_in(text.lower()) == WORD.findall(text.lower())


def test_the_fast_paths_meet_their_hard_cases() -> None:
    """The cases each fast path hands back to the plain pattern: a capital's period ("U.S. Army"),
    a period inside a word, text holding other sentence marks."""
    text = "Smith, commander of U.S. Army Europe, said. Jones, a spokesperson for X.Y, said."
    for end in [i for i, c in enumerate(text) if c == ","]:
        plain = APPOSITIVE_AFTER.match(text, end)
        assert appositive_text(text, end) == (plain and plain.group(1))
    assert appositive_text(text, text.index(",")) == "commander of U.S. Army Europe"
    assert appositive_text(text, text.index(", a")) == "a spokesperson for X.Y"
    mixed = "He left. Did he? Yes! So… Then."
    assert [m.span() for m in sentence_ends(mixed, 0, len(mixed))] == [
        m.span() for m in SENTENCE_END.finditer(mixed)
    ]
    assert tokens("  U.S.  Army\t, 1,200.", 0, 21) == plain_tokens("  U.S.  Army\t, 1,200.")
