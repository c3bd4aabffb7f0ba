"""Tokens of masked narration: words, numbers, masked quotes and single punctuation marks.

Subject phrases are read token by token over a window of narration (`tasks.phrases`). A reader
going forward usually stops after a few tokens ("Rutte said"), so `TokenRun` pulls tokens from
the regex only as far as the reader looks: the tokens it gives are those `tokens` gives for the
same window, since the regex scans the window left to right either way.
"""

from __future__ import annotations

import re
from typing import Final

from mypy_extensions import mypyc_attr

from tasks.cues import NAME_WORD

TOKEN: Final = re.compile(rf"{NAME_WORD}|\d[\w.,]*\w|\d|\x00+|[^\w\s]")
# TOKEN (group 1) after the blanks before it: no token starts with a blank, so skipping them in
# one step finds the same tokens without trying every alternative of TOKEN at each blank.
SPACED_TOKEN: Final = re.compile(rf"\s*+({TOKEN.pattern})")


def tokens(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """(token, offset) pairs of text[start:end]: words, and each punctuation mark on its own."""
    return [(m[1], m.start(1)) for m in SPACED_TOKEN.finditer(text, start, end)]


@mypyc_attr(native_class=False)
class TokenRun(list):
    """tokens(text, start, end), filled on demand: ask `reach(toks, i)` before reading toks[i]
    (or `pull(toks, i)`, which reads on without first asking the list)."""

    __slots__ = ("source",)

    def __init__(self, text: str, start: int, end: int) -> None:
        self.source = SPACED_TOKEN.finditer(text, start, end)  # the list itself starts empty


def pull(run: TokenRun, i: int) -> bool:
    """Read run's tokens until run[i] exists; False when the window ends first.

    A function, not a method: a list subclass is no native class, so compiled code would call its
    methods through Python's call protocol, and this one runs once per token read."""
    toks: list[tuple[str, int]] = run  # list operations on it compile to direct calls
    for m in run.source:
        toks.append((m[1], m.start(1)))
        if len(toks) > i:
            return True
    return False


def reach(toks: list[tuple[str, int]], i: int) -> bool:
    """Whether toks[i] exists (i >= 0): a plain list is complete, a TokenRun reads on to it."""
    return i < len(toks) or (type(toks) is TokenRun and pull(toks, i))


def is_word(tok: str) -> bool:
    """A token made of letters or digits (not punctuation, not a masked quote)."""
    return tok[0].isalnum()
