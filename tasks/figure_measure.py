"""Numbers that measure nothing, told from the characters and the word around them: dates ("June
24"), clock times, ages ("73 years old", "aged 40"), tenors ("the 10-year note"), weapon sizes
("155mm shells"), glued codes ("M1A2"), names and designations ("Boeing 737", "Section 230"); and
the quoted names after a naming word ("the so-called “four thirties”"), where no figure is read.

Every test is a regex anchored at the number, or a look at the word before it. The word before is
read as a forward match in the article reversed (`rev`, made once per article), and the tests that
can only pass after a given character are tried only after it: most numbers pass all of them.

Rules over a string and offsets, no I/O. Used by `tasks/figures.py`.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.currencies import GLUED_CODES, ISO_CODES
from tasks.figure_market import TENOR, minus_sign
from tasks.figure_words import (
    DESIGNATION_NOUNS,
    FUNCTION_BEFORE,
    GROUP_NOUNS,
    MONTH_WORD,
    MONTHS,
    WEAPON_SIZE,
    WEEKDAYS,
    ends_sentence,
    glued_unit,
    owner_or_plural_name,
)

_SYMBOL_ALT: Final = r"(?<![A-Za-z])(?:US|U\.S\.|C|CA|A|AU|NZ|HK|S|NT|R|MX)?\$|€|£|(?:CN)?¥|₹|₽|₩|₪|₺|₴"
CURRENCY_BEFORE: Final = re.compile(
    r"(?:" + _SYMBOL_ALT + r"|(?<![A-Za-z])(?:Rs\.?|Hr)\s?|(?<![A-Za-z])(?:" + "|".join(sorted(ISO_CODES))
    + r"|CHF|NIS)\s|(?<![A-Za-z])(?:" + "|".join(GLUED_CODES) + r"))$"
)  # fmt: skip
# CURRENCY_BEFORE where the character before the number is a symbol: only its symbol alternatives
# end in one, and searching them alone costs a fraction of the whole.
_SYMBOL_BEFORE: Final = re.compile(f"(?:{_SYMBOL_ALT})$")
_SYMBOLS: Final = frozenset("$€£¥₹₽₩₪₺₴")
# How a word ends when CURRENCY_BEFORE finds a currency at the end of it and a space: "Rs", "Hr" or a
# code, the alternatives that end in whitespace.
_SPACED_CURRENCY_ENDS: Final = ("Rs", "Rs.", "Hr", *sorted(ISO_CODES), "CHF", "NIS")
AGE_AFTER: Final = re.compile(r"(?:-|\s+)(?:years?|months?|weeks?|days?)(?:-|\s+)old\b", re.I)
AGE_BEFORE: Final = re.compile(r"\b(?:aged?|ages|(?:age|ages)\s+of)\s+$", re.I)
# An age by a life event: "enlisting at 18", "married at 22", "died at 91".
LIFE_AT_BEFORE: Final = re.compile(
    r"\b(?:enlist|join|marri|died|retir|graduat|emigrat|orphan|widow)\w*\s+at\s+$"
)
UNIT_NAME_AFTER: Final = re.compile(r" (?:Corps|Division|Brigade|Regiment|Battalion|Squadron|Commando)\b")
_UNIT_NAME_FIRST: Final = "CDBRS"  # how UNIT_NAME_AFTER's names start: the regex is tried only there
NAME_COMMA: Final = re.compile(r"[A-Z][\w'’.-]*,\s$")
TIME_AFTER: Final = re.compile(
    r"\s?(?:a\.m\.|p\.m\.|[ap]m\b|o'clock\b|(?-i:GMT|UTC|[ECMP][SD]?T)\b)|:\d\d", re.I
)
DATE_AFTER: Final = re.compile(rf"(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTHS}\b")
# Everything after the number that makes it no measure, in one match: a weapon size, a tenor, a time,
# a date, or (last, as it has one exception) an age.
_AFTER: Final = re.compile(
    rf"(?=[- m])(?:{WEAPON_SIZE.pattern})|(?=-)(?i:{TENOR.pattern})|(?i:{TIME_AFTER.pattern})"
    rf"|(?:{DATE_AFTER.pattern})|(?P<age>(?i:{AGE_AFTER.pattern}))"
)
# What _AFTER can start with, besides whitespace (a weapon size glued: "155mm"; "-year-old"; "5pm",
# "3:30", "GMT"; "24th of June").
_AFTER_FIRST: Final = frozenset("-m:snrtaApPoOGUECM")
# How an _AFTER match can go on after one whitespace character, as its next two characters
# lowercased: a weapon size's unit ("155 mm", "500 pounds", "2,000 tons"), a time ("5 pm", "9 a.m.",
# "3 o'clock", "9 GMT", "8 ET"), a date ("24 of June", "24 Sept."), an age ("40 years old"). Most
# numbers are followed by a space and a word that starts with none of these: the regex is not tried.
_AFTER_SPACED: Final = frozenset(
    """mm mi po lb in kg ki to  a. p. am pm o' gm ut es ed et cs cd ct ms md mt ps pd pt
    of ja fe ma ap ju au se oc no de  ye mo we da""".split()
)
# "One of our two icebreakers is nearly 50 years old": a thing's age is a duration; a person's is not.
THING_AGE_BEFORE: Final = re.compile(
    r"\b([a-z][a-z-]+)\s+(?:is|was|are|were)\s+(?:(?:nearly|almost|about|roughly|more\s+than|over)\s+)?$"
)
# Bodies named by their number of members: "Group of 20", "Gang of Eight", "Committee of 100".
NUMBERED_BODIES: Final = frozenset({"Group", "Gang", "Club"})  # not "the Council of 27 EU leaders"
AGE_PEOPLE: Final = frozenset({"he", "she", "who", "they", "i", "you", "we", "man", "woman", "boy", "girl"})
_MARK_BEFORE: Final = frozenset("'’#/:")
_ASCII_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# The word right before the number on its line, in the reversed text: what
# `([A-Za-z][\w.&'’-]*)[ \t]+$` finds searching back from the number (never across a line break).
_WORD_BEFORE_REV: Final = re.compile(r"\n?[ \t]+([\w.&'’-]*[A-Za-z])")


def not_a_measure(text: str, low: str, rev: str, start: int, end: int, digits: bool) -> bool:
    """Dates, times, ages, ordinals, designations and glued codes around the number at text[start:end]
    (`low` is ascii_lower(text), `rev` is text[::-1])."""
    nxt = text[end : end + 1]
    prev = text[start - 1 : start]
    if digits and nxt.isalpha() and not glued_unit(text, end):
        return True
    if (
        digits
        and nxt == " "
        and text[end + 1 : end + 2] in _UNIT_NAME_FIRST
        and UNIT_NAME_AFTER.match(text, end)
    ):
        return True  # "units of the 14 Corps": a formation's name
    if prev in _MARK_BEFORE or (digits and nxt in ("/", ":")):
        return True
    if prev in ("-", "–") and _hyphen_before(text, start, digits):
        return True
    after = (
        _AFTER.match(text, end)
        if nxt in _AFTER_FIRST or (nxt.isspace() and _spaced_after(text, end))
        else None
    )
    if after and (after.lastgroup != "age" or not _thing_age(text, start)):
        return True
    floor = start - 12 if start > 12 else 0
    if prev.isspace() and "age" in low[floor:start] and AGE_BEFORE.search(text, floor, start):
        return True
    if (
        prev == " "
        and end - start <= 3  # an age, not "joined at 2,000 troops"
        and text.endswith("at ", 0, start)
        and LIFE_AT_BEFORE.search(text, max(0, start - 24), start)
    ):
        return True
    if digits and nxt in (",", ")") and NAME_COMMA.search(text, max(0, start - 30), start):
        return True
    return prev in (" ", "\t", "\n") and _named_by_word_before(text, rev, start)


def _spaced_after(text: str, end: int) -> bool:
    """Whether an _AFTER match may start at the whitespace at `end`, by the two characters after it
    (any run of whitespace, or characters re.I may fold, leave it to the regex)."""
    pair = text[end + 1 : end + 3]
    if len(pair) < 2 or pair[0].isspace() or not pair.isascii():
        return True
    return pair.lower() in _AFTER_SPACED


def _hyphen_before(text: str, start: int, digits: bool) -> bool:
    """ "F-35", "3-1": a hyphen glued to a letter or digit before the number; a lone "-" before digits
    is a minus sign only after a space or "(" ("-0.31%")."""
    glued = text[start - 2 : start - 1] if start >= 2 else ""
    if glued and (glued in _ASCII_LETTERS or glued.isdecimal()):
        return True
    return digits and text[start - 1] == "-" and not minus_sign(text, start)


def _named_by_word_before(text: str, rev: str, start: int) -> bool:
    """Whether the word before the number makes it a name: a month ("June 24"), a designation noun
    ("Section 230"), or a capitalized word that is not a function word ("Boeing 737")."""
    n = len(text)
    word = _WORD_BEFORE_REV.match(rev, n - start, n - max(0, start - 30))
    if not word:
        return False
    back, past = word.span(1)
    at = n - past  # where the word starts in text: it is text[at : n - back], read forward
    prev = text[at : n - back]
    if prev[-1] == "." and ends_sentence(prev):
        return False
    low = prev.lower().rstrip(".")
    if low == "of":
        return _group_name_before(text, rev, at)
    if not prev[0].isupper():
        return low in DESIGNATION_NOUNS and low not in GROUP_NOUNS
    if MONTH_WORD.fullmatch(prev) or low in DESIGNATION_NOUNS:
        return True
    if _currency_word(prev) or owner_or_plural_name(prev):
        return False
    if low.endswith("ing") and len(low) > 5 and _opens_sentence(text, at):
        return False  # a gerund opening the sentence: "Waiting two more years ..."
    return low not in FUNCTION_BEFORE and low not in WEEKDAYS


def _currency_word(word: str) -> bool:
    """Whether CURRENCY_BEFORE finds a currency at the end of `word` and a space ("Rs", "USD"); the
    regex is tried only on a word that ends like one."""
    return word.endswith(_SPACED_CURRENCY_ENDS) and CURRENCY_BEFORE.search(word + " ") is not None


def _group_name_before(text: str, rev: str, of_at: int) -> bool:
    """ "Group of 20", "Gang of Eight": a capitalized body noun before "of" names the body by its
    number (not "exports to South Korea of three chemicals")."""
    word = _WORD_BEFORE_REV.match(rev, len(text) - of_at, len(text) - max(0, of_at - 30))
    return word is not None and word.group(1)[::-1] in NUMBERED_BODIES


def _opens_sentence(text: str, at: int) -> bool:
    """The word at `at` starts its line or follows a sentence's closing mark."""
    before = text[max(0, at - 3) : at].rstrip(" ")
    return not before or before[-1] in '\n.!?"”'


