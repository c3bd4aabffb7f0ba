"""Word lists and phrase readers the figure scanner leans on: what may follow a number as the thing it
counts, what before a number makes it a designation, and what a figure measures (its context).

Rules over plain strings and offsets, no I/O. Used by `tasks/figures.py`.
"""

from __future__ import annotations

import re

from tasks.numbers import SCALES, SMALL, TENS
from tasks.spans import Figure


def _words(block: str) -> frozenset[str]:
    """A word list written as a whitespace-separated block, for readable tables."""
    return frozenset(block.split())


# Words that end a counted noun phrase: function words, pronouns, common verbs and adverbs.
STOP = _words(
    """
    of in on at to for from by with about as into onto over under than and or but nor so yet the a
    an this that these those which who whom whose what when where while why how is are was were be
    been being am has have had do does did will would shall should can could may might must said
    says say told tell added it its they them their he she his her we us our you your i me my more
    less fewer most least each every per all some any no not also only just even very ago later
    earlier before after since until up down out off again there here then now if because though
    although times percent cent other another both either neither such same own against among
    between through during without within across behind beyond near around toward towards via amid
    despite old apiece face faces faced remain remains remained went came took got made left set put
    saw met gave get make take come go goes see know think want need seem seems seemed including
    like plus minus away back ahead together alone instead already still soon too others
    """
)
STOP_EXCEPT_MODIFIER = frozenset({"other"})  # "the two other candidates" keeps going
PLURAL_IRREGULAR = frozenset({"people", "men", "women", "children", "police", "personnel", "feet", "teeth"})
ING_NOUNS = _words(
    """
    meeting meetings building buildings briefing briefings hearing hearings warning warnings sibling
    siblings offering offerings filing filings killing killings bombing bombings shooting shootings
    ruling rulings recording recordings drawing drawings painting paintings earnings housing funding
    training spending wedding weddings reading readings landing landings sighting sightings posting
    postings opening openings
    """
)
NUMBER_WORDS = frozenset([*SMALL, *TENS, *SCALES, "dozen"])
MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
MONTH_WORD = re.compile(rf"{MONTHS}\.?")
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
# Nouns that make the number after them a name, not a measure ("Section 230", "phase one").
DESIGNATION_NOUNS = _words(
    """
    section sections title article articles page pages chapter phase stage level part rule amendment
    resolution clause paragraph item no nos number room flight route highway interstate gate grade
    category class type model version season episode act bill proposition district ward precinct lot
    unit batch channel platform terminal pier division brigade battalion regiment squadron fleet
    corps group zone sector block building floor tower apartment suite figure table appendix annex
    step vol volume issue exhibit count counts lane runway camp base row seat box line pp p
    """
)
# Capitalized words that may stand right before a measuring number ("About 30", "Some 20,000").
FUNCTION_BEFORE = _words(
    """
    about nearly some only over roughly almost around approximately just more less fewer in by of at
    on since after before with for from until to another all the these those its his her their our
    my your each every up down and but or so then than as if when while like per via estimated
    exactly precisely perhaps maybe last next past first still yet also now both even barely well is
    are was were has have had it that this there i we they he she you among between under above
    below beyond within additional extra further total totaling
    """
)

_TOKEN = re.compile(r"[ \t]+((?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'’]*(?:-[A-Za-z0-9]+)*)")
_CONJ = frozenset({"and", "or"})


def _is_plural(word: str) -> bool:
    low = word.lower()
    if low in PLURAL_IRREGULAR:
        return True
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 2


def _weak_tail(word: str) -> bool:
    """A word that cannot end a counted noun phrase: adverbs, participles, capitalized singulars."""
    low = word.lower()
    if low in ING_NOUNS:
        return False
    if low.endswith(("ly", "ed", "ing")):
        return True
    return word[0].isupper() and not _is_plural(word) and not any(ch.isdigit() for ch in word)


