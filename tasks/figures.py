"""Figures: numbers in article text that measure something, normalized to (kind, value, unit).

`find_figures(text)` scans once with precompiled regexes and decides, from the few words around each
number, whether it measures something:

- percent: "5%", "5 percent", "five per cent", shares in words ("roughly two-thirds" -> 66.67,
  "half of the budget" -> 50, "one in five" -> 20) and rate moves in points ("a quarter-point cut"
  -> 0.25). Basis points are converted to percentage points ("50 basis points" -> 0.5), so every
  percent figure is on one scale. Unit is always "percent".
- money: a currency symbol, code or word with the amount, scaled ("$850 billion" -> 8.5e11 USD,
  "€1.2bn" EUR, "300 million pounds" GBP). Unit is the ISO code.
- quantity: a measure or a duration ("1,500 kilometers", "an 18-year insurgency" -> 18 years).
- count: a number of things, unit the counted noun as written ("20,000 troops", "two dozen F-35s").
- Ranges are two figures, low and high. When both ends carry their unit ("2% to 3%") each is its own
  figure with its own raw text; when the low end borrows the high end's scale or unit ("$10-12
  billion", "between 2 and 3 percent") both figures carry the whole range as raw text and offsets,
  so a figure's key must include its value. A "range" with no unit at all ("3-1", "52-48") is a
  score or a tally and yields nothing.

Not figures: dates, years, clock times, ages, ordinals, scores, phone numbers, addresses, numbers
inside URLs or emails, designations ("F-35", "Section 230", "phase one", "Nikkei 225"), bond ticks
("7/32"), page furniture ("1 of 5", "5 min read"), vague amounts ("dozens", "several dozen"), "a"
alone and "one" used as a pronoun or article. Lines without closing punctuation (headings, related
links) are page furniture and are skipped.
"""

from __future__ import annotations

import re

from tasks.figure_elided import Number, bare, is_year, model_name, named_group, named_terms, pronoun_phrase
from tasks.figure_market import (
    exchange_rate,
    index_level,
    is_tenor,
    minus_sign,
    negative_start,
    pair_rate,
    points,
    subunit,
)
from tasks.figure_shares import find_shares
from tasks.figure_words import (
    DESIGNATION_NOUNS,
    FUNCTION_BEFORE,
    MONTH_WORD,
    MONTHS,
    WEEKDAYS,
    ends_sentence,
    glued_unit,
    head_noun,
    make_figure,
    noun_phrase,
    owner_or_plural_name,
    weapon_size,
)
from tasks.numbers import (
    CURRENCY_SYMBOLS,
    DIGITS,
    GLUED_ONLY,
    HYPHEN_COUNTS,
    ISO_CODES,
    MULTIPLIERS,
    QUANTITY_UNIT_RE,
    QUANTITY_UNITS,
    SCALED_ONLY_CURRENCY,
    WORDNUM,
    WORDNUM_AFTER_GAP,
    ascii_lower,
    currency_of_word,
    parse_digits,
    parse_words,
)
from tasks.spans import Figure