def _thing_age(text: str, start: int) -> bool:
    """ "icebreakers is nearly 50 years old" (a lowercase noun subject), not "Trump is 73 years old"."""
    m = THING_AGE_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m.group(1) not in AGE_PEOPLE


def currency_before(text: str, start: int) -> re.Match[str] | None:
    """The currency written right before the number ("$", "US$", "€", "Rs ", "USD "), if any. The
    regex runs only when the characters before the number can end one."""
    c1 = text[start - 1 : start]
    if not (c1 in _SYMBOLS or c1 == "s" or c1 == "." or "A" <= c1 <= "Z"):
        if not c1.isspace():
            return None
        c2 = text[start - 2 : start - 1] if start >= 2 else ""
        rupees = (c2 == "s" and text.endswith("R", 0, start - 2)) or (
            c2 == "." and text.endswith("Rs", 0, start - 2)
        )
        rupees = rupees or (c2 == "r" and text.endswith("H", 0, start - 2))  # hryvnias: "Hr 18 billion"
        if not (rupees or "A" <= c2 <= "Z" or (c1 == "\n" and (c2 in _SYMBOLS or c2.isspace()))):
            return None  # before a space: "Rs ", "Rs. ", "Hr ", a code ("USD "), or a symbol at a line end
    pattern = _SYMBOL_BEFORE if c1 in _SYMBOLS else CURRENCY_BEFORE
    return pattern.search(text, max(0, start - 7), start)


