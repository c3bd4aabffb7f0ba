"""What follows a number and makes it a figure: a scale ("1.2 billion", "€3bn"), then a unit — percent,
basis points, a currency code or word, a sub-unit of money, an exchange rate, a measure, points, a
hyphened unit ("a 90-day extension") or the noun it counts ("20,000 troops", "two more officials").

The units are tried in a fixed order and the first that fits wins (`_suffix_in_order`, the rule as
written). Most numbers are followed by none of them, so `suffix` first matches one regex made of all
of them in that order: it names the first that can fit, or tells at once that none can. A unit that
needs more than its regex (a currency word "pounds" wants a scale) is settled by the ordered rule.

Rules over a string and offsets, no I/O. Used by `tasks/figures.py`.
"""

from __future__ import annotations

import re
import string
from typing import Final

from tasks.currencies import (
    COUNTRY_ADJECTIVES,
    COUNTRY_ONLY_CURRENCY,
    CURRENCY_WORDS,
    ISO_CODES,
    SCALED_ONLY_CURRENCY,
    cfa_franc,
    currency_by_country,
    currency_of_word,
)
from tasks.figure_market import PER_BASE, POINTS, SUBUNIT, exchange_rate, points, subunit
from tasks.figure_words import head_noun, noun_phrase
from tasks.numbers import (
    GLUED_ONLY,
    HYPHEN_COUNTS,
    MULTIPLIERS,
    QUANTITY_UNIT_RE,
    QUANTITY_UNITS,
    trie_pattern,
)

Suffix = tuple[str, str, int, float]  # (kind, unit, end, factor)

MULTIPLIER: Final = re.compile(
    r"(\s*)(thousand|million|billion|trillion|mn|mln|bn|bln|tn|trn|crores?|lakhs?|m|b|k)\b", re.I
)
PERCENT: Final = re.compile(
    r"\s?%|\s*(?:per\s?cent|percent|pct)\b|-percent\b|\s+percentage\s+points?\b", re.I
)
BASIS_POINTS: Final = re.compile(r"\s+basis[- ]points?\b|\s?bps?\b", re.I)
_COUNTRY: Final = trie_pattern(COUNTRY_ADJECTIVES)  # "Canadian dollars", "Swiss francs": case as written
CURRENCY_AFTER: Final = re.compile(rf"\s+(?:({_COUNTRY})\s+)?([A-Za-z]+)\b")
_SCALE_STARTS: Final = frozenset(word[:2] for word in MULTIPLIERS)  # MULTIPLIER's words, as they start
HYPHEN_SCALE: Final = re.compile(r"-(thousand|million|billion|trillion)\b", re.I)
CRORE_AFTER: Final = re.compile(r"\s+crores?\b", re.I)
CFA_FRANCS: Final = re.compile(r"\s+(?:CFA\s+francs?|francs?\s+CFA)\b")
CODE_AFTER: Final = re.compile(r"\s+(" + "|".join(sorted(ISO_CODES)) + r")\b")
QUANTITY: Final = re.compile(rf"\s*({QUANTITY_UNIT_RE})\b(?!-old|\s+old\b)", re.I)
HYPHEN_UNIT: Final = re.compile(r"-([a-z]+)\b(?!-old)")
OR_MORE: Final = re.compile(r"\s+or\s+(?:more|so|fewer|less)\b")
# "Two more officials", "six fewer shopping days": the comparative sits between number and noun.
MORE_NOUN: Final = re.compile(
    r"\s+(?:more|fewer|less|additional|extra|further)(?=\s+(?!(?:next|last|this|each|every)\b)[a-z])"
)
HEDGE: Final = re.compile(f"(?P<or_more>{OR_MORE.pattern})|{MORE_NOUN.pattern}")  # both in one match
TIMES: Final = re.compile(
    r"\s+times\b(?!\s+(?:as|more|less|fewer|larger|bigger|higher|greater|smaller|the|that|what|over)\b)"
)

# A currency word after the number, as CURRENCY_AFTER would read it (ASCII letters, any case).
_CURRENCY_NAMES: Final = [*CURRENCY_WORDS, *COUNTRY_ONLY_CURRENCY]
_WORDS: Final = trie_pattern(_CURRENCY_NAMES)
_CURRENCY_WORD_AFTER: Final = rf"\s+(?:(?:{_COUNTRY})\s+)?(?=[A-Za-z]+\b)(?i:{_WORDS})\b"
# The units in the order `_suffix_in_order` tries them, each with the characters its match can
# start with after any whitespace. An alternative matches wherever its unit fits (and maybe more:
# "cur", "sub", "rate" and "pts" are settled by the ordered rule).
_UNITS: Final = [
    ("cfa", CFA_FRANCS.pattern, "Cf"),
    ("percent", f"(?i:{PERCENT.pattern})", "%-p"),
    ("bps", f"(?i:{BASIS_POINTS.pattern})", "b"),
    ("code", CODE_AFTER.pattern, "".join(code[0] for code in ISO_CODES)),
    (
        "cur",
        _CURRENCY_WORD_AFTER,
        "".join(a[0] for a in COUNTRY_ADJECTIVES) + "".join(w[0] + w[0].upper() for w in _CURRENCY_NAMES),
    ),
    ("sub", f"p|{SUBUNIT.pattern}", "pUeCAHSNck"),
    ("rate", PER_BASE.pattern, "pat"),
    ("qty", f"(?i:{QUANTITY.pattern})", "".join(unit[0] for unit in QUANTITY_UNITS)),
    ("pts", POINTS.pattern, "p"),
    ("hyphen", HYPHEN_UNIT.pattern, "-"),
]
_CASED: Final = {"percent", "bps", "qty"}  # matched with re.I: their letters stand for every case form


