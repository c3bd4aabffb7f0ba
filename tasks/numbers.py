"""Numbers as news prose writes them: digits, number words, scales, units (currencies: `tasks/currencies.py`).

Plain tables and parsers used by `tasks/figures.py`, and the scan for runs of number words
(`word_runs`). Kept apart so the figure scanner reads as rules about *where* a number measures
something, not about how "forty-five" spells 45.
"""

from __future__ import annotations

import re
from typing import Final

from mypy_extensions import i64

SMALL: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: Final = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

# Scale words and abbreviations that may follow digits ("1.2 billion", "€1.2bn", "£300m").
# Single letters (m, b, k) only count when glued to the digits of an amount of money.
MULTIPLIERS: Final = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6, "mln": 1e6,
    "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "m": 1e6, "b": 1e9, "k": 1e3, "crore": 1e7,
    "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
}  # fmt: skip
GLUED_ONLY: Final = frozenset({"m", "b", "k"})

FRACTIONS: Final = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
    "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}  # fmt: skip


def trie_pattern(words: list[str]) -> str:
    """A regex alternation of `words` factored by common prefixes, so failing costs one char test.

    It matches what the plain alternation of the words sorted longest first matches, with the same
    preference (two words matching at one offset are prefixes of one another: the longer is tried
    first). A space in a word matches any run of whitespace."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(tree)


def _emit(node: dict) -> str:
    alts = [
        (r"\s+" if ch == " " else re.escape(ch)) + _emit(child) for ch, child in sorted(node.items()) if ch
    ]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


_WORD_ALT: Final = trie_pattern([*SMALL, *TENS])
_UNIT_ALT: Final = "one|two|three|four|five|six|seven|eight|nine"
_SCALE_ALT: Final = "hundred|thousand|million|billion|trillion|dozen"
_ONE_WORD: Final = rf"{_WORD_ALT}(?:-(?:{_UNIT_ALT}))?"
# A number word after a blank that opens a compound adjective is no part of the run before it:
# "three one-way attack drones", "two one-year tours" (but "twenty-one" joins by its hyphen).
_NOT_COMPOUND: Final = (
    r"(?!-(?:way|off|time|sided|size|stop|party|man|liner|on-one|year|month|week|day|hour)\b)"
)
# A run of number words in lowercased text: "forty-five", "one hundred and twenty", "two dozen",
# "a million".
_WORDNUM_TAIL: Final = (
    rf"(?:\s+(?:{_ONE_WORD}|{_SCALE_ALT})\b{_NOT_COMPOUND}|-(?:{_ONE_WORD}|{_SCALE_ALT})\b"
    rf"|(?<=hundred)\s+and\s+{_ONE_WORD}\b"
    r"|(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half\b)*"
)
# "a half-dozen", "half a dozen": six.
_HALF_DOZEN: Final = r"(?:an?\s+)?half(?:-|\s+)(?:a\s+)?dozen\b"
WORDNUM: Final = rf"(?:\b{_ONE_WORD}\b|\b(?:an?)(?=\s+(?:{_SCALE_ALT})\b)|\b{_HALF_DOZEN}){_WORDNUM_TAIL}"
# The same runs found one character early: a non-word character, then WORDNUM without its leading \b
# (implied by that character) in group 1. A pattern that opens with a character class lets the regex
# engine skip to the next candidate instead of testing a word boundary at every offset. Every match
# of WORDNUM but one at offset 0 is a match of this, and none overlaps the previous one.
WORDNUM_AFTER_GAP: Final = (
    rf"\W((?:{_ONE_WORD}\b|(?:an?)(?=\s+(?:{_SCALE_ALT})\b)|{_HALF_DOZEN}){_WORDNUM_TAIL})"
)
# Starts with a plain \d so the regex engine can skip ahead to the next digit quickly.
DIGITS: Final = r"\d(?:\d{0,2}(?:,\d{3})+|\d*)(?:\.\d+)?"

_TOKEN: Final = re.compile(r"[a-z]+")
_HALF_DOZEN_RE: Final = re.compile(_HALF_DOZEN)
_AND_A_HALF: Final = re.compile(
    r"(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half(?=$|(?:\s+|-)(?:hundred|thousand|[mbtr]illion|dozen))"
)
_ONE_TOKEN: Final = {word: 0.0 + value for word, value in (SMALL | TENS).items()}  # what parse_words gives


def ascii_lower(text: str) -> str:
    """Lowercase of ASCII letters only, one char per char, so offsets into it are offsets into text."""
    return text.encode("latin-1", "replace").lower().decode("latin-1")


WORD_RUN: Final = re.compile(WORDNUM)
WORD_RUN_AFTER_GAP: Final = re.compile(WORDNUM_AFTER_GAP)
# Every run of number words starts with one of these as a whole word, or with the "a"/"an" before a
# scale word or "half" ("a million", "a half-dozen"). The article's words are looked for as bytes,
# with every character that is not a word character made a space.
_LEADS: Final = [*SCALES, "dozen", "half"]
_LEAD_BYTES: Final = frozenset(w.encode() for w in _LEADS)
_STARTS: Final = frozenset(w.encode() for w in [*SMALL, *TENS, *_LEADS])
_NONWORD_TO_SPACE: Final = bytes(b if chr(b).isalnum() or b == 0x5F else 0x20 for b in range(256))


def _start_pairs() -> bytes:
    """For each pair of first two bytes (256 * first + second), a bit for each length (3 to 10) of
    a word of _STARTS that starts with them: most words are ruled out without a slice."""
    table = bytearray(256 * 256)
    for word in _STARTS:
        table[word[0] * 256 + word[1]] |= 1 << (len(word) - 3)
    return bytes(table)


_START_PAIRS: Final = _start_pairs()


def word_runs(low: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of every run of number words in low = ascii_lower(text), as WORD_RUN at
    offset 0 then WORD_RUN_AFTER_GAP's finditer would find them, by start.

    The regex is tried only where a word that can start a run stands: an article holds few, and
    finding them is far cheaper than trying the regex after every non-word character."""
    words = b" " + low.encode("latin-1").translate(_NONWORD_TO_SPACE) + b" "  # offsets + 1
    first = WORD_RUN.match(low)
    runs = [(first.start(), first.end(), first.group())] if first else []
    starts: list[int] = []
    for at, word in _start_words(words):
        if word in _LEAD_BYTES:
            starts += _article_before(low, at)
        if word not in _LEAD_BYTES or word == b"half":  # "half-dozen" starts a run too
            starts.append(at)
    pos = first.end() if first else 0
    for start in sorted(starts):
        m = WORD_RUN_AFTER_GAP.match(low, start - 1) if start > pos else None
        if m:
            run, pos = m.span(1)  # the run ends the match
            runs.append((run, pos, low[run:pos]))
    return runs


