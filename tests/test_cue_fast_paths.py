"""Attribution's fast paths read exactly what the token scans and patterns they stand in for read.

Each was written for speed only (one regex call instead of one per token, a string scan instead
of a regex); these properties keep it honest when either side is edited.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.attribution import ADVERB_RUN, lead_end, verb_at, verb_follows
from tasks.cues import FIRST_PERSON, PRONOUNS, SPEECH_VERB_RE
from tasks.phrase_words import appositive_stop, pronoun_at
from tasks.tokens import SPACED_TOKEN, TokenRun, reach, tokens

PIECES = st.sampled_from(
    [
        ", ",
        ",",
        ". ",
        ".",
        " ",
        "\t",
        "\n",
        "\xa0",
        "_",
        "U.S.",
        "J. ",
        "Gen.",
        "Gen. Jane Doe",
        "commander of U.S. European Command",
        "said",
        "Said",
        "told",
        "also ",
        "quickly ",
        "pressed",
        "(",
        '"',
        "“",
        "”",
        "—",
        "–",
        "-",
        ";",
        ":",
        "’s",
        "Rutte’s",
        "O'Neil",
        "al-",
        "J.\tDoe",
        "²",
        "٣",
        "\x00\x00",
        "3.5",
        "1,200",
        "A",
        "b",
        "é",
    ]
)
TEXTS = st.one_of(
    st.lists(PIECES, max_size=30).map("".join),
    st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40).map("".join),
)


@settings(max_examples=2000, deadline=None)
@given(TEXTS, st.integers(0, 3), st.integers(0, 3))
def test_tokens_are_the_token_regex(text: str, a: int, cut: int) -> None:
    """The hand-read tokens (`tokens.read_tokens`) on the pieces attribution's windows hold."""
    start, end = min(a, len(text)), max(min(a, len(text)), len(text) - cut)
    assert tokens(text, start, end) == [(m[1], m.start(1)) for m in SPACED_TOKEN.finditer(text, start, end)]


@settings(max_examples=1500, deadline=None)
@given(TEXTS, st.integers(0, 6))
def test_appositive_stop_is_appositive_end(text: str, cut: int) -> None:
    start, end = 0, max(0, len(text) - cut)
    for lazy in (False, True):
        toks: list[tuple[str, int]] = TokenRun(text, start, end) if lazy else tokens(text, start, end)
        k = 0
        while reach(toks, k):
            if toks[k][0] == ",":
                assert appositive_stop(text, toks[k][1] + 1, end) == appositive_end(toks, k + 1)
            k += 1


def appositive_end(toks: list[tuple[str, int]], k: int) -> int | None:
    """The token reader appositive_stop stands for: where an appositive starting at toks[k]
    ends, the next comma or sentence mark (the registry's reader before the scan)."""
    start = k
    while reach(toks, k) and toks[k][0] not in {",", ".", ";", ":", '"', "“", "”", "—", "("}:
        if toks[k][0][0] == "\x00":
            return None
        k += 1
    if k == start:
        return None
    if reach(toks, k) and toks[k][0] == "." and not reach(toks, k + 1):
        return toks[k][1]
    return toks[k][1] if k < len(toks) else toks[-1][1] + len(toks[-1][0])


EDGE_CASES = [
    "x, Gen. Jane Doe, said",
    "x, a Gen. Doe said",
    "x, 1,200 troops, said",
    "x, 1,.5 and, more",
    "x, 1,,5 and. 2.,3",
    "x, 2,_3, more",
    "x, b _",
    "x, b _ \t",
    "x,_ _",
    "x, ab_ ",
    "x, J. Doe, y",
    "x, J.  ",
    "x, U.S. Army Europe. Then",
    "x, Mr. Smith; then",
    "x, (Reuters) said",
    "x, \x00\x00 said, y",
    "x, , y",
    "x, the end.",
]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_appositive_stop_edge_cases(text: str) -> None:
    for end in range(len(text) + 1):
        toks = tokens(text, 0, end)
        for k, (tok, at) in enumerate(toks):
            if tok == ",":
                assert appositive_stop(text, at + 1, end) == appositive_end(toks, k + 1)


# The regexes post_direct matched before its string scans (the oracles of the scans).
LEAD_AND_VERB = re.compile(rf"(?>[\s,—–-]*)(?P<verb>{SPEECH_VERB_RE.pattern})?")
VERB_AFTER_SUBJECT = re.compile(
    rf"(?>[\s,—–-]*)(?>{ADVERB_RUN.pattern})"
    rf"(?:{SPEECH_VERB_RE.pattern}|(?:pressed|pushed|interjected|persisted)\b)"
)
CUE_PIECES = st.sampled_from(
    [
        " ",
        "  ",
        "\n",
        ",",
        "—",
        "–",
        "-",
        "_",
        "x",
        "é",
        "said",
        "says",
        "told",
        "saying",
        "pressed",
        "pushed",
        "interjected",
        "persisted",
        "also",
        "later",
        "would",
        "quickly",
        "only",
        "fly",
        "Also",
        "only ",
        "ably ",
        "said_",
        "also also also also said",
        "he",
        "He",
        "I",
        "it",
        "they",
        "we",
        ".",
        "’",
    ]
)
CUE_TEXTS = st.one_of(
    st.lists(CUE_PIECES, max_size=14).map("".join),
    st.lists(st.one_of(CUE_PIECES, st.text(max_size=3)), max_size=14).map("".join),
)


@settings(max_examples=3000, deadline=None)
@given(CUE_TEXTS, st.integers(0, 2), st.integers(0, 2))
def test_post_direct_scans_are_the_regexes(text: str, a: int, cut: int) -> None:
    pos, end = min(a, len(text)), max(min(a, len(text)), len(text) - cut)
    lead = LEAD_AND_VERB.match(text, pos, end)
    assert lead is not None
    assert verb_at(text, lead_end(text, pos, end), end) == lead.group("verb")
    assert lead_end(text, pos, end) + len(lead.group("verb") or "") == lead.end()
    assert verb_follows(text, pos, end) == (VERB_AFTER_SUBJECT.match(text, pos, end) is not None)


@settings(max_examples=1500, deadline=None)
@given(CUE_TEXTS, st.integers(0, 4), st.integers(0, 4))
def test_pronoun_at_reads_the_first_token(text: str, a: int, cut: int) -> None:
    pos, end = min(a, len(text)), max(min(a, len(text)), len(text) - cut)
    pronoun = pronoun_at(text, pos, end)
    if pronoun is not None:
        first = tokens(text, pos, end)[0]
        assert first == (text[pos : pos + len(pronoun)], pos)
        assert first[0].lower() == pronoun and pronoun in PRONOUNS | FIRST_PERSON