def _case_forms(ch: str) -> set[str]:
    """The characters re.I matches for `ch` among the ASCII letters and the four others it folds
    with them (Kelvin sign, long s, dotted and dotless i)."""
    return {
        x
        for x in string.ascii_letters + "\u212a\u017f\u0130\u0131" + ch
        if re.fullmatch(re.escape(ch), x, re.I)
    }


def _first_fit(units: list[tuple[str, str, str]]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern, _ in units))


_FIRST_FIT: Final = _first_fit(_UNITS)


# The same regex cut down to the units that can start with a given character, for the character
# after the number (or after the one whitespace character that follows it).
def _units_at(ch: str) -> list[tuple[str, str, str]]:
    return [u for u in _UNITS if ch in u[2] or (u[0] in _CASED and _case_forms(ch) & set(u[2]))]


_FIRST_FIT_AT: Final = {
    ch: _first_fit(_units_at(ch))
    for ch in {x for _, _, starts in _UNITS for s in starts for x in _case_forms(s)}
    if _units_at(ch)
}


# The first two letters, lowercased, of every word a unit can start with after the number's space
# (the words of the units' regexes, in `_UNITS` order; SUBUNIT's, PER_BASE's and POINTS' as
# written in figure_market). Most numbers are followed by a word that starts like none of them
# ("10 small drones", "2,000 older Humvees"): no unit is tried.
_UNIT_STARTS: Final = frozenset(
    word[:2].lower()
    for word in [
        *("CFA", "franc"),
        *("percent", "pct", "percentage", "basis", "bps"),
        *ISO_CODES,
        *COUNTRY_ADJECTIVES,
        *_CURRENCY_NAMES,
        *("US", "euro", "Canadian", "Australian", "Hong", "Singapore", "New", "cents", "pence", "kopecks"),
        *("per", "to"),  # "a" too, which is never two letters
        *QUANTITY_UNITS,
        "points",
    ]
)
# The pairs of ASCII letters, in any case, that start no unit: one set lookup tells a number's next
# word rules every unit out, where testing isascii, isalpha and the lowercase cost three calls.
_NO_UNIT_PAIRS: Final = frozenset(
    a + b for a in string.ascii_letters for b in string.ascii_letters if (a + b).lower() not in _UNIT_STARTS
)


def multiplier(text: str, end: int, money: bool) -> tuple[float, int]:
    """The scale after the number ("billion", glued "bn" or "m" for money, "lakh crore") and where
    it ends."""
    nxt = text[end : end + 1]
    if nxt == "-" and money:
        m = HYPHEN_SCALE.match(text, end)  # "$6.4-billion", as Canadian papers write it
        return (MULTIPLIERS[m.group(1).lower()], m.end()) if m else (1.0, end)
    m = (
        MULTIPLIER.match(text, end)
        if nxt.isalpha() or (nxt.isspace() and _scale_may_follow(text, end))
        else None
    )
    if not m:
        return 1.0, end
    word = m.group(2).lower()
    glued = not m.group(1)
    if (word in GLUED_ONLY and not (glued and money)) or (
        word in ("mn", "bn", "tn") and not glued and not money
    ):
        return 1.0, end
    crore = CRORE_AFTER.match(text, m.end()) if word in ("lakh", "lakhs", "thousand") else None
    if crore:  # "Rs 1.8 lakh crore": 1.8 lakh of crores
        return MULTIPLIERS[word] * 1e7, crore.end()
    return MULTIPLIERS[word], m.end()


def _scale_may_follow(text: str, end: int) -> bool:
    """Whether a scale word may stand after the whitespace at `end`, by the two characters after it:
    most numbers are followed by a word that starts like none ("10 active-duty", "2,000 older")."""
    pair = text[end + 1 : end + 3]
    if len(pair) < 2 or pair[0].isspace() or not pair.isascii():  # a run of whitespace, or re.I folds
        return True
    pair = pair.lower()
    return pair in _SCALE_STARTS or pair[0] in "mbk"  # "m", "b", "k" alone are scales too