def _start_words(words: bytes) -> list[tuple[int, bytes]]:
    """(offset, word) of every word of `words` (a run of bytes other than spaces; `words` starts
    and ends with a space) in _STARTS, in order, the offset one less than in `words` (the offset in
    the text). A walk over the bytes, native when compiled: a regex tried after every space cost
    more than all the rest of the number scan."""
    found: list[tuple[int, bytes]] = []
    n: i64 = len(words)
    i: i64 = 1
    while i < n:
        if words[i] == 0x20:
            i += 1
            continue
        j: i64 = i + 1
        while words[j] != 0x20:  # the last byte is a space
            j += 1
        size = j - i
        if 3 <= size <= 10 and (_START_PAIRS[words[i] * 256 + words[i + 1]] >> (size - 3)) & 1:
            word = words[i:j]
            if word in _STARTS:
                found.append((i - 1, word))
        i = j + 1
    return found


def _article_before(low: str, at: int) -> tuple[int, ...]:
    """Start of the "a" or "an" right before the word at `at` ("a million", "an half-dozen")."""
    i = at
    while i and low[i - 1].isspace():
        i -= 1
    if i == at:
        return ()
    if low[i - 1 : i] == "a":
        return (i - 1,)
    return (i - 2,) if low[i - 2 : i] == "an" else ()


