"""What one word is inside a subject phrase, as the phrase readers of `tasks.phrases` ask it.

A reader going over "NATO Secretary General Mark Rutte said" or "the Association of the U.S. Army
called" decides at each token whether the phrase goes on: a connector inside an institution's
name ("of the"), a rank's ordinal ("2nd Class"), a number closing a unit's name ("Group 7"), role
words before a name ("Pentagon comptroller Neil Haverford"), or a verb ending the subject.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.cues import (
    CAP_STOPWORDS,
    FUNCTION_WORDS,
    HONORIFICS,
    ORG_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    is_cap,
    looks_past,
)
from tasks.genders import is_given_name
from tasks.institutions import is_institution_noun
from tasks.names import ROLE_NOUNS
from tasks.tokens import reach

MAX_LOWER: Final = 4  # lowercase words a subject phrase may hold
ORDINAL: Final = re.compile(r"^\d+(?:st|nd|rd|th)$")
ROLE_WORDS: Final = TITLE_HEADS | TITLE_MODIFIERS | ROLE_NOUNS
CLAUSE_OPENERS: Final = frozenset(
    {"that", "the", "a", "an", "its", "their", "his", "her", "it", "on", "in", ","}
)


def noun_like(word: str) -> bool:
    """A lowercase word that can name a role: no past tense ("Trump met Keir Starmer"), no third
    person verb ("she meets"), no "-ed" ("Hegseth fired Charles Brown")."""
    return not (looks_past(word) or word.endswith(("ed", "s")))


def opens_clause_after(toks: list[tuple[str, int]], j: int) -> bool:
    """Whether what follows toks[j] opens a clause or an object ("found that", "announced the"),
    as after a verb; "Ukraine's embattled defence minister" goes on with a noun."""
    return reach(toks, j + 1) and toks[j + 1][0].lower() in CLAUSE_OPENERS


def of_the_name(toks: list[tuple[str, int]], j: int) -> bool:
    """ "of the" between an institution word and a capitalized run ("Association of the U.S. Army",
    "Operational Command of the Polish Armed Forces")."""
    return (
        toks[j][0] == "of"
        and toks[j - 1][0].lower() in ORG_WORDS
        and reach(toks, j + 2)
        and toks[j + 1][0] == "the"
        and is_cap(toks[j + 2][0])
    )


def numbered(toks: list[tuple[str, int]], j: int, last: int) -> bool:
    """ "Submarine Group 7", "Task Force 59": a number closing a capitalized name is part of it."""
    return j == last and j > 0 and toks[j][0].isdigit() and is_cap(toks[j - 1][0])


def honorific_before_name(toks: list[tuple[str, int]], j: int) -> bool:
    """ "said Dr. Amrit Baloch": an honorific opening the name after an inverted verb."""
    return toks[j][0].lower() in HONORIFICS and reach(toks, j + 1) and is_cap(toks[j + 1][0])


def describes_name(toks: list[tuple[str, int]], j: int) -> bool:
    """Lowercase words after a capitalized word that describe the name following them.

    "Polling expert Helen Marsh said", "Brightline Aero chief executive Priya Raman said": role words
    right before a name; "Labour's national campaign co-ordinator, Gareth Lloyd-Evans, said": a
    possessor's role set off before the name;
    "Swiss engineering group Kessler Voss": the common noun of a firm before the firm's name;
    "Pentagon comptroller Neil Haverford": one noun before a name that opens with a given name.
    """
    if toks[j][0].lower() in ROLE_WORDS and reach(toks, j + 1) and is_cap(toks[j + 1][0]):
        return toks[j + 1][0] not in CAP_STOPWORDS
    k = j
    while k < j + MAX_LOWER and reach(toks, k) and toks[k][0].islower() and toks[k][0] not in FUNCTION_WORDS:
        k += 1
    last = toks[k - 1][0]
    if (is_institution_noun(last) or last in ROLE_WORDS) and reach(toks, k) and is_cap(toks[k][0]):
        return toks[k][0] not in CAP_STOPWORDS  # "Swiss engineering group Kessler Voss"
    if (
        k == j + 1
        and reach(toks, k + 1)
        and is_cap(toks[k][0])
        and is_cap(toks[k + 1][0])
        and noun_like(last)
    ):
        return is_given_name(toks[k][0])  # "Pentagon comptroller Neil Haverford": a role, then a person
    if not toks[j - 1][0].endswith(("'s", "’s")):
        return False
    if not reach(toks, k + 1) or toks[k][0] != ",":
        return False
    return is_cap(toks[k + 1][0]) and toks[k + 1][0] not in CAP_STOPWORDS


def unit_ordinal(toks: list[tuple[str, int]], j: int) -> bool:
    """ "The 3rd Infantry Division said": an ordinal opening an institution's capitalized name."""
    if not (toks[j][0][0].isdecimal() and ORDINAL.match(toks[j][0]) and reach(toks, j + 1)):
        return False
    k = j + 1
    while reach(toks, k) and is_cap(toks[k][0]):
        k += 1
    return k > j + 1 and any(toks[x][0].lower() in ORG_WORDS for x in range(j + 1, k))


def rank_ordinal(toks: list[tuple[str, int]], j: int) -> bool:
    """ "Petty Officer 2nd Class": an ordinal inside a rank, between capitalized words."""
    return (
        toks[j][0][0].isdecimal()  # ORDINAL opens with a digit: spare the regex for words
        and ORDINAL.match(toks[j][0]) is not None
        and j > 0
        and reach(toks, j + 1)
        and is_cap(toks[j - 1][0])
        and toks[j + 1][0] == "Class"
    )
