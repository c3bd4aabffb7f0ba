"""What one word is inside a subject phrase, as the phrase readers of `tasks.phrases` ask it.

A reader going over "NATO Secretary General Mark Rutte said" or "the Association of the U.S. Army
called" decides at each token whether the phrase goes on: a connector inside an institution's
name ("of the"), a rank's ordinal ("2nd Class"), a number closing a unit's name ("Group 7"), role
words before a name ("Pentagon comptroller Neil Haverford"), or a verb ending the subject.
Where an appositive ends is read here by a scan of characters rather than a token at a time.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.cues import (
    CAP_STOPWORDS,
    FIRST_PERSON,
    FUNCTION_WORDS,
    HONORIFICS,
    ORG_WORDS,
    PRONOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    is_cap,
    looks_past,
)
from tasks.genders import is_given_name
from tasks.institutions import is_institution_noun
from tasks.names import ROLE_NOUNS
from tasks.tokens import SPACED_TOKEN, reach

MAX_LOWER: Final = 4  # lowercase words a subject phrase may hold
ORDINAL: Final = re.compile(r"^\d+(?:st|nd|rd|th)$")
ROLE_WORDS: Final = TITLE_HEADS | TITLE_MODIFIERS | ROLE_NOUNS
CLAUSE_OPENERS: Final = frozenset(
    {"that", "the", "a", "an", "its", "their", "his", "her", "it", "on", "in", ","}
)


# Pronoun subjects as they open a clause: "he", "He", "I", "we".
PRONOUN_FORMS: Final = frozenset(w for p in PRONOUNS | FIRST_PERSON for w in (p, p.capitalize()))


def pronoun_at(text: str, pos: int, end: int) -> str | None:
    """The pronoun (lowercase) that is the token at pos, when a blank, a comma or end follows it.

    "he said", "She added,": most subjects read forward are pronouns, and this reads one without
    the token regex. Such a word is the token there: no abbreviation or initial is a pronoun and
    ends without a period.
    """
    after, stop = pos, min(end, pos + 5)
    while after < stop and (97 <= ord(text[after]) <= 122 or 65 <= ord(text[after]) <= 90):
        after += 1  # code points: a compiled comparison of one-character strings is a call
    if after == pos:
        return None
    if after < end and ord(text[after]) not in (32, 44) and not text[after].isspace():
        return None
    word = text[pos:after]
    return word.lower() if word in PRONOUN_FORMS else None


# appositives.appositive_end's stop tokens besides "," and ".": marks no token holds but as itself.
MARK_STOPS: Final = frozenset(';:"“”—(')


def appositive_stop(text: str, start: int, end: int) -> int | None:
    """`appositives.appositive_end(toks, k)` for the tokens of a window ending at end, toks[k - 1]
    being the comma that ends at start: the offset of the first stop token after it, None when a
    masked quote comes first or no token does, else the end of the window's last token.

    A character scan instead of a regex call per token: only "," and "." can sit inside a longer
    token ("1,200", "U.S.", "Gen."), and only then is the token holding one read, by the regex from
    the last blank before it (no token holds a blank, so tokens read from there are the window's).
    """
    i, sync, seen = start, start, False
    while i < end:
        cp = ord(text[i])
        if 97 <= cp <= 122 or 65 <= cp <= 90 or 48 <= cp <= 57:
            seen = True
        elif cp == 32:
            sync = i + 1
        elif cp == 0:
            return None  # a masked quote
        elif cp == 44 or cp == 46:
            at, after = token_at(text, sync, i, end)
            if at == i and after == i + 1:
                return i if seen else None
            seen, i, sync = True, after, after
            continue
        elif text[i] in MARK_STOPS:
            return i if seen else None
        elif text[i].isspace():
            sync = i + 1
        elif cp != 95:  # "_" opens no token
            seen = True
        i += 1
    if not seen:
        return None
    last = end - 1
    while text[last].isspace():
        last -= 1
    if text[last] != "_":
        return last + 1  # a token holds every other character, and none runs on over a blank
    stop = start
    for m in SPACED_TOKEN.finditer(text, start, end):
        stop = m.end(1)
    return stop


def token_at(text: str, sync: int, i: int, end: int) -> tuple[int, int]:
    """(start, end) of the token holding the "," or "." at text[i], tokens read from sync on."""
    follows = i + 1 < end and (text[i + 1].isalnum() or text[i + 1] in "_.,")
    if text[i] == "," and not follows:
        return i, i + 1  # a comma inside a token is a number's, with more of it after
    if text[i] == "." and not follows:
        word = text[sync:i]  # a period ending a token ends an abbreviation or an initial
        if not word or (
            word.isascii()
            and word.isalpha()
            and (word.islower() or (len(word) > 1 and word[1:].islower() and word not in TITLE_ABBREVIATIONS))
        ):
            return i, i + 1
    for m in SPACED_TOKEN.finditer(text, sync, end):
        if m.end(1) > i:
            return m.start(1), m.end(1)
    return i, i + 1


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