def parse_words(words: str) -> float | None:
    """Value of a run of number words ("two dozen" -> 24, "a million" -> 1e6, "two-and-a-half" ->
    2.5, "a half-dozen" -> 6); None if not one."""
    if words in _ONE_TOKEN:
        return _ONE_TOKEN[words]
    low = words.lower()
    half = _AND_A_HALF.search(low)
    if half:
        head = low[: half.start()]
        whole = parse_words(head)
        scale = _scale_of(low[half.end() :])  # "eight and a half billion": 8.5 billion
        if whole is None or scale is None:
            return None
        last = head.rsplit(None, 1)[-1]
        if last in SCALES or last == "dozen":  # "a million and a half": half a million more
            return (whole + SCALES.get(last, 12) / 2) * scale
        return (whole + 0.5) * scale
    low = _HALF_DOZEN_RE.sub("six", low)
    total, current, seen = 0.0, 0.0, False
    for tok in _TOKEN.findall(low):
        if tok in ("a", "an"):
            current, seen = 1.0, True
        elif tok in SMALL:
            current, seen = current + SMALL[tok], True
        elif tok in TENS:
            current, seen = current + TENS[tok], True
        elif tok == "hundred":
            current = (current or 1.0) * 100
        elif tok == "dozen":
            current = (current or 1.0) * 12
        elif tok in SCALES:
            total += (current or 1.0) * SCALES[tok]
            current = 0.0
        elif tok != "and":
            return None
    return total + current if seen else None


def _scale_of(words: str) -> float | None:
    """The product of scale words ("billion" -> 1e9, "" -> 1); None if another word is among them."""
    scale = 1.0
    for tok in _TOKEN.findall(words):
        if tok not in SCALES and tok != "dozen":
            return None
        scale *= SCALES.get(tok, 12)
    return scale


def parse_digits(digits: str) -> float:
    """Value of "1,500.5" -> 1500.5."""
    return float(digits.replace(",", ""))


# Measures: a quantity's unit rather than a count of things. Keys as written, value = plural form
# used when the unit is glued by a hyphen ("a 90-day extension" -> days).
QUANTITY_UNITS: Final = {
    "second": "seconds", "minute": "minutes", "hour": "hours", "day": "days", "week": "weeks",
    "month": "months", "year": "years", "decade": "decades", "century": "centuries",
    "winter": "winters", "summer": "summers",
    "mile": "miles", "kilometer": "kilometers", "kilometre": "kilometres", "km": "km",
    "meter": "meters", "metre": "metres", "foot": "feet", "feet": "feet", "ft": "ft", "inch": "inches",
    "yard": "yards", "nautical mile": "nautical miles", "mph": "mph", "knot": "knots",
    "ton": "tons", "tonne": "tonnes", "kilogram": "kilograms", "kg": "kg", "gram": "grams",
    "pound": "pounds", "lb": "lb", "lbs": "lbs", "ounce": "ounces", "barrel": "barrels",
    "gallon": "gallons", "liter": "liters", "litre": "litres", "acre": "acres", "hectare": "hectares",
    "square mile": "square miles", "square kilometer": "square kilometers", "megawatt": "megawatts",
    "gigawatt": "gigawatts", "mw": "MW", "gw": "GW", "kwh": "kWh", "mwh": "MWh", "degree": "degrees",
    "megaton": "megatons", "kiloton": "kilotons", "cubic meter": "cubic meters", "mm": "mm",
    "cm": "cm", "kt": "kt", "bpd": "bpd", "bushel": "bushels", "cubic yard": "cubic yards",
    "cubic foot": "cubic feet", "cubic feet": "cubic feet", "square foot": "square feet",
    "square feet": "square feet", "square meter": "square meters", "acre-foot": "acre-feet",
    "acre-feet": "acre-feet", "part per million": "parts per million", "ppm": "ppm", "ppb": "ppb",
    "part per billion": "parts per billion", "part per trillion": "parts per trillion",
    # cryptocurrencies have no ISO code: an amount of them is a measured quantity ("75 Bitcoin")
    "bitcoin": "bitcoin", "bitcoins": "bitcoins", "btc": "BTC",
}  # fmt: skip
# Plural spellings map to themselves.
for _unit in list(QUANTITY_UNITS.values()):
    QUANTITY_UNITS.setdefault(_unit.lower(), _unit)
QUANTITY_UNITS.update({"hrs": "hours", "yrs": "years", "mins": "minutes", "sq km": "sq km"})

# Nouns glued by a hyphen that make a count ("a 32-nation alliance" -> 32 nations).
HYPHEN_COUNTS: Final = {
    "member": "members", "nation": "nations", "country": "countries", "state": "states",
    "person": "people", "man": "men", "seat": "seats", "vessel": "vessels", "ship": "ships",
    "page": "pages", "employee": "employees", "worker": "workers", "soldier": "soldiers", "bed": "beds",
    "room": "rooms", "vehicle": "vehicles", "aircraft": "aircraft", "unit": "units",
}  # fmt: skip

QUANTITY_UNIT_RE: Final = trie_pattern(list(QUANTITY_UNITS))  # keys are lowercase; matched with re.I