def noun_phrase(text: str, pos: int, max_words: int = 5) -> tuple[str, int] | None:
    """The noun phrase right after `pos` that a number counts ("20,000 [troops]"), and its end.

    Stops at function words, numbers, punctuation and after the first plural noun; trims a trailing
    adverb or participle ("two people [briefed]"). None when nothing noun-like follows.
    """
    words: list[tuple[str, int, int]] = []
    plural_seen = False
    while len(words) < max_words:
        m = _TOKEN.match(text, pos)
        if not m:
            break
        word, low = m.group(1), m.group(1).lower()
        if low in _CONJ:
            nxt = _TOKEN.match(text, m.end())
            if plural_seen or not words or not nxt or nxt.group(1).lower() in STOP | NUMBER_WORDS:
                break
            words.append((word, m.start(1), m.end()))
            pos = m.end()
            continue
        if (low in STOP and low not in STOP_EXCEPT_MODIFIER) or low in NUMBER_WORDS:
            break
        if MONTH_WORD.fullmatch(word) or low in WEEKDAYS:
            break
        words.append((word, m.start(1), m.end()))
        pos = m.end()
        if _is_plural(word):
            plural_seen = True
            break
    while words and (_weak_tail(words[-1][0]) or words[-1][0].lower() in _CONJ | STOP_EXCEPT_MODIFIER):
        words.pop()
    if not words:
        return None
    return text[words[0][1] : words[-1][2]], words[-1][2]


_OF_AFTER = re.compile(
    r"[ \t]*\[?[ \t]*(of[ \t]+[^\]\n.,;:!?\"“”()]+?)[ \t]*(?=\]|[\n.,;:!?\"“”()]|$|[ \t](?:and|but|which|"
    r"that|who|whom|while|as|when|where|because|if|to|in|on|at|by|from|since|than|for|with|after|before|"
    r"over|under|per|was|were|is|are|has|have|had|will|would|said|says)\b)"
)
_OF_BEFORE = re.compile(
    r"(?:^|[\s(])(?:(?:a|an|the|its|their|his|her|our|this|that)\s+)?((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+of\s+"
    r"(?:(?:about|roughly|nearly|some|almost|around|approximately|just|only|over|under|more\s+than|"
    r"less\s+than|fewer\s+than|at\s+least|up\s+to)\s+)?$"
)
COMPARATIVES = frozenset({"higher", "lower", "greater", "smaller", "larger", "bigger", "stronger", "weaker"})
_MONEY_FOR = re.compile(r"[ \t]+(?:worth[ \t]+of|in|for|on)(?=[ \t])")


def _short(phrase: str, limit: int = 8) -> str | None:
    words = phrase.split()
    return " ".join(words[:limit]) if words else None


def context_of(text: str, start: int, end: int, kind: str) -> str | None:
    """What the figure measures, as a short phrase from the words around it; None when unclear.

    In order: an "of ..." phrase right after ("5% [of each country's gross domestic product]"),
    the noun phrase before "of" ("a defense budget of $850 billion"), for money the goods it buys
    ("$156 billion in Chinese consumer goods"), for percent and money the noun right after
    ("15% tariffs", "$100,000 bond").
    """
    m = _OF_AFTER.match(text, end)
    if m:
        return _short(m.group(1))
    m = _OF_BEFORE.search(text, max(0, start - 60), start)
    if m and m.end() == start:
        words = [w for w in m.group(1).split() if w.lower() not in STOP]
        if words and len(words) == len(m.group(1).split()):
            return " ".join(words)
    if kind not in ("money", "percent"):
        return None
    m = _MONEY_FOR.match(text, end) if kind == "money" else None
    found = noun_phrase(text, m.end() if m else end, max_words=4)
    if not found:
        return None
    phrase, phrase_end = found
    if phrase.lower() in COMPARATIVES:
        return None
    tail = _OF_AFTER.match(text, phrase_end)
    return _short(f"{phrase} {tail.group(1)}" if tail else phrase)


def make_figure(text: str, start: int, end: int, kind: str, value: float, unit: str) -> Figure:
    """A Figure with its raw text and context filled in from the article text."""
    value = round(value, 6) if kind == "percent" else round(value, 4)
    return Figure(start, end, text[start:end], kind, value, unit, context_of(text, start, end, kind))
