"""Figures: numbers in article text that measure something, normalized to (kind, value, unit).

`find_figures(text)` scans once with precompiled regexes and decides, from the few words around each
number, whether it measures something:

- percent: "5%", "5 percent", "five per cent", shares in words ("roughly two-thirds" -> 66.67,
  "half of the budget" -> 50, "one in five" -> 20) and rate moves in points ("a quarter-point cut"
  -> 0.25). Basis points are converted to percentage points ("50 basis points" -> 0.5), so every
  percent figure is on one scale. Unit is always "percent".
- money: a currency symbol, code or word with the amount, scaled ("$850 billion" -> 8.5e11 USD,
  "€1.2bn" EUR, "300 million pounds" GBP, "86.40 Swiss francs" CHF). Unit is the ISO code. A bare
  "$" is the dollar of the outlet's country when its page's domain says so (abc.net.au: AUD).
- quantity: a measure or a duration ("1,500 kilometers", "an 18-year insurgency" -> 18 years).
- count: a number of things, unit the counted noun as written ("20,000 troops", "two dozen F-35s").
- Ranges are two figures, low and high. When both ends carry their unit ("2% to 3%", "£2.9bn and
  £13bn", each amount in its own currency) each is its own figure with its own raw text; when the
  low end borrows the high end's scale or unit ("$10-12 billion", "between 2 and 3 percent") both
  figures carry the whole range as raw text and offsets, so a figure's key must include its value.
  A "range" with no unit at all ("3-1", "52-48") is a score or a tally and yields nothing.

Not figures: dates, years, clock times, ages, ordinals, scores, phone numbers, addresses, numbers
inside URLs or emails, designations ("F-35", "Section 230", "phase one", "Nikkei 225"), bond ticks
("7/32"), page furniture ("1 of 5", "5 min read"), vague amounts ("dozens", "several dozen"), "a"
alone and "one" used as a pronoun or article ("one of them", "one reporter asked"). Lines without
closing punctuation (headings, related links) are page furniture and are skipped.

The module constants of this stage (here and in the modules it calls) are `Final`: compiled with
mypyc, a `Final` one is a C static, where any other is looked up in the module's dict at each use.
"""

from __future__ import annotations

import re
from operator import attrgetter
from typing import Final

from tasks.cues import INVERTED_VERBS
from tasks.currencies import GLUED_CODES, currency_code, currency_of_word
from tasks.figure_elided import (
    Number,
    bare,
    find_numbers,
    is_year,
    model_name,
    named_group,
    pronoun_phrase,
)
from tasks.figure_market import index_level, negative_start, pair_rate, price_level
from tasks.figure_measure import currency_before, named_terms, not_a_measure
from tasks.figure_shares import find_shares
from tasks.figure_suffix import CURRENCY_AFTER, multiplier, suffix
from tasks.figure_words import Found, describe, make_figure
from tasks.numbers import DIGITS, WORDNUM, ascii_lower, parse_digits, parse_words
from tasks.quotes import summary_box_end
from tasks.spans import Figure