DIGIT_RUN = re.compile(DIGITS)
WORD_RUN = re.compile(WORDNUM)  # on ascii_lower(text)
WORD_RUN_AFTER_GAP = re.compile(WORDNUM_AFTER_GAP)  # the same runs, in group 1, past offset 0
URL = re.compile(r"(?:https?://|www\.)\S+")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
# Anchored at a digit (or the "(" / "+" before it): phones, addresses, page furniture.
SKIP_AT = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[-.]\d{4}\b"
    r"|\d{1,5}(?:\s+[A-Z][a-z]+){1,3}\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|"
    r"Lane|Way|Place|Court|Square|Parkway)\b"
    r"|\d+\s+min(?:ute)?s?\s+read\b|\d+\s+of\s+\d+\b(?!\s+(?:in|among|across)\s)|\d+(?:/\d+)+"
)
CURRENCY_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?:US|U\.S\.|C|CA|A|AU|NZ|HK|S|NT|R|MX)?\$|€|£|(?:CN)?¥|₹|₽|₩|₪|₺|₴"
    r"|(?<![A-Za-z])Rs\.?\s?|(?<![A-Za-z])(?:" + "|".join(sorted(ISO_CODES)) + r"|CHF)\s)$"
)
WORD_BEFORE = re.compile(r"([A-Za-z][\w.&'’-]*)[ \t]+$")  # never across a line break
MULTIPLIER = re.compile(
    r"(\s*)(thousand|million|billion|trillion|mn|mln|bn|bln|tn|trn|crores?|lakhs?|m|b|k)\b", re.I
)
PERCENT = re.compile(r"\s?%|\s*(?:per\s?cent|percent|pct)\b|-percent\b|\s+percentage\s+points?\b", re.I)
BASIS_POINTS = re.compile(r"\s+basis[- ]points?\b|\s?bps?\b", re.I)
CURRENCY_AFTER = re.compile(
    r"\s+(?:(US|U\.S\.|American|Canadian|Australian|New Zealand|Hong Kong|Singapore|Taiwan(?:ese)?)\s+)?"
    r"([A-Za-z]+)\b"
)
CODE_AFTER = re.compile(r"\s+(" + "|".join(sorted(ISO_CODES)) + r")\b")
QUANTITY = re.compile(rf"\s*({QUANTITY_UNIT_RE})\b(?!-old|\s+old\b)", re.I)
HYPHEN_UNIT = re.compile(r"-([a-z]+)\b(?!-old)")
AGE_AFTER = re.compile(r"(?:-|\s+)(?:years?|months?|weeks?|days?)(?:-|\s+)old\b", re.I)
AGE_BEFORE = re.compile(r"\b(?:aged?|ages|(?:age|ages)\s+of)\s+$", re.I)
NAME_COMMA = re.compile(r"[A-Z][\w'’.-]*,\s$")
TIME_AFTER = re.compile(r"\s?(?:a\.m\.|p\.m\.|[ap]m\b|o'clock\b|(?-i:GMT|UTC|[ECMP][SD]?T)\b)|:\d\d", re.I)
DATE_AFTER = re.compile(rf"(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTHS}\b")
RANGE = re.compile(
    rf"\s*(?P<sep>[-–—]|to\b|and\b|or\b)\s*(?:[$€£¥]|US\$)?(?:(?P<d>{DIGITS})|(?P<w>{WORDNUM}))", re.I
)
OR_MORE = re.compile(r"\s+or\s+(?:more|so|fewer|less)\b")
# "Two more officials", "six fewer shopping days": the comparative sits between number and noun.
MORE_NOUN = re.compile(
    r"\s+(?:more|fewer|less|additional|extra|further)(?=\s+(?!(?:next|last|this|each|every)\b)[a-z])"
)
# "one step at a time", "one at a time": an idiom, not a count.
ONE_IDIOM = re.compile(r"(?:\s+[a-z]+)?\s+at\s+a\s+time\b")
NEXT_CHAR = re.compile(r"\s+(\S)")
# "one built for deterrence", "one made in Ohio": "one" as a pronoun before a participle.
PRONOUN_ONE_AFTER = re.compile(r"\s+(?:[a-z]+ed|built|made|done|known|seen|given|taken|held|sold|run)\b")
# "One of our two icebreakers is nearly 50 years old": a thing's age is a duration; a person's is not.
THING_AGE_BEFORE = re.compile(
    r"\b([a-z][a-z-]+)\s+(?:is|was|are|were)\s+(?:(?:nearly|almost|about|roughly|more\s+than|over)\s+)?$"
)
AGE_PEOPLE = frozenset({"he", "she", "who", "they", "i", "you", "we", "man", "woman", "boy", "girl"})
BETWEEN_THE = re.compile(r"\bbetween\s+the\s+$", re.I)
TIMES = re.compile(
    r"\s+times\b(?!\s+(?:as|more|less|fewer|larger|bigger|higher|greater|smaller|the|that|what|over)\b)"
)
BETWEEN_BEFORE = re.compile(r"\bbetween\s+\S*$")
RANGE_TAIL = re.compile(r"\s?[-–]\s?\d+|\s+(?:to|and)\s+\d+\b")
HYPHEN_BEFORE = re.compile(r"[A-Za-z][-–]$|\d\s?[-–]$")
HEADING_END = frozenset(".!?\"”’')…:;»“")


def find_figures(text: str) -> list[Figure]:
    """Every figure in the article text, sorted by start offset (see module docstring for the rules)."""
    low = ascii_lower(text)
    blocked = _blocked_spans(text)
    figures = [f for f in find_shares(text, low) if not _inside(blocked, f.start)]
    blocked = sorted(blocked + [(f.start, f.end) for f in figures])
    consumed = 0
    for num in _numbers(text, low):
        if num.start < consumed or _inside(blocked, num.start):
            continue
        skip = (
            SKIP_AT.match(text, num.start - (text[num.start - 1 : num.start] in "(+")) if num.digits else None
        )
        if skip:
            consumed = skip.end()
            continue
        found, end = _read(text, num, figures)
        consumed = max(consumed, end)
        figures.extend(found)
    figures.sort(key=lambda f: (f.start, f.value))
    return figures