def suffix(text: str, end: int, value: float, scaled: bool, digits: bool = False) -> Suffix | None:
    """(kind, unit, end, factor) of what follows the number, or None when nothing measurable does."""
    m = _first_fit_at(text, end)
    if m is None:
        return _counted(text, end, value, digits)
    unit = m.lastgroup
    if unit == "cfa":
        return "money", cfa_franc(text, end), m.end(), 1.0
    if unit == "percent":
        return "percent", "percent", m.end(), 1.0
    if unit == "bps":
        return "percent", "percent", m.end(), 0.01
    if unit == "code":
        return "money", m.group().lstrip(), m.end(), 1.0
    if unit == "qty":
        return "quantity", m.group().lstrip(), m.end(), 1.0
    if unit == "hyphen":
        return _hyphen_unit(text, m.group()[1:].lower(), m.end())
    if unit == "pts" and (digits or value != 1):
        return points(text, end)
    return _suffix_in_order(text, end, value, scaled, digits)


def _first_fit_at(text: str, end: int) -> re.Match[str] | None:
    """_FIRST_FIT.match(text, end), trying only the units that can start at the first character
    after the number that is not whitespace."""
    first = text[end : end + 1]
    if first.isspace():
        pair = text[end + 1 : end + 3]
        first = pair[:1]
        if first.isspace():  # a run of whitespace: any unit may follow it
            return _FIRST_FIT.match(text, end)
        if pair in _NO_UNIT_PAIRS:
            return None  # two letters no unit starts with (ASCII: none that re.I folds)
    pattern = _FIRST_FIT_AT.get(first)
    return pattern.match(text, end) if pattern else None


def _suffix_in_order(text: str, end: int, value: float, scaled: bool, digits: bool) -> Suffix | None:
    """The suffix rule as written: each unit in turn, the first that fits."""
    m = PERCENT.match(text, end)
    if m:
        return "percent", "percent", m.end(), 1.0
    m = BASIS_POINTS.match(text, end)
    if m:
        return "percent", "percent", m.end(), 0.01
    m = CODE_AFTER.match(text, end)
    if m:
        return "money", m.group(1), m.end(), 1.0
    cfa = CFA_FRANCS.match(text, end)
    if cfa:  # "5,000 CFA francs", "50,000 francs CFA"
        return "money", cfa_franc(text, end), cfa.end(), 1.0
    m = CURRENCY_AFTER.match(text, end)
    code = currency_of_word(m.group(2), m.group(1)) if m else None
    if m and not code and not m.group(1):  # "15,000 rials" in a story about Iran
        code = currency_by_country(m.group(2), text, end)
    if m and code and (scaled or m.group(1) or m.group(2).lower() not in SCALED_ONLY_CURRENCY):
        return "money", code, m.end(), 1.0
    sub = subunit(text, end)
    if sub:
        return "money", sub[0], sub[1], 0.01
    rate = exchange_rate(text, end) if digits else None
    if rate:
        return "money", rate[0], rate[1], 1.0
    m = QUANTITY.match(text, end)
    if m:
        return "quantity", m.group(1), m.end(), 1.0
    pts = points(text, end) if digits or value != 1 else None
    if pts:
        return pts
    m = HYPHEN_UNIT.match(text, end)
    if m:
        return _hyphen_unit(text, m.group(1).lower(), m.end())
    return _counted(text, end, value, digits)


def _hyphen_unit(text: str, word: str, end: int) -> Suffix | None:
    """ "a 90-day extension" (days), "a 32-nation alliance" (nations), "the 200-nautical-mile zone"
    (a two-word unit); None for any other hyphened word."""
    second = HYPHEN_UNIT.match(text, end) if text[end : end + 1] == "-" else None
    if second and f"{word} {second.group(1).lower()}" in QUANTITY_UNITS:
        return "quantity", QUANTITY_UNITS[f"{word} {second.group(1).lower()}"], second.end(), 1.0
    if word in QUANTITY_UNITS:
        return "quantity", QUANTITY_UNITS[word], end, 1.0
    if word in HYPHEN_COUNTS:
        return "count", HYPHEN_COUNTS[word], end, 1.0
    return None


def _counted(text: str, end: int, value: float, digits: bool) -> Suffix | None:
    """The noun the number counts, after an "or more" or a comparative ("two more officials")."""
    if not text[end : end + 1].isspace():
        return None  # every reading below starts with whitespace
    pos = end
    hedge = HEDGE.match(text, pos)  # "or more" always; a comparative unless the number is one
    if hedge and (value != 1 or hedge.lastgroup == "or_more"):
        pos = hedge.end()
    times = TIMES.match(text, pos) if digits or value > 1 else None
    if times:
        return "count", "times", times.end(), 1.0
    found = noun_phrase(text, pos)
    if found:
        head = head_noun(found[0])
        kind = "quantity" if head.lower() in QUANTITY_UNITS else "count"
        return kind, head, found[1], 1.0
    return None
