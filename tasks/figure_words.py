"""Word lists and phrase readers the figure scanner leans on: what may follow a number as the thing it
counts, what before a number makes it a designation; and the figure found (`Found`, offsets and
value) turned into a `Figure` with its raw text and what it measures (its context).

Rules over plain strings and offsets, no I/O. Used by `tasks/figures.py`.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.cues import IRREGULAR_PAST
from tasks.figure_context import context_of
from tasks.figure_market import glued_pence
from tasks.numbers import MULTIPLIERS, SCALES, SMALL, TENS
from tasks.spans import Figure


def _words(block: str) -> frozenset[str]:
    """A word list written as a whitespace-separated block, for readable tables."""
    return frozenset(block.split())


# Words that end a counted noun phrase: function words, pronouns, common verbs and adverbs.
_STOP_WORDS: Final = _words(
    """
    of in on at to for from by with about as into onto over under than and or but nor so yet the a
    an this that these those which who whom whose what when where while why how is are was were be
    been being am has have had do does did will would shall should can could may might must said
    says say told tell added it its they them their he she his her we us our you your i me my more
    less fewer most least each every per all some any no not also only just even very ago later
    earlier before after since until up down out off again there here then now if because though
    although times percent cent other another both either neither such same own against among due
    between through during without within across behind beyond near around toward towards via amid
    despite old apiece face faces faced remain remains remained went came took got made left set put
    saw met gave get make take come go goes see know think want need seem seems seemed including
    like plus minus away back ahead together alone instead already still soon too others last next
    """
)
# "one we'd rather not have": a pronoun subject after a number starts a clause, not a noun phrase.
_CONTRACTED: Final = [
    f"{who}{apo}{end}"
    for who in ("i", "we", "you", "they", "he", "she", "it", "that", "there", "who")
    for end in ("d", "re", "ve", "ll", "m", "s")
    for apo in ("'", "’")
]
STOP: Final = _STOP_WORDS | frozenset(_CONTRACTED)
STOP_EXCEPT_MODIFIER: Final = frozenset({"other"})  # "the two other candidates" keeps going
PLURAL_IRREGULAR: Final = frozenset(
    {"people", "men", "women", "children", "police", "personnel", "feet", "teeth"}
)
ING_NOUNS: Final = _words(
    """
    meeting meetings building buildings briefing briefings hearing hearings warning warnings sibling
    siblings offering offerings filing filings killing killings bombing bombings shooting shootings
    ruling rulings recording recordings drawing drawings painting paintings earnings housing funding
    training spending wedding weddings reading readings landing landings sighting sightings posting
    postings opening openings
    """
)
IRREGULAR_PARTICIPLES: Final = _words(
    "cast sold held built won lost spent paid shot hit bought brought taken given shown seen drawn thrown"
)
STAND_INS: Final = _words("average total median")
NUMBER_WORDS: Final = frozenset([*SMALL, *TENS, *SCALES, "dozen"])
MONTHS: Final = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
MONTH_WORD: Final = re.compile(rf"{MONTHS}\.?")
WEEKDAYS: Final = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
# Nouns that make the number after them a name, not a measure ("Section 230", "phase one").
DESIGNATION_NOUNS: Final = _words(
    """
    section sections title article articles page pages chapter phase stage level part rule amendment
    resolution clause paragraph item no nos number room flight route highway interstate gate grade
    category class type model version season episode act bill proposition district ward precinct lot
    unit batch channel platform terminal pier division brigade battalion regiment squadron fleet
    corps group zone sector block building floor tower apartment suite figure table appendix annex
    step vol volume issue exhibit count counts lane runway camp base row seat box line pp p
    """
)
# Nouns for a body of people or ships: a name only capitalized ("Camp 14", "Carrier Strike Group 5");
# lowercase the number after them counts what follows ("hands the camp 117 seats").
GROUP_NOUNS: Final = _words("camp group unit fleet corps brigade battalion regiment squadron division")
# Capitalized words that may stand right before a measuring number ("About 30", "Some 20,000").
FUNCTION_BEFORE: Final = _words(
    """
    a an about nearly some only over roughly almost around approximately just more less fewer in by of at
    on since after before with for from until to another all the these those its his her their our
    my your each every up down and but or so then than as if when while like per via estimated
    exactly precisely perhaps maybe last next past first still yet also now both even barely well is
    are was were has have had it that this there i we they he she you among between under above
    below beyond within additional extra further total totaling during throughout amid including
    despite against
    """
)

_TOKEN: Final = re.compile(
    r"[ \t]+((?:[A-Z]\.){2,}|[A-Z]+\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\b|[A-Za-z][A-Za-z'’]*(?:-[A-Za-z0-9]+)*"
    r"|\d+[A-Z][A-Za-z0-9]*\b|\d+(?:-[a-z]+)+\b|\d+mm\b)"
)  # "K9", "M1A2": a model's designation inside the phrase; the last two forms are modifiers inside
# the phrase ("41 new 52-week highs"), never its first word, but for a calibre ("2,000 155mm shells")
CALIBRE: Final = re.compile(r"\d+mm")
# The number of a name inside a counted phrase ("five Type 31 frigates", "two Boeing 737 jets").
_DESIGNATION_NUMBER: Final = re.compile(r"[ \t]+(\d+)\b(?![.,]\d)")
_CONJ: Final = frozenset({"and", "or"})
_STOP_OR_NUMBER: Final = STOP | NUMBER_WORDS
_ENDS_PHRASE: Final = (
    (STOP - STOP_EXCEPT_MODIFIER) | NUMBER_WORDS | WEEKDAYS
)  # a word the phrase stops before
_TAIL_DROP: Final = _CONJ | STOP_EXCEPT_MODIFIER


def _is_plural(word: str, low: str) -> bool:
    """Whether `word` (lowercased: `low`) is a plural noun."""
    if low in PLURAL_IRREGULAR:
        return True
    if low.endswith(("'s", "’s")):  # a possessive ("the governor's rivals") modifies the noun after it
        return False
    if word.isupper():  # an acronym ("GPS", "HIMARS") is not a plural by its final S
        return False
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 2


def _weak_tail(word: str) -> bool:
    """A word that cannot end a counted noun phrase: adverbs, participles, capitalized singulars, and
    nouns that stand for the elided one ("the 7.1 billion average", "1.4 million cast")."""
    low = word.lower()
    if low in ING_NOUNS:
        return False
    if word.isdigit() or (word[0].isdigit() and CALIBRE.fullmatch(word)):  # a name's number ("two Type 23")
        return True
    if word[:1].isupper() and word[1:2].isdigit() and not _is_plural(word, low):  # "40 M1A2" alone
        return True
    if low in STAND_INS or low in IRREGULAR_PARTICIPLES or low in IRREGULAR_PAST:
        return True  # "one ship sank": the verb after the noun
    if low.endswith(("ly", "ed", "ing")):
        return True
    return word[0].isupper() and not _is_plural(word, low) and not any(ch.isdigit() for ch in word)


def noun_phrase(text: str, pos: int, max_words: int = 5) -> tuple[str, int] | None:
    """The noun phrase right after `pos` that a number counts ("20,000 [troops]"), and its end.

    Stops at function words, numbers, punctuation and after the first plural noun; trims a trailing
    adverb or participle ("two people [briefed]"). None when nothing noun-like follows.
    """
    words: list[tuple[str, int, int]] = []
    plural_seen = False
    # A system's capitalized name may run longer ("9,500 Guided Multiple Launch Rocket System rockets").
    while len(words) < max_words or (len(words) < max_words + 2 and all(w[0][0].isupper() for w in words)):
        m = _TOKEN.match(text, pos)  # both regexes end with their group: its end is the match's
        if not m:
            m = _DESIGNATION_NUMBER.match(text, pos) if words and words[-1][0][0].isupper() else None
            if not m:
                break
            start, pos = m.span(1)
            words.append((text[start:pos], start, pos))  # "13 Type 23 frigates": a name's number
            continue
        start, end = m.span(1)
        word = text[start:end]
        low = word.lower()
        if low in _CONJ:
            nxt = _TOKEN.match(text, end)
            if plural_seen or not words or not nxt or nxt.group(1).lower() in _STOP_OR_NUMBER:
                break
            words.append((word, start, end))
            pos = end
            continue
        # a function word, a number word, a weekday or a month (months are capitalized)
        if (low in _ENDS_PHRASE and not (word.isupper() and len(word) > 1)) or (
            word[0].isupper() and MONTH_WORD.fullmatch(word)
        ):  # not "US" in "28,500 US troops"
            break
        if word[0].isdigit() and not words and not CALIBRE.fullmatch(word):
            break
        pos = end
        words.append((word, start, pos))
        if _is_plural(word, low):
            plural_seen = True
            break
    while words and (_weak_tail(words[-1][0]) or words[-1][0].lower() in _TAIL_DROP):
        words.pop()
    if not words:
        return None
    return text[words[0][1] : words[-1][2]], words[-1][2]


# Heads that keep the noun before them ("28,500 American service members" -> "service members").
COMPOUND_HEADS: Final = {
    "members": frozenset({"service", "crew", "family", "staff", "board", "cabinet", "union"})
}


def head_noun(phrase: str) -> str:
    """The counted head noun of a noun phrase, as written: its last word, or a fixed compound."""
    words = phrase.split()
    head = words[-1]
    if len(words) > 1 and words[-2].lower() in COMPOUND_HEADS.get(head.lower(), ()):
        return f"{words[-2]} {head}"
    return head


def owner_or_plural_name(word: str) -> bool:
    """ "the Fed's 2% target", "gave the Conservatives 359 of the 650 seats": a capitalized word
    before a number names a model ("Boeing 737", "Nikkei 225") unless it owns or is a plural."""
    if word.endswith(("'s", "’s")):
        return True
    plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))
    return len(word) > 3 and word[1:].islower() and plural


GLUED_UNITS: Final = _words("km kg mm cm kt mph mw gw kwh mwh bpd lb lbs ft")
_GLUED_WORD: Final = re.compile(r"[A-Za-z]+")
# A size names a weapon or round ("155mm shells", "500-pound bombs"), it does not measure anything.
WEAPON_SIZE: Final = re.compile(
    r"(?:-|\s?)(?:mm|millimet(?:er|re)s?|pounds?|lbs?|inch(?:es)?|kg|kilograms?|tons?|tonnes?)"
    r"[\s-]+(?:(?!of\b)[a-z-]+\s+)?(?:bombs?|shells?|rounds?|warheads?|howitzers?|guns?|artillery"
    r"|ammunition|munitions|cannons?|mortars?|torpedo(?:es)?|rockets?|grenades?|bullets?|projectiles?)\b"
)


def glued_unit(text: str, end: int) -> bool:
    """Whether the letters glued to a number ("50km", "3bn", "412p") are a unit, not a code ("M1A2")."""
    glued = _GLUED_WORD.match(text, end)
    word = glued.group().lower() if glued else ""
    return word in GLUED_UNITS or word in MULTIPLIERS or (word == "p" and glued_pence(text, end))


# Abbreviations whose period does not end a sentence ("No. 5", "Gov. Wade", "U.S.").
ABBREVIATIONS: Final = _words(
    "no nos vol vols art sec secs p pp fig figs gov sen rep gen col lt st mr mrs ms dr"
)


def ends_sentence(word: str) -> bool:
    """ "...in London." before "Three sources": a period closes the sentence, so the capitalized word
    before the number is not a name the number belongs to. Abbreviations ("No.", "U.S.") are kept."""
    if not word.endswith("."):
        return False
    core = word[:-1]
    if "." in core or len(core) < 2 or core.lower() in ABBREVIATIONS:
        return False
    return not (core[0].isupper() and MONTH_WORD.fullmatch(word))


class Found:
    """A figure as the scanner finds it: offsets, kind, value and unit. `describe` adds its raw text
    and context once the article's figures are all found.

    A plain class, not a named tuple: compiled, it is a native class, so building one (an article
    has dozens) and reading its fields are direct, where a named tuple's go through Python."""

    __slots__ = ("end", "kind", "start", "unit", "value")

    def __init__(self, start: int, end: int, kind: str, value: float, unit: str) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.value = value
        self.unit = unit


def make_figure(start: int, end: int, kind: str, value: float, unit: str) -> Found:
    """A found figure, its value rounded (a whole number is already round: `round` is slow)."""
    if value % 1:
        value = round(value, 6) if kind == "percent" else round(value, 4)
    return Found(start, end, kind, value, unit)


def describe(text: str, found: list[Found]) -> list[Figure]:
    """The Figures of the article, each with its raw text and context, in the order found."""
    return [
        Figure(
            f.start,
            f.end,
            text[f.start : f.end],
            f.kind,
            f.value,
            f.unit,
            context_of(text, f.start, f.end, f.kind),
        )
        for f in found
    ]