def _numbers(text: str, low: str) -> list[Number]:
    """Digit runs not glued to a word ("M1A2", "N225", "v1.2") and runs of number words, by start."""
    nums = [
        Number(m.start(), m.end(), m.group(), None)
        for m in DIGIT_RUN.finditer(text)
        if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_.,"))
    ]
    first = WORD_RUN.match(low)
    if first:
        nums.append(Number(first.start(), first.end(), None, first.group()))
    after = WORD_RUN_AFTER_GAP.finditer(low, first.end() if first else 0)
    nums += [Number(m.start(1), m.end(1), None, m.group(1)) for m in after]
    nums.sort(key=lambda n: n.start)
    return nums


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    """URLs, emails and heading lines (no closing punctuation): no figures inside."""
    spans = [m.span() for m in URL.finditer(text)] if "http" in text or "www." in text else []
    if "@" in text:
        spans += [m.span() for m in EMAIL.finditer(text)]
    spans += named_terms(text)
    pos = 0
    for line in text.split("\n"):
        stripped = line.rstrip()
        if stripped and stripped[-1] not in HEADING_END and len(stripped.split()) <= 25:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return sorted(spans)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def _read(text: str, num: Number, previous: list[Figure]) -> tuple[list[Figure], int]:
    """Figures starting at the number (two for a range), and the offset scanning resumes from."""
    start, end = num.start, num.end
    value = parse_digits(num.digits) if num.digits else parse_words(num.words or "")
    if value is None or _not_a_measure(text, start, end, bool(num.digits)):
        return [], _skip_range(text, end)
    cur = CURRENCY_BEFORE.search(text, max(0, start - 7), start)
    if cur:
        start = cur.start()
    sign_at = negative_start(text, start)
    mult, end = _multiplier(text, end, money=bool(cur))
    suffix = None if cur else _suffix(text, end, value * mult, mult != 1 or not num.digits, bool(num.digits))
    if suffix is None:
        high = _range(text, start, end, value * mult, bool(cur))
        if high is not None:
            return high
    if cur:
        code = CURRENCY_SYMBOLS.get(cur.group().strip(), "USD")
        after = CURRENCY_AFTER.match(text, end)
        if after and currency_of_word(after.group(2), after.group(1)):
            end = after.end()
        return [make_figure(text, start, end, "money", value * mult, code)], end
    if suffix is None:
        found, end = bare(text, num, value * mult, end, previous)
        quote = pair_rate(text, num.start) if not found and mult == 1 and num.digits else None
        if quote:
            return [make_figure(text, num.start, end, "money", value, quote)], end
        if not found and mult == 1 and index_level(text, num.start, end, num.digits):
            found = [make_figure(text, num.start, end, "quantity", value, "points")]
        return found, end
    kind, unit, s_end, factor = suffix
    if num.digits and is_year(num.digits) and kind == "count":
        return [], s_end
    if sign_at is not None and kind != "count":
        return [make_figure(text, sign_at, s_end, kind, -value * mult * factor, unit)], s_end
    pair = BETWEEN_THE.search(text, max(0, start - 14), start)
    if kind == "count" and (
        (value == 1 and not _one_counts(text, num))
        or pair
        or named_group(text, num, unit)
        or pronoun_phrase(text, num, unit)
        or model_name(text, num, unit, s_end)
    ):
        return [], s_end
    return [make_figure(text, start, s_end, kind, value * mult * factor, unit)], s_end


def _not_a_measure(text: str, start: int, end: int, digits: bool) -> bool:
    """Dates, times, ages, ordinals, designations and glued codes around the number."""
    before = text[max(0, start - 2) : start]
    nxt = text[end : end + 1]
    if (digits and nxt.isalpha() and not glued_unit(text, end)) or weapon_size(text, end):
        return True
    if before[-1:] in ("'", "’", "#", "/", ":") or (nxt in ("/", ":") and digits):
        return True
    if HYPHEN_BEFORE.search(before) or (digits and before.endswith("-") and not minus_sign(text, start)):
        return True
    if AGE_AFTER.match(text, end) and not _thing_age(text, start):
        return True
    if AGE_BEFORE.search(text, max(0, start - 12), start) or is_tenor(text, end):
        return True
    if TIME_AFTER.match(text, end) or DATE_AFTER.match(text, end):
        return True
    if digits and NAME_COMMA.search(text, max(0, start - 30), start) and text[end : end + 1] in (",", ")"):
        return True
    word = WORD_BEFORE.search(text, max(0, start - 30), start)
    if not word or ends_sentence(word.group(1)):
        return False
    prev = word.group(1)
    low = prev.lower().rstrip(".")
    if (MONTH_WORD.fullmatch(prev) and prev[0].isupper()) or low in DESIGNATION_NOUNS:
        return True
    if CURRENCY_BEFORE.search(prev + " ") or owner_or_plural_name(prev):
        return False
    return prev[0].isupper() and low not in FUNCTION_BEFORE and low not in WEEKDAYS


