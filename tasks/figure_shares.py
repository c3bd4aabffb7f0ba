"""Shares and rate moves written in words, as percent figures: "two-thirds" (66.67), "half of the
budget" (50), "one in five" (20), "a quarter-point cut" (0.25), "a 25-basis-point hike" (0.25).

The finders run on `ascii_lower(text)` (same offsets as the text), anchored on the rare fraction or
"point" word, and look back a few characters for the number, which keeps them cheap.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.figure_words import Found, make_figure
from tasks.numbers import DIGITS, FRACTIONS, WORDNUM, parse_digits, parse_words

# The share, "one in five" and rate-move finders run on ascii_lower(text) and look back for the number.
FRACTION_WORD: Final = re.compile(
    r"(?:h(?:alf|alves)|t(?:hirds?|enths?)|quarters?|fifths?)\b"
)  # word start checked in code
# Every FRACTION_WORD match starts with one of these: the regex is tried only where one stands.
FRACTION_LITERALS: Final = ("half", "halves", "third", "tenth", "quarter", "fifth")
FRACTION_NUM: Final = re.compile(r"\b(a|one|two|three|four|five|six|seven|eight|nine)[- ]$")
SHARE_OF: Final = re.compile(
    r"\s+(?:of\s+(?!an?\b|\d|(?:the|this|last|next)\s+(?:year|century|decade|season|month|day)\b)"
    r"|(?=(?:the|its|their|his|her|our|all|these|those)\b))"
)
# "one in five", "two out of three", "one-in-three": found from "in" or "out" (a literal a regex
# skips to), with the whitespace or hyphen before it checked in code. Not "one-in-100-year".
_ONE_IN_WHOLE: Final = (
    r"(?:\s+|-)(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,4})\b"
    r"(?![,.]\d|-|\s*(?:%|percent))"
)
ONE_IN: Final = (re.compile("in" + _ONE_IN_WHOLE), re.compile(r"out\s+of" + _ONE_IN_WHOLE))
ONE_IN_NUM: Final = re.compile(r"\b(one|two|three|four|\d{1,3})$")
POINT_MOVE: Final = re.compile(
    r"point\s+(?:cut|hike|increase|rise|reduction|drop|decrease|move|raise|jump|decline|gain|fall)s?\b"
)
POINT_NUM: Final = re.compile(
    rf"\b(?:(?P<frac>quarter|half|three-quarters?)|(?P<d>{DIGITS})|(?P<w>{WORDNUM}))"
    r"[- ](?P<bp>basis[- ])?(?:percentage[- ])?$"
)
# "half a percentage point", "a quarter of a percentage point": a share of one point.
POINT_SHARE: Final = re.compile(
    r"\b(half|a\s+quarter|three[- ]quarters)\s+(?:of\s+)?an?\s+percentage[- ]point\b"
)
POINT_SHARE_VALUE: Final = {"half": 0.5, "a quarter": 0.25, "three quarters": 0.75}
ORDINAL_BEFORE: Final = re.compile(
    r"\b(?:first|second|third|fourth|last|latter|other|back|front|and|a)\s+$", re.I
)
# "cut the backlog by half", "cut in half": a change of 50%.
# "grown by nearly a fifth", "by more than half since": a change by that share.
BY_HALF: Final = re.compile(r"\b(?:by|in)\s$")
DOZEN_AFTER: Final = re.compile(r"(?:-|\s+)(?:a\s+)?dozen\b")
BY_SHARE: Final = re.compile(
    r"\bby\s+(?:(?:nearly|almost|about|roughly|some|around|over|more\s+than|less\s+than|just\s+(?:over|under))\s+)?$"
)
WORD_VALUE: Final = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
WORD_VALUE.update({"nine": 9, "ten": 10, "a": 1})


def find_shares(text: str, low: str) -> list[Found]:
    """Rate moves in points, shares in words and "one in five", all as percent."""
    out: list[Found] = []
    for m in POINT_MOVE.finditer(low):
        n = POINT_NUM.search(low, max(0, m.start() - 40), m.start())
        if not n:
            continue
        if n.group("frac"):
            value = {"quarter": 0.25, "half": 0.5}.get(n.group("frac"), 0.75)
        else:
            value = parse_digits(n.group("d")) if n.group("d") else parse_words(n.group("w")) or 0.0
        value = value / 100 if n.group("bp") else value
        out.append(make_figure(n.start(), m.start() + len("point"), "percent", value, "percent"))
    if "percentage" in low:
        for m in POINT_SHARE.finditer(low):
            value = POINT_SHARE_VALUE[" ".join(m.group(1).replace("-", " ").split())]
            out.append(make_figure(m.start(), m.end(), "percent", value, "percent"))
    taken = [(f.start, f.end) for f in out]
    for m in _fraction_words(low):
        if m.start() and low[m.start() - 1].isalpha():
            continue
        n = FRACTION_NUM.search(low, max(0, m.start() - 7), m.start())
        start = n.start() if n else m.start()
        share = _share_value(low, start, m, n.group(1) if n else None)
        if share is not None and not _inside(taken, m.start()):
            out.append(make_figure(start, m.end(), "percent", share, "percent"))
    for at, m in _one_in(low):
        n = ONE_IN_NUM.search(low, max(0, at - 5), at)
        a, b = (_small(n.group(1)) if n else None), _small(m.group(1))
        if n and a and b and a < b and not _inside(taken, at) and not _year(m.group(1)):
            out.append(make_figure(n.start(), m.end(), "percent", 100 * a / b, "percent"))
    return out


def _fraction_words(low: str) -> list[re.Match[str]]:
    """What FRACTION_WORD.finditer(low) finds, the regex tried only where a fraction literal starts
    (found with str.find): on the first letters alone it would be tried at every "h", "t" and "f"."""
    starts: list[int] = []
    for word in FRACTION_LITERALS:
        at = low.find(word)
        while at >= 0:
            starts.append(at)
            at = low.find(word, at + 1)
    found, pos = [], 0
    for start in sorted(starts):
        m = FRACTION_WORD.match(low, start) if start >= pos else None
        if m:
            found.append(m)
            pos = m.end()
    return found


def _one_in(low: str) -> list[tuple[int, re.Match[str]]]:
    """ "in five" / "out of three" after whitespace or a hyphen ("one-in-three"), by offset (that
    character's), with their match."""
    found = [
        (m.start() - 1, m)
        for pattern in ONE_IN
        for m in pattern.finditer(low)
        if m.start() and (low[m.start() - 1].isspace() or low[m.start() - 1] == "-")
    ]
    return sorted(found, key=lambda pair: pair[0]) if len(found) > 1 else found


def _year(word: str) -> bool:
    """ "about 125 in 2015": a whole written as a year is a date, not the whole of a share."""
    return len(word) == 4 and word.isdigit() and 1800 <= int(word) <= 2100


def _small(word: str) -> float | None:
    return float(word) if word.isdigit() else WORD_VALUE.get(word)


def _share_value(low: str, start: int, m: re.Match[str], num: str | None) -> float | None:
    """Value in percent of "two-thirds", "half of", "a quarter of"; None when not a share."""
    frac_word = m.group()
    if DOZEN_AFTER.match(low, m.end()):  # "a half-dozen members" is a count of six
        return None
    if frac_word == "half" and num is None:
        if ORDINAL_BEFORE.search(low, max(0, start - 12), start):
            return None
        if BY_HALF.search(low, max(0, start - 4), start) or BY_SHARE.search(low, max(0, start - 20), start):
            return 50.0
        return 50.0 if SHARE_OF.match(low, m.end()) else None
    if num is None:
        return None
    frac = FRACTIONS[frac_word]
    count = WORD_VALUE.get(num, 1)
    if frac_word.endswith("s") and count >= 2:
        return 100 * count * frac
    by = SHARE_OF.match(low, m.end()) or BY_SHARE.search(low, max(0, start - 20), start)
    if not frac_word.endswith("s") and count == 1 and by:
        return 100 * frac
    return None


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)
