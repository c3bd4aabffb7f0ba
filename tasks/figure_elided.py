"""Bare numbers in figure text: partitives ("500 of the troops"), counts whose noun is elided and
said just before ("up from 14,000", "operates two,"), and references to named people ("the two
Holloways") that are not counts. Also the `Number` the scanner hands around.

Rules over a string and offsets, no I/O. Used by `tasks/figures.py`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tasks.figure_words import STOP, head_noun, make_figure, noun_phrase
from tasks.numbers import DIGITS
from tasks.spans import Figure

WORD_BEFORE = re.compile(r"([A-Za-z][\w.&'’-]*)\s+$")
OF_GROUP = re.compile(r"\s+of\s+(?:the|these|those|its|their|his|her|our|all)(?:\s+" + DIGITS + r")?")
CLAUSE_END = re.compile(r"\s*[.;,]")
ELIDED_AFTER = re.compile(r"\s+(?:that|which|who)\b")
PARTICIPLE_AFTER = re.compile(r"\s+(?:needed|required|remaining|left)\b")
ELIDED_BEFORE = frozenset({"with", "to", "of", "from", "than"})
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


class Number(NamedTuple):
    """A number found in the text: digits ("1,500") or words ("two dozen"), with its offsets.

    A named tuple, not a dataclass: an article has dozens and building them is on the hot path."""

    start: int
    end: int
    digits: str | None
    words: str | None


def bare(text: str, num: Number, value: float, end: int, previous: list[Figure]) -> tuple[list[Figure], int]:
    """A number with no unit right after it: a partitive ("500 of the troops", raw to the noun) or a
    count whose noun is elided and comes from the clause ("up from 14,000", "the two needed")."""
    start = num.start
    group = OF_GROUP.match(text, end)
    if group and value != 1:
        found = noun_phrase(text, group.end())
        if found:
            return [make_figure(text, start, found[1], "count", value, head_noun(found[0]))], end
    if not _elided(text, num, end):
        return [], end
    line_start = text.rfind("\n", 0, start) + 1
    for fig in reversed(previous):
        if fig.kind == "count" and line_start <= fig.start and start - fig.end < 200:
            return [make_figure(text, start, end, "count", value, fig.unit)], end
    return [], end


def _elided(text: str, num: Number, end: int) -> bool:
    """Whether the bare number stands for a noun said just before: at a clause end ("operates two,"),
    before a relative or a participle ("17 that cannot", "the two needed"), after "from"/"than"."""
    if value_is_one(text, num) or (num.digits and (is_year(num.digits) or "." in num.digits)):
        return False
    before = WORD_BEFORE.search(text, max(0, num.start - 30), num.start)
    if not before:
        return False
    word = before.group(1).lower()
    if word in ("from", "than"):  # "up from 14,000 before the war", "more than 17"
        return True
    participle = PARTICIPLE_AFTER.match(text, end)
    if not (CLAUSE_END.match(text, end) or ELIDED_AFTER.match(text, end) or participle):
        return False
    return word not in STOP - ELIDED_BEFORE or (word == "the" and bool(participle))


def value_is_one(text: str, num: Number) -> bool:
    return text[num.start : num.end].lower() in ("one", "1", "a", "an")


def named_group(text: str, num: Number, unit: str) -> bool:
    """ "The two Holloways": a number word before a capitalized plural after "the" refers to named
    people already counted, like "the two" alone; it is not a count."""
    if num.digits or not unit[:1].isupper() or unit.isupper() or any(ch.isdigit() for ch in unit):
        return False
    return bool(THE_BEFORE.search(text, max(0, num.start - 5), num.start))


def is_year(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and 1000 <= int(digits) <= 2100