def _thing_age(text: str, start: int) -> bool:
    """ "icebreakers is nearly 50 years old" (a lowercase noun subject), not "Trump is 73 years old"."""
    m = THING_AGE_BEFORE.search(text, max(0, start - 40), start)
    return bool(m) and m.group(1) not in AGE_PEOPLE


def _skip_range(text: str, end: int) -> int:
    """After a number that is not a figure, also pass over a range's high end ("June 24-26")."""
    m = RANGE_TAIL.match(text, end)
    return m.end() if m else end


def _multiplier(text: str, end: int, money: bool) -> tuple[float, int]:
    m = MULTIPLIER.match(text, end)
    if not m:
        return 1.0, end
    word = m.group(2).lower()
    glued = not m.group(1)
    if (word in GLUED_ONLY and not (glued and money)) or (
        word in ("mn", "bn", "tn") and not glued and not money
    ):
        return 1.0, end
    return MULTIPLIERS[word], m.end()


def _suffix(
    text: str, end: int, value: float, scaled: bool, digits: bool = False
) -> tuple[str, str, int, float] | None:
    """(kind, unit, end, factor) of what follows the number, or None when nothing measurable does."""
    m = PERCENT.match(text, end)
    if m:
        return "percent", "percent", m.end(), 1.0
    m = BASIS_POINTS.match(text, end)
    if m:
        return "percent", "percent", m.end(), 0.01
    m = CODE_AFTER.match(text, end)
    if m:
        return "money", m.group(1), m.end(), 1.0
    m = CURRENCY_AFTER.match(text, end)
    code = currency_of_word(m.group(2), m.group(1)) if m else None
    if m and code and (scaled or m.group(2).lower() not in SCALED_ONLY_CURRENCY):
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
        word = m.group(1).lower()
        if word in QUANTITY_UNITS:
            return "quantity", QUANTITY_UNITS[word], m.end(), 1.0
        if word in HYPHEN_COUNTS:
            return "count", HYPHEN_COUNTS[word], m.end(), 1.0
        return None
    pos = end
    hedge = OR_MORE.match(text, pos) or (MORE_NOUN.match(text, pos) if value != 1 else None)
    if hedge:
        pos = hedge.end()
    if (digits or value > 1) and TIMES.match(text, pos):
        return "count", "times", TIMES.match(text, pos).end(), 1.0
    found = noun_phrase(text, pos)
    if found:
        head = head_noun(found[0])
        kind = "quantity" if head.lower() in QUANTITY_UNITS else "count"
        return kind, head, found[1], 1.0
    return None


def _range(text: str, start: int, end: int, low: float, money: bool) -> tuple[list[Figure], int] | None:
    """Two figures for "2 to 3 percent", "$40-50 billion", "between 2 and 3 percent"; [] for a score."""
    m = RANGE.match(text, end)
    if not m:
        return None
    if m.group("sep").lower() == "and" and not BETWEEN_BEFORE.search(text, max(0, start - 12), start):
        return None
    high = parse_digits(m.group("d")) if m.group("d") else parse_words(m.group("w"))
    if high is None:
        return None
    h_start = m.start("d") if m.group("d") else m.start("w")
    if m.group("d") and _not_a_measure(text, h_start, m.end(), True) and not text[m.end() :].startswith(" "):
        return None
    mult, h_end = _multiplier(text, m.end(), money)
    if money:
        code_m = CURRENCY_BEFORE.search(text, max(0, start - 1), start + 4)
        code = CURRENCY_SYMBOLS.get(code_m.group().strip(), "USD") if code_m else "USD"
        suffix = ("money", code, h_end, 1.0)
    else:
        suffix = _suffix(text, h_end, high * mult, mult != 1)
    if suffix is None or not low * (mult if low < high else 1) < high * mult:
        return [], h_end
    kind, unit, s_end, factor = suffix
    if kind == "count" and is_year(m.group("d") or "") and is_year(text[start:end]):
        return [], s_end
    low_value = low * mult if low < high else low
    return [
        make_figure(text, start, s_end, kind, low_value * factor, unit),
        make_figure(text, start, s_end, kind, high * mult * factor, unit),
    ], s_end


def _one_counts(text: str, num: Number) -> bool:
    """ "one" counts only as a plain numeral: not "One official said", "at one point", "no one"."""
    word = text[num.start : num.end]
    if num.digits or word.lower() != "one":
        return True
    if word[0].isupper():
        return False
    before = WORD_BEFORE.search(text, max(0, num.start - 20), num.start)
    nxt = NEXT_CHAR.match(text, num.end)
    if nxt and nxt.group(1).isupper():
        return False
    if PRONOUN_ONE_AFTER.match(text, num.end) or ONE_IDIOM.match(text, num.end):
        return False
    return not (
        before and before.group(1).lower() in {"at", "every", "no", "any", "the", "which", "each", "of"}
    )