# "the so-called “four thirties” initiative": a short quoted name after a naming word counts nothing.
NAMED_TERM: Final = re.compile(
    r"\b(?:so-called|dubbed|nicknamed|known\s+as|called|named|codenamed|code-named)\s+"
    r"[\"“]([^\"“”\n]{1,40})[\"”]"
)


# Where NAMED_TERM can start, from each place a naming word's last part stands: "called" (or the
# "so-called" it ends), "named" ("nicknamed", "codenamed", "code-named"), "dubbed", "known" ("known as").
_NAMING_ENDS: Final = {
    "called": ("", "so-"),
    "named": ("", "nick", "code", "code-"),
    "dubbed": ("",),
    "known": ("",),
}


def named_terms(text: str) -> list[tuple[int, int]]:
    """Spans of quoted names of one to three words after "so-called", "dubbed", "known as"."""
    if '"' not in text and "“" not in text:
        return []
    starts = _naming_starts(text)
    if not starts:
        return []
    spans, pos = [], 0
    for start in starts:  # what NAMED_TERM.finditer finds, tried only where it can start
        m = NAMED_TERM.match(text, start) if start >= pos else None
        if m:
            pos = m.end()
            if len(m.group(1).split()) <= 3:
                spans.append(m.span(1))
    return spans


def _naming_starts(text: str) -> list[int]:
    """Offsets where a naming word starts, in order; none unless the text holds "called", "named",
    "dubbed" or "known as" (a "known" alone, as in "known  as", needs one of the others). The word
    scans tell whether one is there: no scan of the text for each word first."""
    starts: set[int] = set()
    for word, befores in _NAMING_ENDS.items():
        if word == "known" and not starts and "known as" not in text:
            break  # the last of _NAMING_ENDS
        at = text.find(word)
        while at >= 0:
            starts.update(at - len(b) for b in befores if at >= len(b) and text.startswith(b, at - len(b)))
            at = text.find(word, at + 1)
    return sorted(starts)
