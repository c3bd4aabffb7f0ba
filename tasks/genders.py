"""Gender agreement for pronoun resolution: `"Not in those words," she replied` after a question
from Thomas Greer is not Greer's answer.

Evidence, strongest first: an honorific the article gives the person (Mr, Ms, Mrs, Sir, Dame,
...), then the first given name looked up in gender-guesser's dictionary (about 40,000 given
names with their usage by country). Only a confident answer counts (male or female; "mostly"
answers such as Kim, a surname in Korean name order, do not); anything else is unknown and never
rules a candidate out. A one-word name is taken for a surname ("Chan", "Warrick") and says nothing.
"""

from __future__ import annotations

from typing import Final

from gender_guesser.detector import Detector

_DETECTOR: Final = Detector(case_sensitive=False)
_CONFIDENT: Final = {"male": "m", "female": "f"}  # "mostly" answers ("Kim", "Lauren") never veto
GENDERED_HONORIFICS: Final = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "shri": "m",
    "smt": "f",
}
PRONOUNS: Final = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def honorific_gender(honorific: str | None) -> str | None:
    """ "m" for Mr./Sir, "f" for Ms./Mrs./Dame, None for anything else (Dr., Gen., ...)."""
    return GENDERED_HONORIFICS.get((honorific or "").strip(".").casefold())


def name_gender(name: str) -> str | None:
    """ "m", "f" or None from the first given name of a full name."""
    parts = name.replace(".", ". ").split()
    given = [p for p in parts if not p.endswith(".")]  # initials and honorifics say nothing here
    if len(parts) < 2 or not given or given[0] == parts[-1]:
        return None
    return _CONFIDENT.get(_DETECTOR.get_gender(given[0].split("-")[0]))


def is_given_name(word: str) -> bool:
    """Whether the dictionary knows the word as a given name at all, "mostly" and unisex answers
    included ("Mary", "Wang"): it tells where a name starts after a title's portfolio."""
    return _DETECTOR.get_gender(word.split("-")[0]) != "unknown"


def agrees(pronoun: str, gender: str | None) -> bool:
    """Whether a pronoun may refer to someone of this gender (unknown agrees with everything)."""
    wanted = PRONOUNS.get(pronoun.casefold())
    return wanted is None or gender is None or wanted == gender
