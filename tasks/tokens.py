"""Tokens of masked narration: words, numbers, masked quotes and single punctuation marks.

Subject phrases are read token by token over a window of narration (`tasks.phrases`). A reader
going forward usually stops after a few tokens ("Rutte said"), so `TokenRun` reads tokens only as
far as the reader looks: the tokens it gives are those `tokens` gives for the same window, since
both read the window left to right. Both read SPACED_TOKEN's tokens by hand (`read_tokens`).

`run_end` reads a capitalized name run (`names.CAP_RUN`) by hand, character by character.
"""

from __future__ import annotations

import re
from typing import Final

from mypy_extensions import i64, mypyc_attr

from tasks.cues import NAME_PREFIXES, NAME_WORD, TITLE_ABBREVIATIONS

TOKEN: Final = re.compile(rf"{NAME_WORD}|\d[\w.,]*\w|\d|\x00+|[^\w\s]")
# TOKEN (group 1) after the blanks before it: no token starts with a blank, so skipping them in
# one step finds the same tokens without trying every alternative of TOKEN at each blank.
SPACED_TOKEN: Final = re.compile(rf"\s*+({TOKEN.pattern})")


def tokens(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """(token, offset) pairs of text[start:end]: words, and each punctuation mark on its own."""
    toks: list[tuple[str, int]] = []
    n: i64 = min(end, len(text))
    read_tokens(toks, text, max(start, 0), n, n)
    return toks


@mypyc_attr(native_class=False)
class TokenRun(list):
    """tokens(text, start, end), filled on demand: ask `reach(toks, i)` before reading toks[i]
    (or `pull(toks, i)`, which reads on without first asking the list)."""

    __slots__ = ("end", "pos", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text  # the list itself starts empty; pos is where reading goes on
        self.pos = max(start, 0)
        self.end = min(end, len(text))


def pull(run: TokenRun, i: int) -> bool:
    """Read run's tokens until run[i] exists; False when the window ends first.

    A function, not a method: a list subclass is no native class, so compiled code would call its
    methods through Python's call protocol, and this one runs once per token read."""
    toks: list[tuple[str, int]] = run  # list operations on it compile to direct calls
    run.pos = read_tokens(toks, run.text, run.pos, run.end, i)
    return len(toks) > i


def read_tokens(toks: list[tuple[str, int]], text: str, p: i64, n: i64, i: i64) -> i64:
    """Append SPACED_TOKEN's tokens of text[p:n] to toks until toks[i] exists; where reading stopped.

    By hand, not by the regex: a token is found by its first character, and the regex engine's
    call and match object per token cost more than reading it. SPACED_TOKEN takes every blank,
    then TOKEN; where no TOKEN starts (at "_") the search goes on one character further."""
    while len(toks) <= i:
        while p < n and is_space(text, p):
            p += 1
        if p >= n:
            return n
        e: i64 = token_end(text, p, n)
        if e < 0:
            p += 1
        else:
            toks.append((text[p:e], p))
            p = e
    return p


def is_space(text: str, i: i64) -> bool:
    """Whether text[i] is a regex \\s character (Unicode whitespace)."""
    cp: i64 = ord(text[i])
    if cp == 32:
        return True
    return False if 32 < cp < 127 else text[i].isspace()


def token_end(text: str, p: i64, n: i64) -> i64:
    """End of TOKEN's match at p in text[:n], -1 when none: a name word at a letter, a number at a
    digit, a run of masked-quote characters, else one mark that is no word character."""
    cp: i64 = ord(text[p])
    if cp < 128:
        if 97 <= cp <= 122 or 65 <= cp <= 90:
            return name_word_end(text, p, n)
        if 48 <= cp <= 57:
            return number_end(text, p, n)
        if cp == 0:
            e: i64 = p + 1
            while e < n and ord(text[e]) == 0:
                e += 1
            return e
        return -1 if cp == 95 else p + 1
    if text[p].isdecimal():
        return number_end(text, p, n)
    return name_word_end(text, p, n) if text[p].isalnum() else p + 1


def number_end(text: str, p: i64, n: i64) -> i64:
    """End of \\d[\\w.,]*\\w (or the one digit) at p: the stretch of word characters, periods and
    commas after the digit, but periods and commas closing it."""
    e: i64 = p + 1
    while e < n and (ord(text[e]) == 46 or ord(text[e]) == 44 or is_word_char(text, e)):
        e += 1
    while e > p + 1 and (ord(text[e - 1]) == 46 or ord(text[e - 1]) == 44):
        e -= 1
    return e


def reach(toks: list[tuple[str, int]], i: int) -> bool:
    """Whether toks[i] exists (i >= 0): a plain list is complete, a TokenRun reads on to it."""
    return i < len(toks) or (type(toks) is TokenRun and pull(toks, i))


def is_word(tok: str) -> bool:
    """A token made of letters or digits (not punctuation, not a masked quote)."""
    return tok[0].isalnum()


# --- Name runs by hand: names.CAP_RUN's matches without the regex engine ---
#
# CAP_RUN is tried at every capital of an article, and each try pays the engine's set-up and its
# alternatives (title abbreviations, initials, particles) at every word. Read as code, a run is a
# name word, then words after blanks; each alternative is tried only where the first letters call
# for it. The regex is greedy and nothing follows its last word, so it never backtracks into a word
# it has taken: the run is its first alternative that fits at each word, which is what this reads.
# Characters are read as code points and offsets are i64: compiled, `ord(text[i])` is an array
# read and i64 arithmetic needs no checks for Python's big integers.

# Lowercase words inside a name before a capitalized word (names.PARTICLES).
PARTICLE_WORDS: Final = frozenset("de van der von bin al da di du la le del ibn of for".split())
# Institution heads after which "on" joins the name ("Commission on Human Rights").
ON_JOINING_HEADS: Final = ("Commission", "Committee", "Subcommittee", "Council", "Conference")
ORDINAL_ENDS: Final = frozenset({"st", "nd", "rd", "th"})
# The longest title abbreviation, and the longest lowercase word a run takes (all ASCII letters).
ABBREVIATION_LONGEST: Final = max(len(w) for w in TITLE_ABBREVIATIONS)
LOWER_LONGEST: Final = max(len(w) for w in PARTICLE_WORDS | NAME_PREFIXES | {"on"})
RIGHT_QUOTE: Final = 0x2019  # ’


def is_capital(cp: i64) -> bool:
    """A code point of [A-ZÀ-ÖØ-ÞĀ-Ž], the letters a name run opens with."""
    if cp < 192:
        return 65 <= cp <= 90
    return (cp <= 222 and cp != 215) or 256 <= cp <= 381


def is_word_char(text: str, i: i64) -> bool:
    """Whether text[i] is a regex \\w character (Unicode alphanumeric or "_"), ASCII by code point."""
    cp: i64 = ord(text[i])
    if cp < 128:
        return 97 <= cp <= 122 or 65 <= cp <= 90 or 48 <= cp <= 57 or cp == 95
    return text[i].isalnum()


def is_name_char(text: str, i: i64) -> bool:
    """Whether text[i] is in [\\w’'\\-], the characters a name word runs on over."""
    cp: i64 = ord(text[i])
    if cp < 128:
        return 97 <= cp <= 122 or 65 <= cp <= 90 or 48 <= cp <= 57 or cp == 95 or cp == 39 or cp == 45
    return cp == RIGHT_QUOTE or text[i].isalnum()


def name_chars_end(text: str, i: i64, n: i64) -> i64:
    """The offset after the [\\w’'\\-] characters from i (up to n): is_name_char, inlined for the
    loop that reads every letter of every name word."""
    while i < n:
        cp: i64 = ord(text[i])
        if cp < 128:
            if not (97 <= cp <= 122 or 65 <= cp <= 90 or 48 <= cp <= 57 or cp == 95 or cp == 39 or cp == 45):
                return i
        elif cp != RIGHT_QUOTE and not text[i].isalnum():
            return i
        i += 1
    return i


def skip_blanks(text: str, i: i64, n: i64) -> i64:
    """The offset after the spaces and tabs from i (up to n)."""
    while i < n and (ord(text[i]) == 32 or ord(text[i]) == 9):
        i += 1
    return i


def capital_after_blanks(text: str, i: i64, n: i64) -> bool:
    """(?=[ \\t]+[A-Z]) at i, in text[:n]."""
    k: i64 = skip_blanks(text, i, n)
    return i < k < n and 65 <= ord(text[k]) <= 90


def name_word_end(text: str, k: i64, n: i64) -> i64:
    """End of cues.NAME_WORD at k in text[:n], text[k] being a letter: a title abbreviation ("Gen."), initials
    ("U.S.", or "J." before a capitalized word), else a letter and the name characters after it
    but a closing hyphen.

    An abbreviation is letters before a period, and the period ends the name characters, so both
    are read from the one stretch of name characters."""
    e: i64 = name_chars_end(text, k + 1, n)
    if e < n and ord(text[e]) == 46 and 65 <= ord(text[k]) <= 90:  # [A-Z] before a period
        if e == k + 1:
            return initials_end(text, k, n)
        if e - k <= ABBREVIATION_LONGEST and text[k:e] in TITLE_ABBREVIATIONS:
            return e + 1
    while e > k + 1 and ord(text[e - 1]) == 45:
        e -= 1
    return e


def initials_end(text: str, k: i64, n: i64) -> i64:
    """End of the initials at k ("U.S.", "J.R.R."; one, "J.", only before a capitalized word), or
    of the letter alone."""
    m: i64 = k + 2
    while m + 1 < n and 65 <= ord(text[m]) <= 90 and ord(text[m + 1]) == 46:
        m += 2
    return m if m > k + 2 or capital_after_blanks(text, m, n) else k + 1


def lower_token_end(text: str, k: i64) -> i64:
    """End of a lowercase name token at k (-1 when none): a particle or an "on" joining an
    institution's name before a capitalized word ("bin", "Commission on"), or a particle joined
    to a family name ("al-Qadri", "d’Estaing"); a longer word is none of them."""
    n: i64 = len(text)
    b: i64 = k + 1
    while b < n and b - k <= LOWER_LONGEST and 97 <= ord(text[b]) <= 122:
        b += 1
    if b >= n or b - k > LOWER_LONGEST:
        return -1
    cp: i64 = ord(text[b])
    if cp == 32 or cp == 9:
        word = text[k:b]
        if word in PARTICLE_WORDS or (word == "on" and after_on_head(text, k)):
            return b if capital_after_blanks(text, b, n) else -1
        return -1
    if (cp == 39 or cp == 45 or cp == RIGHT_QUOTE) and b + 1 < n and is_capital(ord(text[b + 1])):
        return name_chars_end(text, b + 2, n) if text[k:b] in NAME_PREFIXES else -1
    return -1


def after_on_head(text: str, k: i64) -> bool:
    """Whether an institution head and one space stand before the "on" at k."""
    if k < 1 or ord(text[k - 1]) != 32:
        return False
    return any(text.endswith(head, 0, k - 1) for head in ON_JOINING_HEADS)


def is_decimal(text: str, i: i64) -> bool:
    """Whether text[i] is a regex \\d character (a Unicode decimal digit)."""
    cp: i64 = ord(text[i])
    return 48 <= cp <= 57 if cp < 128 else text[i].isdecimal()


def ordinal_end(text: str, k: i64) -> i64:
    """End of a rank ordinal at k before "Class" ("Petty Officer 2nd Class"), else -1."""
    b: i64 = k
    n: i64 = len(text)
    while b < n and is_decimal(text, b):
        b += 1
    if b == k or text[b : b + 2] not in ORDINAL_ENDS:
        return -1
    c: i64 = skip_blanks(text, b + 2, n)
    if c == b + 2 or not text.startswith("Class", c) or (c + 5 < n and is_word_char(text, c + 5)):
        return -1
    return b + 2


def name_token_end(text: str, k: i64) -> i64:
    """End of one word of a name run at k (names.NAME_TOKEN), -1 when none starts there."""
    cp: i64 = ord(text[k])
    if is_capital(cp):
        return name_word_end(text, k, len(text))
    if 97 <= cp <= 122:
        return lower_token_end(text, k)
    return ordinal_end(text, k)


def run_end(text: str, start: i64) -> i64:
    """End of the name run at start (text[start] a capital that no word character precedes):
    name words, each after blanks, a "&" between two of them joining a firm's partners."""
    n: i64 = len(text)
    end: i64 = name_word_end(text, start, n)
    while True:
        k: i64 = skip_blanks(text, end, n)
        if k == end or k >= n:
            return end
        if ord(text[k]) == 38:  # "&"
            m: i64 = skip_blanks(text, k + 1, n)
            if m == k + 1 or m >= n:
                return end
            k = m
        token_end: i64 = name_token_end(text, k)
        if token_end < 0:
            return end
        end = token_end
