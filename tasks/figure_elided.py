"""Bare numbers in figure text: partitives ("500 of the troops", "five of 12 possible measures"),
counts whose noun is elided and said just before ("up from 14,000", "operates two,", "compared with
1.47 million"), amounts whose currency is ("of at least 1.4 billion" after "1.25 billion francs"),
and references to named people ("the two Holloways") that are not counts. Also the `Number` the
scanner hands around, and `find_numbers`, which finds them in the article.

Rules over a string and offsets, no I/O. Used by `tasks/figures.py`.
"""

from __future__ import annotations

import re
from operator import attrgetter
from typing import Final

from mypy_extensions import i64

from tasks.currencies import GLUED_CODES
from tasks.figure_words import STOP, Found, head_noun, make_figure, noun_phrase
from tasks.numbers import DIGITS, WORDNUM, ascii_lower, parse_digits, parse_words, word_runs

# A digit run not glued to a word or number before it ("M1A2", "N225", "v1.2", "1,5").
# A number starts at a digit that no word character, period or comma precedes, or right after a
# currency code glued to it ("USD1.4 billion").
DIGIT_RUN: Final = re.compile(
    r"\d(?:(?<![\w.,]\d)|(?<=[A-Z]\d)(?<=(?<![A-Za-z])(?:" + "|".join(GLUED_CODES) + r")\d))" + DIGITS[2:]
)
# ASCII digits as b"0", every other byte as b" ": a digit run found with bytes.find, not a regex scan.
_DIGIT_MARKS: Final = bytes(0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
_GLUED_SET: Final = frozenset(GLUED_CODES)
_ASCII_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# The first UTF-8 bytes of every decimal digit that is not ASCII ("٣", "３"), and of any astral
# character: a text whose UTF-8 holds none of them has ASCII digits only, where `low` has them too.
_BMP_DECIMALS: Final = [chr(c) for c in range(0x80, 0x10000) if chr(c).isdecimal()]
_DECIMAL_LEADS: Final = tuple(sorted({d.encode()[0] for d in _BMP_DECIMALS} | set(range(0xF0, 0xF5))))
# The word before the number, read in the reversed text: what `([A-Za-z][\w.&'’-]*)\s+$` finds
# searching back from the number.
WORD_BEFORE_REV: Final = re.compile(r"\s+([\w.&'’-]*[A-Za-z])")
# "500 of the troops", "Two of the nine members", "two of this year's cuts", "three of Iran's ships".
OF_GROUP: Final = re.compile(
    r"\s+of\s+(?:the|these|those|its|their|his|her|our|all|(?:this|last|next)\s+(?:year|month|week)['’]s"
    r"|(?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Sir|Lord|Dame|Prof)\.?\s+)?"  # "two of Mr. Prescott's rivals"
    r"[A-Z][\w.-]*['’]s)(?:\s+(?:" + DIGITS + "|" + WORDNUM + r"))?(?=\s)"
)
# "61 of 100 in the House": a bare partitive whose noun was said just before ("28 of the 38 seats").
BARE_OF: Final = re.compile(
    r"\s+of\s+(?:(?P<d>" + DIGITS + r")|(?P<w>" + WORDNUM + r"))(?=\s*[.,;]|\s+(?:in|on|at|among|across)\b)",
    re.I,
)
# "About 300 Polish and 80 Lithuanian troops": a count whose noun the next conjunct names.
GAPPED: Final = re.compile(
    r"[ \t]+[A-Z][a-z]+[ \t]+(?:and|or)[ \t]+(?:" + DIGITS + "|" + WORDNUM + r")(?=[ \t]+[A-Z][a-z]+[ \t])"
)
OF_THEM: Final = re.compile(r"\s+of\s+them\b")
# "five of 12 possible measures": a part of a counted whole, the part counting the whole's noun.
OF_NUMBER: Final = re.compile(r"\s+of\s+(?:(?P<d>" + DIGITS + r")|(?P<w>" + WORDNUM + r"))(?=[ \t])", re.I)
OWNED_NUMBER: Final = re.compile(r"[ \t]+(?:" + DIGITS + "|" + WORDNUM + r")(?=[ \t])")
CLAUSE_END: Final = re.compile(r"\s*[.;,]")
ELIDED_AFTER: Final = re.compile(r"\s+(?:that|which|who)\b")
# "short of the 1,600 it had planned to hire": a relative clause without "that" after "the N".
PRONOUN_CLAUSE_AFTER: Final = re.compile(
    r"\s+(?:it|they|we|he|she)\s+(?:had|has|have|was|were|would|will|planned)\b"
)
# A bare number as a clause's subject: "that two had already returned", "Some mornings 20 do." After
# a determiner it stands for those already counted ("all five are expected", "the two had met").
SET_DETERMINERS: Final = frozenset(
    {"the", "all", "both", "these", "those", "its", "their", "his", "her", "our"}
)
SUBJECT_VERB_AFTER: Final = re.compile(
    r"\s+(?:already\s+)?(?:had|have|has|were|was|are|do|did|does|remain|remained)\b"
)
PARTICIPLE_AFTER: Final = re.compile(
    r"\s+(?:needed|required|remaining|left|due|cast|sold|held|built|won|lost|spent|paid|average|total|median"
    r"|killed|wounded|injured|dead)\b"
)
# "12 installations so far, with 18 more to follow": "more" ends the phrase (not "10 more F-35s").
MORE_AFTER: Final = re.compile(r"\s+more\b(?!\s+(?:than\b|[A-Z0-9]))")
CASUALTIES_AFTER: Final = re.compile(r"\s+(?:killed|wounded|injured|dead)\b")
ELIDED_BEFORE: Final = frozenset({"with", "to", "of", "from", "than"})
# "compared with 1.47 million", "versus 12", "out of three": the noun is the count just compared.
COMPARED: Final = re.compile(r"\b(?:compared\s+(?:with|to)|out\s+of)\s+$", re.I)
COMPARE_WORDS: Final = frozenset({"from", "than", "versus", "vs", "vs."})
PARAGRAPH: Final = 200
STORY: Final = 1500
# A duration said before a bare number dates the clause ("in two years we will build four"); it is
# no measure the number repeats, as "380,000 barrels ... now about 30,000" is.
DURATIONS: Final = frozenset(
    "seconds minutes hours days weeks months years decades centuries winters summers hrs yrs mins".split()
)
# Words before a bare number that leave its noun to an earlier count: change verbs, hedges, "while",
# casualty verbs. "a further 900", "at least 1.4 billion", "13 ships becomes eight", "killed 14
# people and wounded 37".
ELIDED_LEAD: Final = frozenset(
    """by to added add about around roughly nearly almost approximately some while and averaged least
    further additional another extra becomes become became wounded injured killed remaining""".split()
)
# ...unless a unit-like word or a number follows ("by 2 to 3", "to 5 a.m.", "and 4-3").
LEAD_BREAK: Final = re.compile(r"\s*(?:[-–/:]|\d)")
AS_MANY_AS: Final = re.compile(r"\bas\s+(?:many|few)\s+as\s+$", re.I)  # "as many as 16": a hedged count
# "the number of troops": the counted noun named without a number, for a bare number later on.
NUMBER_OF: Final = re.compile(r"\bnumber\s+of\s+([a-z][a-z-]*s)\b(?![\w'’])")
THE_BEFORE: Final = re.compile(r"\b[Tt]he\s+$")
MODEL_AFTER: Final = re.compile(r"\s+[A-Z]{2,}\b(?!\.)")


class Number:
    """A number found in the text: digits ("1,500") or words ("two dozen"), with its offsets.

    A plain class, not a named tuple or a dataclass: compiled, it is a native class, so building one
    (an article has dozens) and reading its fields are direct."""

    __slots__ = ("digits", "end", "start", "words")

    def __init__(self, start: int, end: int, digits: str | None, words: str | None) -> None:
        self.start = start
        self.end = end
        self.digits = digits
        self.words = words


_START: Final = attrgetter("start")


def find_numbers(text: str, low: str) -> list[Number]:
    """Digit runs not glued to a word ("M1A2", "N225", "v1.2") and runs of number words, by start
    (`low` is ascii_lower(text))."""
    nums = _digit_runs(text, low)
    nums += [Number(start, end, None, words) for start, end, words in word_runs(low)]
    nums.sort(key=_START)  # no two numbers start at the same offset
    return nums


def _digit_runs(text: str, low: str) -> list[Number]:
    """What DIGIT_RUN.finditer(text) finds, the regex tried only at each run of ASCII digits (found
    with bytes.find in `low`, which has them where text has): an article has a few dozen digits,
    and scanning every character with the regex cost more than all the matches. A digit right after
    another never starts a number. A text with other decimal digits is scanned as written."""
    if not text.isascii() and _other_decimals(text):
        return [Number(m.start(), m.end(), m.group(), None) for m in DIGIT_RUN.finditer(text)]
    marks = low.encode("latin-1").translate(_DIGIT_MARKS)
    nums: list[Number] = []
    at = marks.find(b"0")
    while at >= 0:
        end = _digit_run_end(text, marks, at)
        if end >= 0:
            nums.append(Number(at, end, text[at:end], None))
            at = marks.find(b"0", end)
        else:
            gap = marks.find(b" ", at)
            at = marks.find(b"0", gap) if gap >= 0 else -1
    return nums


def _digit_run_end(text: str, marks: bytes, at: int) -> int:
    """End of DIGIT_RUN's match at the ASCII digit at `at` (-1 for none) in a text whose decimal
    digits are all ASCII, read from `marks` (b"0" at each digit) byte by byte, native when compiled:
    a regex call cost several times the few tests it makes. The number: up to three digits then
    ",ddd" groups, else the whole run; then "." and digits."""
    if at:
        before = text[at - 1]
        if (before.isalnum() or before in "_.,") and not (
            "A" <= before <= "Z"
            and text[at - 3 : at] in _GLUED_SET
            and (at == 3 or text[at - 4 : at - 3] not in _ASCII_LETTERS)
        ):
            return -1  # glued to a word or number before it, and no glued currency code
    n: i64 = len(marks)
    end = _digits_end(marks, at + 1, n)
    if end - at <= 3:
        while (
            end + 3 < n
            and ord(text[end]) == 0x2C  # ","
            and marks[end + 1] == 0x30
            and marks[end + 2] == 0x30
            and marks[end + 3] == 0x30
        ):
            end += 4
    if end + 1 < n and ord(text[end]) == 0x2E and marks[end + 1] == 0x30:  # "." and a digit
        end = _digits_end(marks, end + 1, n)
    return end


def _digits_end(marks: bytes, i: i64, n: i64) -> i64:
    """The end of the run of digits (b"0" in `marks`) from offset i."""
    while i < n and marks[i] == 0x30:
        i += 1
    return i


def _other_decimals(text: str) -> bool:
    """Whether text may hold a decimal digit that is not ASCII, by the first bytes of its UTF-8 (each
    looked for as an int: memchr, where a bytes needle costs bytes.__contains__ a caught error)."""
    utf8 = text.encode("utf-8", "surrogatepass")
    return any(lead in utf8 for lead in _DECIMAL_LEADS)


def bare(
    text: str, rev: str, num: Number, value: float, end: int, previous: list[Found]
) -> tuple[list[Found], int]:
    """A number with no unit right after it: a partitive ("500 of the troops", raw to the noun) or a
    count whose noun is elided and comes from the clause ("up from 14,000", "the two needed").
    `rev` is text[::-1]."""
    start = num.start
    of_after = _of_after(text, end)  # what the partitives all start with
    group = OF_GROUP.match(text, end) if of_after else None
    if group and value != 1:
        found = noun_phrase(text, group.end())
        if found and found[0].endswith(("'s", "’s")):  # "17 of the city’s 18 councils"
            owned = OWNED_NUMBER.match(text, found[1])
            found = noun_phrase(text, owned.end()) if owned else found
        if found:
            return [make_figure(start, found[1], "count", value, head_noun(found[0]))], end
    whole = BARE_OF.match(text, end) if of_after else None
    if whole:
        return _bare_partitive(text, num, value, whole, previous), whole.end()
    if of_after and OF_THEM.match(text, end) and not value_is_one(text, num):  # "212 sorties ...; 31 of them"
        return _elided_figure(text, num, value, end, PARAGRAPH, previous), end
    if value != 1 and of_after:
        part = _part_of_number(text, num, value, end)
        if part:
            return [part], end
    gapped = GAPPED.match(text, end) if value != 1 else None
    named = noun_phrase(text, gapped.end()) if gapped else None
    if named:
        return [make_figure(start, end, "count", value, head_noun(named[0]))], end
    reach = _elided(text, rev, num, end)
    if not reach:
        return [], end
    return _elided_figure(text, num, value, end, reach, previous), end


def _of_after(text: str, end: int) -> bool:
    """Whether "of" may follow the whitespace at `end`: OF_GROUP, BARE_OF, OF_THEM and OF_NUMBER all
    start with whitespace and "of" (two of them in any case), and most bare numbers have no "of"."""
    if not text[end : end + 1].isspace():
        return False
    pair = text[end + 1 : end + 3]
    return pair[:1].isspace() or pair.lower() == "of"


def _part_of_number(text: str, num: Number, part: float, end: int) -> Found | None:
    """ "five of 12 possible measures": the part counts the noun of the whole after it (raw to that
    noun); the whole is read on its own as the scan goes on."""
    m = OF_NUMBER.match(text, end)
    if not m:
        return None
    whole = parse_digits(m.group("d")) if m.group("d") else parse_words(ascii_lower(m.group("w")))
    found = noun_phrase(text, m.end()) if whole is not None and part < whole else None
    if not found or (m.group("d") and is_year(m.group("d"))):
        return None
    return make_figure(num.start, found[1], "count", part, head_noun(found[0]))


def _elided_figure(
    text: str, num: Number, value: float, end: int, reach: int, previous: list[Found]
) -> list[Found]:
    """The bare number as the last count (or, scaled, amount of money) said before it within reach.

    A scaled number ("at least 1.4 billion") takes the currency of an amount earlier in its paragraph,
    passing over a conversion in parentheses ("1.25 billion francs ($1.26 billion)"). A part after
    "including" is smaller than its whole ("30,000 people in 42 countries, including about 9,500")."""
    start = num.start
    paragraph = text.rfind("\n", 0, start) + 1
    line_start = paragraph if reach == PARAGRAPH else 0
    money_floor = paragraph if end > num.end else start  # only a scaled number may be money
    subset = "including" in text[max(0, start - 24) : start]
    sentence = _sentence_start(text, start)
    named = NUMBER_OF.search(text, sentence, start) if "number of" in text[sentence:start] else None
    for fig in reversed(previous):
        if not (line_start <= fig.start < start and start - fig.end < reach):
            continue
        if named and fig.start < named.start():
            break
        # "produced 380,000 barrels ... now about 30,000": the measure the sentence just gave
        if fig.kind == "quantity" and fig.start >= sentence and fig.unit.lower() not in DURATIONS:
            return [make_figure(start, end, "quantity", value, fig.unit)]
        if fig.kind == "count" and not (subset and fig.value <= value):
            return [make_figure(start, end, "count", value, fig.unit)]
        if fig.kind == "money" and fig.start >= money_floor and not _aside(text, fig.start, start):
            return [make_figure(start, end, "money", value, fig.unit)]
    if named:  # "the number of troops would settle at about 600"
        return [make_figure(start, end, "count", value, named.group(1))]
    return []


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding offset `pos` starts: after the last ". ", "? ", "! " or line break."""
    return (
        max(
            text.rfind(". ", 0, pos),
            text.rfind("? ", 0, pos),
            text.rfind("! ", 0, pos),
            text.rfind("\n", 0, pos),
        )
        + 1
    )


def _aside(text: str, pos: int, before: int) -> bool:
    """Whether text[pos] stands inside parentheses that close before offset `before`."""
    close = text.find(")", pos, before)
    return close >= 0 and text.rfind("(", 0, pos) > text.rfind(")", 0, pos)


def _bare_partitive(
    text: str, num: Number, part: float, whole: re.Match, previous: list[Found]
) -> list[Found]:
    """ "61 of 100 in the House": part and whole both count the noun of the last count in the
    paragraph ("28 of the 38 seats in the Senate and 61 of 100 in the House"); none without one."""
    total = parse_digits(whole.group("d")) if whole.group("d") else parse_words(ascii_lower(whole.group("w")))
    if total is None or not part < total:
        return []
    line_start = text.rfind("\n", 0, num.start) + 1
    for fig in reversed(previous):
        if fig.kind == "count" and line_start <= fig.start < num.start and num.start - fig.end < PARAGRAPH:
            w_start = whole.start("d") if whole.group("d") else whole.start("w")
            return [
                make_figure(num.start, whole.end(), "count", part, fig.unit),
                make_figure(w_start, whole.end(), "count", total, fig.unit),
            ]
    return []


def _elided(text: str, rev: str, num: Number, end: int) -> int:
    """How far back (in characters) the noun of a bare number may have been said; 0 when the number
    does not stand for a noun. At a clause end ("operates two,"), before a relative or a participle
    ("17 that cannot", "the two needed"), after "from"/"than": the noun is in the same paragraph.
    After a verb of change or a hedge ("rise by 180,000", "added 45,000", "around 150,000 a month",
    "while four see"), or as a clause's subject ("two had returned"): wire copy keeps one counted
    noun through the story, so it may be further back."""
    decimal = num.digits and "." in num.digits and end == num.end  # "1.4 million" may be a count
    if text.startswith(" times", end):
        return 0  # "roughly three times the firepower": a ratio, no count
    if value_is_one(text, num) or (num.digits and is_year(num.digits)) or decimal:
        return 0
    before = WORD_BEFORE_REV.match(rev, len(text) - num.start, len(text) - max(0, num.start - 30))
    if not before:
        return 0
    word = before.group(1)[::-1].lower()
    if word in COMPARE_WORDS:  # "up from 14,000 before the war", "more than 17", "versus 12"
        return PARAGRAPH
    if word == "the" and _compared_the(text, rev, before.end(1)):  # "16 radars rather than the 22"
        return PARAGRAPH
    if word in ("with", "to", "of") and COMPARED.search(text, max(0, num.start - 16), num.start):
        return PARAGRAPH
    if word not in SET_DETERMINERS and SUBJECT_VERB_AFTER.match(text, end):
        return STORY
    if MORE_AFTER.match(text, end):
        return PARAGRAPH
    if CASUALTIES_AFTER.match(text, end):
        return STORY  # "put the toll at 52 killed": the casualties counted before
    participle = PARTICIPLE_AFTER.match(text, end)
    at_end = CLAUSE_END.match(text, end) or ELIDED_AFTER.match(text, end) or participle
    if at_end and (word not in STOP - ELIDED_BEFORE or (word == "the" and bool(participle))):
        return PARAGRAPH
    if word == "the" and num.digits and PRONOUN_CLAUSE_AFTER.match(text, end):
        return PARAGRAPH
    hedged = word in ELIDED_LEAD or AS_MANY_AS.search(text, max(0, num.start - 16), num.start)
    return STORY if hedged and not LEAD_BREAK.match(text, end) else 0


def _compared_the(text: str, rev: str, the_end_rev: int) -> bool:
    """Whether the "the" ending at offset `the_end_rev` of `rev` follows "than" or "from"."""
    before = WORD_BEFORE_REV.match(rev, the_end_rev, min(len(text), the_end_rev + 12))
    return before is not None and before.group(1)[::-1].lower() in COMPARE_WORDS


def value_is_one(text: str, num: Number) -> bool:
    return text[num.start : num.end].lower() in ("one", "1", "a", "an")


def named_group(text: str, num: Number, unit: str) -> bool:
    """ "The two Holloways": a number word before a capitalized plural after "the" refers to named
    people already counted, like "the two" alone; it is not a count."""
    if num.digits or not unit[:1].isupper() or unit.isupper() or any(ch.isdigit() for ch in unit):
        return False
    return bool(THE_BEFORE.search(text, max(0, num.start - 5), num.start))


def pronoun_phrase(text: str, num: Number, unit: str) -> bool:
    """ "the two sides" stands for the parties already named, like "the two" alone: not a count."""
    return unit.lower() == "sides" and bool(THE_BEFORE.search(text, max(0, num.start - 5), num.start))


def model_name(text: str, num: Number, unit: str, phrase_end: int) -> bool:
    """ "737 MAX jet": digits, then an all-caps word, then a singular noun name a model, not 737 jets."""
    if not num.digits or unit.lower().endswith("s"):
        return False
    m = MODEL_AFTER.match(text, num.end)
    return m is not None and m.end() <= phrase_end


def is_year(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and 1000 <= int(digits) <= 2100
