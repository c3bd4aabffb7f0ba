"""The figure scanner's hand scans find exactly what the regexes they replaced found.

Each scan below was written for speed only (a walk over bytes or a cheaper regex, where the plain
regex cost more than the rest of its step); the plain regex is kept here as the oracle.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.numbers import (
    _LEAD_BYTES,
    _LEADS,
    _NONWORD_TO_SPACE,
    SMALL,
    TENS,
    WORD_RUN,
    WORD_RUN_AFTER_GAP,
    _article_before,
    ascii_lower,
    trie_pattern,
    word_runs,
)

NUMBERISH = st.sampled_from(
    [
        " ",
        "  ",
        "-",
        ",",
        ".",
        "\n",
        "\t",
        "\xa0",
        "é",
        "_",
        "one",
        "One",
        "two",
        "twenty",
        "twenty-one",
        "eighteen",
        "eight",
        "seventeen",
        "hundred",
        "thousand",
        "million",
        "a",
        "an",
        "half",
        "dozen",
        "half-dozen",
        "a half",
        "and",
        "and a half",
        "ones",
        "zero",
        "1",
        "“",
        "one-way",
    ]
)
TEXTS = st.lists(st.one_of(NUMBERISH, st.text(max_size=5)), max_size=40).map("".join)

# The scan `word_runs` did before: a regex tried after every space of the article's words.
_STARTER = re.compile((r" (" + trie_pattern([*SMALL, *TENS, *_LEADS]) + r")(?= )").encode())


def plain_word_runs(low: str) -> list[tuple[int, int, str]]:
    words = b" " + low.encode("latin-1").translate(_NONWORD_TO_SPACE) + b" "
    first = WORD_RUN.match(low)
    runs = [(first.start(), first.end(), first.group())] if first else []
    starts: list[int] = []
    for sm in _STARTER.finditer(words):
        at = sm.start()
        word = sm.group(1)
        if word in _LEAD_BYTES:
            starts += _article_before(low, at)
        if word not in _LEAD_BYTES or word == b"half":
            starts.append(at)
    pos = first.end() if first else 0
    for start in sorted(starts):
        m = WORD_RUN_AFTER_GAP.match(low, start - 1) if start > pos else None
        if m:
            run, pos = m.span(1)
            runs.append((run, pos, low[run:pos]))
    return runs


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_word_runs_are_the_starter_scan(text: str) -> None:
    low = ascii_lower(text)
    assert word_runs(low) == plain_word_runs(low)