URL: Final = re.compile(r"(?:https?://|www\.)\S+")
EMAIL: Final = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
# Anchored at a digit (or the "(" / "+" before it): phones, addresses, page furniture.
SKIP_AT: Final = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[-.]\d{4}\b"
    r"|\d{1,5}(?:\s+[A-Z][a-z]+){1,3}\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|"
    r"Lane|Way|Place|Court|Square|Parkway)\b"
    r"|\d+\s+min(?:ute)?s?\s+read\b|\d+\s+of\s+\d+\b(?!\s+(?:in|among|across)\s)|\d+(?:/\d+)+"
)
RANGE: Final = re.compile(
    rf"\s*(?P<sep>[-–—]|to\b|and\b|or\b)\s*(?:[$€£¥]|US\$)?(?:(?P<d>{DIGITS})|(?P<w>{WORDNUM}))", re.I
)
# "one step at a time", "one at a time": an idiom, not a count.
ONE_IDIOM: Final = re.compile(r"(?:\s+[a-z]+)?\s+at\s+a\s+time\b")
NEXT_CHAR: Final = re.compile(r"\s+(\S)")
# "one built for deterrence", "one made in Ohio": "one" as a pronoun before a participle.
PRONOUN_ONE_AFTER: Final = re.compile(
    r"\s+(?:[a-z]+ed|built|made|done|known|seen|given|taken|held|sold|run)\b"
)
ONE_BEFORE: Final = frozenset({"at", "every", "no", "any", "the", "which", "each", "of"})
# "one reporter asked", "one senior official said", "one trader at a Singapore merchant said": "one"
# as an article before a speaker, unless a word before it makes it a count ("only one senator asked").
ONE_SPEAKER_AFTER: Final = re.compile(
    r"(?:\s+(?:[a-z][\w'’-]*|[A-Z]{2,}\b)){1,3}(?:\s+(?:at|from|with|for|in)\s+(?:an?|the)(?:\s+[\w'’-]+){1,3})?"
    r"\s+(?:said|says|asked|asks|told|tells|wrote|writes|added|adds|noted"
    r"|replied|recalled|explained|argued|insisted|warned|complained|countered|wondered|shouted)\b"
)
QUOTE_CLOSERS: Final = ('"', "”", ",", "’")
ONE_TO_ANOTHER: Final = re.compile(r"(?:\s+[a-z][\w'’-]*){1,2}\s+to\s+(?:another|the\s+other)\b")
ONE_COUNTS_BEFORE: Final = frozenset({"only", "just", "exactly", "than", "least"})
WORD_BEFORE: Final = re.compile(r"([A-Za-z][\w.&'’-]*)[ \t]+$")  # never across a line break
BETWEEN_THE: Final = re.compile(r"\bbetween\s+the\s+$", re.I)
BETWEEN_BEFORE: Final = re.compile(r"\bbetween\s+\S*$")
RANGE_TAIL: Final = re.compile(r"\s?[-–]\s?\d+|\s+(?:to|and)\s+\d+\b")
# "one day he will", "one day soon", "one day, ...": a time, with a subject and a modal after it.
SOME_DAY_AFTER: Final = re.compile(r"\s+day(?:,|\s+soon\b|\s+[a-z]+\s+(?:will|would|could|might|may|can)\b)")
# A subscription or newsletter pitch left in the body by the cleaner: page furniture.
PROMO: Final = re.compile(
    r"\b(?:subscribe (?:now|today)|subscribe for [$€£¥][\d.,]+ a (?:month|week|year)|by subscribing"
    r"|sign up for our|our newsletter|download (?:our|the) app|download now|register (?:for free|now) to"
    r"|keep reading \S+ (?:free )?articles|a month for unlimited|subscribers get unlimited"
    r"|readers support us|support (?:us|the \w+) from (?:just|only)"
    r"|consider supporting us)\b",
    re.I,
)
# What PROMO needs, lowercased: most articles hold none of them, and are spared the line scan.
PROMO_HINTS: Final = (
    "subscri",
    "newsletter",
    "download",
    "register",
    "keep reading",
    "unlimited",
    "support us",
    "support the",
    "supporting us",
)
_PLAIN_HINTS: Final = PROMO_HINTS[:6]
_SUPPORT_HINTS: Final = PROMO_HINTS[6:]  # each holds "support": one scan rules all three out
# Every PROMO match holds one of these, lowercased: a line that holds none is not searched (the
# regex, tried at every character of the line, cost more than the rest of the line walk)...
PROMO_WORDS: Final = (
    "subscri", "sign up for our", "newsletter", "download", "register", "keep reading", "unlimited",
    "support",
)  # fmt: skip
# ...unless the text holds a character that re.I matches to an ASCII letter ("ſ" to "s").
_FOLDS_TO_ASCII: Final = ("\u017f", "\u212a", "\u0130", "\u0131")
HEADING_END: Final = frozenset(".!?\"”’')…:;»“")
_ORDER: Final = attrgetter("start", "value")  # how figures sort: by start, then value


def find_figures(text: str, dollar: str = "USD") -> list[Figure]:
    """Every figure in the article text, sorted by start offset (see module docstring for the rules).
    `dollar` is what a bare "$" means (the outlet country's dollar, `currencies.local_dollar`)."""
    low = ascii_lower(text)
    rev = text[::-1]  # the word before a number is a forward match in the reversed text
    blocked = _blocked_spans(text, low)
    figures = [f for f in find_shares(text, low) if not _inside(blocked, f.start)]
    blocked = _merged(blocked + [(f.start, f.end) for f in figures])
    blocked.append((len(text) + 1, len(text) + 2))  # past every number: the walk below needs no bounds test
    consumed = 0
    nxt = 0  # blocked[nxt] is the first blocked span that does not end before the number
    for num in find_numbers(text, low):
        start = num.start
        if start < consumed:
            continue
        while blocked[nxt][1] <= start:
            nxt += 1
        if blocked[nxt][0] <= start:
            continue
        skip = _skip_at(text, start, num.end, num.digits) if num.digits else None
        if skip:
            consumed = skip.end()
            continue
        found, end = _read(text, low, rev, num, figures, dollar)
        consumed = max(consumed, end)
        figures.extend(found)
    figures.sort(key=_ORDER)
    return describe(text, figures)


