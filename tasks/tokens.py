"""Tokens of masked narration: words, numbers, masked quotes and single punctuation marks.

Subject phrases are read token by token over a window of narration (`tasks.phrases`). A reader
going forward usually stops after a few tokens ("Rutte said"), so `TokenRun` pulls tokens from
the regex only as far as the reader looks: the tokens it gives are those `tokens` gives for the
same window, since the regex scans the window left to right either way.
"""

from __future__ import annotations

import re

from mypy_extensions import mypyc_attr

from tasks.cues import NAME_WORD

TOKEN = re.compile(rf"{NAME_WORD}|\d[\w.,]*\w|\d|\x00+|[^\w\s]")
# TOKEN (group 1) after the blanks before it: no token starts with a blank, so skipping them in
# one step finds the same tokens without trying every alternative of TOKEN at each blank.
SPACED_TOKEN = re.compile(rf"\s*+({TOKEN.pattern})")


def tokens(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """(token, offset) pairs of text[start:end]: words, and each punctuation mark on its own."""
    return [(m[1], m.start(1)) for m in SPACED_TOKEN.finditer(text, start, end)]


@mypyc_attr(native_class=False)
class TokenRun(list):
    """tokens(text, start, end), filled on demand: ask `reach(toks, i)` before reading toks[i]."""

    __slots__ = ("source",)

    def __init__(self, text: str, start: int, end: int) -> None:
        self.source = SPACED_TOKEN.finditer(text, start, end)  # the list itself starts empty

    def pull(self, i: int) -> bool:
        """Read tokens until toks[i] exists; False when the window ends first."""
        for m in self.source:
            self.append((m[1], m.start(1)))
            if len(self) > i:
                return True
        return False


def reach(toks: list[tuple[str, int]], i: int) -> bool:
    """Whether toks[i] exists (i >= 0): a plain list is complete, a TokenRun reads on to it."""
    return i < len(toks) or (type(toks) is TokenRun and toks.pull(i))


def is_word(tok: str) -> bool:
    """A token made of letters or digits (not punctuation, not a masked quote)."""
    return tok[0].isalnum()
