"""Figures as market and poll copy writes them: instrument tenors ("the 10-year note") that are
names, not durations; sub-units of money ("73 cents" = 0.73 USD, "84.12 pence" = 0.8412 GBP);
signed numbers ("minus 0.5%"); exchange rates ("the yen rose to 108.52 per dollar" = 108.52 JPY)
and later bare levels of the same price ("a record low of 10.27" after "10.08 kroner per euro");
points, which are percentage points in a poll lead ("a lead of 12 points") and index points
elsewhere ("rose 222.93 points"); and index levels after a move ("fell 0.4% to 27,909.60").

Rules over a string and offsets, no I/O. Used by `tasks/figures.py`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tasks.currencies import CURRENCY_WORDS, DOLLAR_COUNTRY, currency_of_word

if TYPE_CHECKING:  # figure_words imports this module
    from tasks.figure_words import Found

# "10-year note", "two-year yield", "30-year bond yield", "One-week implied volatility", "52-week
# highs": the tenor names the instrument (or the term of art), it measures nothing in the sentence.
_INSTRUMENT: Final = (
    r"(?:notes?|bonds?|yields?|Treasury|Treasuries|gilts?|Bunds?|JGBs?|bills?|paper|futures|swaps?"
    r"|debt|securities|maturit(?:y|ies)|(?:implied\s+)?volatility|breakevens?|auctions?)\b"
)
_FILLER: Final = r"(?:\s+(?!(?:and|or|to|of|the|a|an|that|which|in|on|for|at|by|is|was|has|had)\b)[\w.&'’-]+)"
TENOR: Final = re.compile(
    rf"-(?:year|month|week|day)s?{_FILLER}{{0,2}}?\s+{_INSTRUMENT}"
    r"|(?<=52)-week\s+(?:highs?|lows?|range)\b",
    re.I,
)
# Money written in its currency's hundredth: "73 cents", "84.12 pence", "50 kopeks".
SUBUNIT: Final = re.compile(
    r"\s+(?:(U\.S\.|US|euro|Canadian|Australian|Hong\s+Kong|Singapore|New\s+Zealand)\s+)?"
    r"(cents?|pence|kopecks?|kopeks?)\b"
)
# "412p a share": pence glued to the price, not a video format ("1080p") nor a time ("5p.m.").
PENCE_GLUED: Final = re.compile(r"p(?![\w'’-]|\.\w)")
_PRICE_BEFORE: Final = re.compile(r"[\d.,]+$")
VIDEO_FORMATS: Final = frozenset({"240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})
SUBUNIT_CODE: Final = {"pence": "GBP", "kopek": "RUB", "kopeks": "RUB", "kopeck": "RUB", "kopecks": "RUB"}
NEGATIVE_BEFORE: Final = re.compile(r"(?:\bminus\s+|(?:(?<=[\s(])|^)[-−])$")
# "7.0412 per dollar": a rate quoted in the currency named before it in the sentence.
PER_BASE: Final = re.compile(r"\s+(?:per|a|to\s+the)\s+(?:U\.S\.\s+)?(dollar|euro|pound|yen|franc|yuan)\b")
_QUOTED: Final = sorted(set(CURRENCY_WORDS) - {"won", "rand"}, key=len, reverse=True)  # not the verb "won"
_CURRENCY_WORD: Final = re.compile(r"\b(" + "|".join(_QUOTED) + r")\b", re.I)
POINTS: Final = re.compile(r"\s+points?\b(?!\s+of\b)")
# A poll margin in points is in percentage points: "a lead of 12 points", "ahead by 5 points".
POLL_BEFORE: Final = re.compile(
    r"\b(?:leads?|led|leading|margins?|ahead|behind|trails?|trailed|trailing|advantage|edge|gap|average"
    r"|improved|polls?|polling|won|beat|carried|carry|carries|lost)\b[^.;\n]{0,40}$",
    re.I,
)
# "ran eight points behind the ticket", "20 points ahead": a standing against rivals, in percentage points.
POLL_AFTER: Final = re.compile(r"\s+(?:behind|ahead|clear)\b")
MARKET_BEFORE: Final = re.compile(
    r"\b(?:index|Dow|Nasdaq|S&P|FTSE|Nikkei|DAX|CAC|Hang\s+Seng)\b[^.;\n]{0,60}$"
)
# An index level: "to 27,909.60", "to a record close of 3,141.63", "at 97.72", "below 50".
LEVEL_BEFORE: Final = re.compile(
    r"(?:\b(?:to|at)(?:\s+an?\s+(?:record|all-time|fresh|new)?\s*(?:close|high|low|level|reading)\s+of)?"
    r"|\b(?:below|above)|\breadings?\s+of|\blevel\s+of)\s+$"
)
LEVEL_WORDS: Final = ("to ", "at ", "of ", "below ", "above ")
PRICE_REACH: Final = 3000  # characters back the price restated may stand (a short story's length)
CLOCK: Final = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
PRICE_WORDS: Final = (*LEVEL_WORDS, "see ", "hit ", "touched ", "reached ", "near ")
MOVE_BEFORE: Final = re.compile(r"(?:%|\bpercent|\bpoints?)\s*,?\s*(?:or\s+[\d.]+%\s*,?\s*)?\w*\s*$")
INDEX_NEAR: Final = re.compile(r"\b(?:index|basket|reading|gauge|PMI)\b", re.I)


def glued_pence(text: str, end: int) -> bool:
    """Whether the "p" at `end` right after a number is pence ("412p"), not "1080p" or "5p.m."."""
    num = _PRICE_BEFORE.search(text, max(0, end - 12), end)
    return bool(PENCE_GLUED.match(text, end)) and not (num and num.group() in VIDEO_FORMATS)


def subunit(text: str, end: int) -> tuple[str, int] | None:
    """(ISO code, end) of "cents"/"pence"/"kopeks" after the number; the value is a hundredth."""
    if text.startswith("p", end) and glued_pence(text, end):
        return "GBP", end + 1
    m = SUBUNIT.match(text, end)
    if not m:
        return None
    word = m.group(2).lower()
    if word in SUBUNIT_CODE:
        return SUBUNIT_CODE[word], m.end()
    country = (m.group(1) or "").lower()
    if country == "euro":
        return "EUR", m.end()
    return DOLLAR_COUNTRY.get(" ".join(country.split()), "USD"), m.end()


def negative_start(text: str, start: int) -> int | None:
    """Start of the sign when the number is negative ("minus 0.5%", "-0.31%"), else None."""
    if text[start - 1 : start] not in ("-", "−") and not text.endswith("minus ", 0, start):
        return None
    if text.lower().endswith("plus or minus ", 0, start):
        return None
    m = NEGATIVE_BEFORE.search(text, max(0, start - 7), start)
    return m.start() if m else None


def exchange_rate(text: str, end: int) -> tuple[str, int] | None:
    """(quote currency, end) of "7.0412 per dollar" when the sentence names the quote currency."""
    m = PER_BASE.match(text, end)
    if not m:
        return None
    floor = max(0, end - 120)
    floor = max(floor, text.rfind(". ", floor, end) + 1, text.rfind("\n", floor, end) + 1)
    base = currency_of_word(m.group(1), None)
    words: list[str] = _CURRENCY_WORD.findall(text, floor, end)
    for word in reversed(words):
        code = currency_of_word(word, None)
        if code and code != base:
            return code, m.end()
    return None


# "the dollar-won pair was 1,200", "the euro/dollar rate at 1.10": a level quoted in the second currency.
PAIR_BEFORE: Final = re.compile(
    r"\b([a-z]+)[-/]([a-z]+)\s+(?:pair|rate|exchange\s+rate|cross)\s+"
    r"(?:was|is|at|of|to|would\s+be|will\s+be|stood\s+at|hit|reached)\s+$",
    re.I,
)


def pair_rate(text: str, start: int) -> str | None:
    """Quote currency of a level right after a named currency pair ("dollar-won pair was 1,200")."""
    window = text[max(0, start - 60) : start]
    if not window[-1:].isspace() or ("-" not in window and "/" not in window):
        return None  # the regex needs both: a cheap test that spares its search
    m = PAIR_BEFORE.search(text, max(0, start - 60), start)
    if not m:
        return None
    base, quote = currency_of_word(m.group(1), None), currency_of_word(m.group(2), None)
    return quote if base and quote and base != quote else None


def points(text: str, end: int) -> tuple[str, str, int, float] | None:
    """ "12 points": percent in a poll margin, index points elsewhere; None when no "points" follows."""
    m = POINTS.match(text, end)
    if not m:
        return None
    start = text.rfind(" ", 0, end) + 1
    window = max(0, start - 80)
    poll = POLL_AFTER.match(text, m.end()) or POLL_BEFORE.search(text, window, start)
    if poll and not MARKET_BEFORE.search(text, window, start):
        return "percent", "percent", m.end(), 1.0
    return "quantity", "points", m.end(), 1.0


def index_level(text: str, start: int, end: int, digits: str | None) -> bool:
    """Whether a bare number is an index level or reading: after "to"/"at"/"below" following a move
    ("fell 0.4% to 27,909.60", "rose 222.93 points, or 0.8%, to"), or near an index word ("the dollar
    index fell to 97.45", "a reading of 49.2")."""
    if not digits or (len(digits) == 4 and digits.isdigit()) or not text.endswith(LEVEL_WORDS, 0, start):
        return False
    lead = LEVEL_BEFORE.search(text, max(0, start - 40), start)
    if not lead:
        return False
    if MOVE_BEFORE.search(text, max(0, lead.start() - 40), lead.start()):
        return True
    floor = max(0, start - 100, text.rfind(". ", 0, start) + 1, text.rfind("\n", 0, start) + 1)
    return bool(INDEX_NEAR.search(text, floor, start))


def minus_sign(text: str, start: int) -> bool:
    """ "-0.31%" after a space or "(": a minus sign, not the hyphen of "F-35" or "3-1"."""
    return start < 2 or text[start - 2] in " (\n\t"


def price_level(text: str, start: int, previous: list[Found], digits: str, value: float) -> str | None:
    """Currency of a bare decimal that restates a price or rate said earlier ("to 10.08 kroner per
    euro ... a record low of 10.27", "could see 10.40"): the last unscaled amount of money with
    cents before it, within PRICE_REACH characters, when the two are within a quarter of each
    other. `previous` holds the article's figures so far."""
    if "." not in digits or len(digits) - digits.find(".") < 3 or not text.endswith(PRICE_WORDS, 0, start):
        return None  # a level is written with two or more decimals, after a word that sets it
    if text.endswith("at ", 0, start) and CLOCK.fullmatch(digits):
        return None  # "Doors open at 10.30"
    floor = start - PRICE_REACH
    for fig in reversed(previous):
        if fig.start < floor:
            return None
        if fig.kind == "money" and fig.value % 1 and fig.value < 10_000:
            return fig.unit if 0.8 <= value / fig.value <= 1.25 else None
    return None