def _skip_at(text: str, start: int, end: int, digits: str) -> re.Match[str] | None:
    """A phone number, address or page furniture at the number. Each needs the number's leading
    digits followed by a space, ".", "-" or "/": never a comma ("20,000"), unless "(" or "+" led;
    a "." only inside the number ("202.555.1234"). After a space comes a digit (a phone), a capital
    (an address), "min" or "of": most numbers are followed by none of these, and the regex is not
    tried."""
    lead = text[start - 1 : start] in "(+"
    if lead:
        return SKIP_AT.match(text, start - lead)
    if "," in digits:
        return None
    if "." in digits:
        return SKIP_AT.match(text, start)
    after = text[end : end + 1]
    if after.isspace():
        second = text[end + 1 : end + 2]
        if not (second.isspace() or "A" <= second <= "Z" or second.isdigit() or second in ("m", "o")):
            return None
    elif after not in ("-", "/"):
        return None
    return SKIP_AT.match(text, start)


def _blocked_spans(text: str, low: str) -> list[tuple[int, int]]:
    """URLs, emails, heading lines (no closing punctuation), subscription pitches and the bullets
    of a summary box opening the article: no figures inside (`low` is ascii_lower(text))."""
    spans = [m.span() for m in URL.finditer(text)] if "http" in text or "www." in text else []
    if "@" in text:
        spans += [m.span() for m in EMAIL.finditer(text)]
    spans += named_terms(text)
    box = summary_box_end(text)
    if box:
        spans.append((0, box))
    pos, pitch = 0, _pitch_hinted(low)
    folded = pitch and any(ch in text for ch in _FOLDS_TO_ASCII)
    for line in text.split("\n"):
        if line[-1:] not in HEADING_END:  # a line that ends in closing punctuation is no heading
            stripped = line.rstrip()
            if stripped and stripped[-1] not in HEADING_END and len(stripped.split()) <= 25:
                spans.append((pos, pos + len(line)))
        elif (
            pitch
            and len(line) < 400
            and (folded or _promo_worded(low, pos, pos + len(line)))
            and PROMO.search(line)
        ):
            spans.append((pos, pos + len(line)))  # "SUBSCRIBE NOW from ¥1,650 a month."
        pos += len(line) + 1
    return sorted(spans)


def _pitch_hinted(low: str) -> bool:
    """Whether any of PROMO_HINTS is in low = ascii_lower(text)."""
    if any(hint in low for hint in _PLAIN_HINTS):
        return True
    return "support" in low and any(hint in low for hint in _SUPPORT_HINTS)


def _promo_worded(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] holds any of PROMO_WORDS."""
    return any(low.find(word, start, end) >= 0 for word in PROMO_WORDS)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of half-open spans as disjoint spans by start (empty ones hold nothing: dropped)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if s >= e:
            continue
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def _read(
    text: str, low: str, rev: str, num: Number, previous: list[Found], dollar: str = "USD"
) -> tuple[list[Found], int]:
    """Figures starting at the number (two for a range), and the offset scanning resumes from."""
    start, end, digits, words = num.start, num.end, num.digits, num.words
    is_digits = digits is not None
    value = parse_digits(digits) if digits is not None else parse_words(words or "")
    if value is None or not_a_measure(text, low, rev, start, end, is_digits):
        return [], _skip_range(text, end)
    cur = currency_before(text, start)
    if cur:
        start = cur.start()
    signed = text[start - 1 : start] in ("-", "−") or text.endswith("minus ", 0, start)  # rare: test first
    sign_at = negative_start(text, start) if signed else None
    mult, end = multiplier(text, end, cur is not None)
    scaled = value * mult
    unit = None if cur else suffix(text, end, scaled, mult != 1 or not is_digits, is_digits)
    written = cur.group().strip() if cur else ""
    if cur and mult == 1 and (written == "Hr" or (written in GLUED_CODES and cur.group() == written)):
        return [], _skip_range(text, end)  # "USD1 stablecoin", "SAR2 satellites": a name, no amount
    code = (dollar if written == "$" else currency_code(written, "USD")) if cur else None
    if unit is None:
        high = _range(text, low, rev, (start, end), (scaled, mult), code)
        if high is not None:
            return high
    if code:
        after = CURRENCY_AFTER.match(text, end)
        if after and currency_of_word(after.group(2), after.group(1)):
            end = after.end()
        return [make_figure(start, end, "money", scaled, code)], end
    if unit is None:
        return _bare(text, rev, num, value, mult, end, previous)
    kind, unit_name, s_end, factor = unit
    if digits and kind == "count" and is_year(digits):
        return [], s_end
    if sign_at is not None and kind != "count":
        return [make_figure(sign_at, s_end, kind, -scaled * factor, unit_name)], s_end
    if kind == "count" and _names_no_count(text, low, num, start, unit_name, s_end, value):
        return [], s_end
    if unit_name == "day" and num.words and _some_day(text, num):
        return [], s_end
    return [make_figure(start, s_end, kind, scaled * factor, unit_name)], s_end


def _bare(
    text: str, rev: str, num: Number, value: float, mult: float, end: int, previous: list[Found]
) -> tuple[list[Found], int]:
    """A number with no unit after it: a partitive or elided count, a rate level, an index level."""
    found, end = bare(text, rev, num, value * mult, end, previous)
    digits = num.digits if not found and mult == 1 else None  # a level is written in digits
    quote = (
        (pair_rate(text, num.start) or price_level(text, num.start, previous, digits, value))
        if digits
        else None
    )
    if quote:
        return [make_figure(num.start, end, "money", value, quote)], end
    if not found and mult == 1 and index_level(text, num.start, end, num.digits):
        found = [make_figure(num.start, end, "quantity", value, "points")]
    return found, end


def _names_no_count(text: str, low: str, num: Number, start: int, unit: str, end: int, value: float) -> bool:
    """A count that is none: "one" as a pronoun, "between the two sides", "the two Holloways", a model."""
    floor = max(0, start - 14)
    return (
        (value == 1 and not _one_counts(text, num))
        or ("between" in low[floor:start] and bool(BETWEEN_THE.search(text, floor, start)))
        or named_group(text, num, unit)
        or pronoun_phrase(text, num, unit)
        or model_name(text, num, unit, end)
    )


def _some_day(text: str, num: Number) -> bool:
    """ "One day, this will end", "one day he will": a time, not a duration ("lasted one day", "in
    one day", "one day later")."""
    word = text[num.start : num.end]
    if word.lower() != "one":
        return False
    if word == "One" and not text[max(0, num.start - 3) : num.start].strip(" \"“‘'"):
        return True  # opening its sentence (or its quote)
    return SOME_DAY_AFTER.match(text, num.end) is not None


def _skip_range(text: str, end: int) -> int:
    """After a number that is not a figure, also pass over a range's high end ("June 24-26")."""
    nxt = text[end : end + 1]
    m = RANGE_TAIL.match(text, end) if nxt in ("-", "–") or nxt.isspace() else None
    return m.end() if m else end


def _range(
    text: str, low: str, rev: str, span: tuple[int, int], low_end: tuple[float, float], code: str | None
) -> tuple[list[Found], int] | None:
    """Two figures for "2 to 3 percent", "$40-50 billion", "between 2 and 3 percent"; [] for a score.
    `low_end` is the low number's (scaled value, scale); `code` its currency when one stands before it.
    None when there is no range, or when both ends are whole amounts of money ("£2.9bn and £13bn"):
    each is then read on its own, in its own currency."""
    start, end = span
    low_value, low_mult = low_end
    nxt = text[end : end + 1]
    m = RANGE.match(text, end) if nxt.isspace() or (nxt in "-–—tTaAoO" and nxt) else None
    if not m:
        return None
    if m.group("sep").lower() == "and" and not BETWEEN_BEFORE.search(text, max(0, start - 12), start):
        return None
    high = parse_digits(m.group("d")) if m.group("d") else parse_words(m.group("w"))
    if high is None:
        return None
    h_start = m.start("d") if m.group("d") else m.start("w")
    if (
        m.group("d")
        and not_a_measure(text, low, rev, h_start, m.end(), True)
        and not text[m.end() :].startswith(" ")
    ):
        return None
    mult, h_end = multiplier(text, m.end(), bool(code))
    if code:
        high_cur = currency_before(text, h_start)
        if high_cur and (low_mult != 1 or mult == 1):
            return None
        high_written = high_cur.group().strip() if high_cur else "$"
        high_code = code if high_written == "$" else currency_code(high_written, code)
        unit: tuple[str, str, int, float] | None = ("money", high_code, h_end, 1.0)
    else:
        unit = suffix(text, h_end, high * mult, mult != 1)
    if unit is None or not low_value * (mult if low_value < high else 1) < high * mult:
        return [], h_end
    kind, unit_name, s_end, factor = unit
    if kind == "count" and is_year(m.group("d") or "") and is_year(text[start:end]):
        return [], s_end
    value = low_value * mult if low_value < high else low_value
    return [
        make_figure(start, s_end, kind, value * factor, unit_name),
        make_figure(start, s_end, kind, high * mult * factor, unit_name),
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
    prev = before.group(1).lower() if before else ""
    if prev not in ONE_COUNTS_BEFORE and ONE_SPEAKER_AFTER.match(text, num.end):
        return False
    if prev == "from" and ONE_TO_ANOTHER.match(text, num.end):
        return False  # "from one table to another"
    if before and prev in INVERTED_VERBS and text[: before.start()].rstrip().endswith(QUOTE_CLOSERS):
        return False  # ""...," said one machinist": an article before the speaker
    return prev not in ONE_BEFORE
