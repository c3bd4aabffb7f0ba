"""Institutions an article names, and the shorter ways it refers to them afterwards.

News names an institution once at its fullest ("the National Audit Office", "Veridian Field
Systems", "the Manhattan district attorney's office") and then shortens it: to its initials
("the NAO"), its first word ("Veridian"), a clipped first word ("the Fed") or its head noun
("the office said"). These rules map a short form back to the full name written before it.
Institutions headed by a lowercase noun are read from the narration on demand ("the Hong Kong
government"), since the registry records capitalized runs only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from tasks.cues import ACRONYM, CAP_STOPWORDS

# Lowercase heads of public bodies that a proper modifier names ("the Hong Kong government",
# "the Chinese foreign ministry", "the Okafor campaign"). Firms are left out: "the Chinese company"
# describes one.
PUBLIC_BODIES: Final = frozenset(
    """
    government ministry department agency office administration council commission committee
    court parliament cabinet embassy police military army navy command service authority campaign
    """.split()
)
# Common nouns for a firm, whose appositive is the firm's name ("the shipbuilder, Babcock International,").
FIRM_NOUNS: Final = frozenset(
    """
    company firm group maker manufacturer shipbuilder contractor retailer chain lender bank insurer
    carrier airline operator producer supplier developer conglomerate utility broadcaster newspaper
    """.split()
)
# A proper modifier: capitalized words, then at most three lowercase ones ("Manhattan district attorney's").
PROPER_MODS: Final = re.compile(r"(?:[A-Z][\w.’'&\-]*\s+)*[A-Z][\w.’'&\-]*(?:\s+[a-z][\w’'\-]*){0,3}")
MIXED_ACRONYM: Final = re.compile(r"^[A-Z](?:[a-z]{1,2}[A-Z])+$")
# Words of a full name that give no letter to its initials.
INITIAL_SKIPS: Final = frozenset({"of", "for", "and", "on", "the", "&", "to", "in"})


def is_institution_noun(noun: str) -> bool:
    """A common noun that stands for an institution: a public body or a firm."""
    return noun in PUBLIC_BODIES or noun in FIRM_NOUNS


def proper_institution(mods: str, head: str) -> str | None:
    """ "Hong Kong government" from the modifiers "Hong Kong" and the head "government"."""
    if head.lower() not in PUBLIC_BODIES or not mods or PROPER_MODS.fullmatch(mods) is None:
        return None
    if mods.split(" ", 1)[0] in CAP_STOPWORDS:
        return None
    return f"{mods} {head}"


@lru_cache(maxsize=256)
def headed_by(noun: str) -> re.Pattern[str]:
    """A proper-modified institution ending in noun, as narration writes it after "the"."""
    return re.compile(rf"\b[Tt]he\s+({PROPER_MODS.pattern})\s+{noun}\b")


def org_head(written: str) -> str:
    """The head noun of an institution's name: "Office" of "National Audit Office", "Ministry" of
    "Ministry of Defence"."""
    words = written.split()
    for i, word in enumerate(words[1:], start=1):
        if word in {"of", "for", "on"}:
            return words[i - 1].lower()
    return words[-1].lower()


def latest_with_head(orgs: dict[str, str], masked: str, noun: str, pos: int) -> str | None:
    """ "the office said": the institution with that head noun the narration named last before pos."""
    best, best_at = None, -1
    for written in orgs.values():
        if " " in written and org_head(written) == noun:
            at = masked.rfind(written, 0, pos)
            if at > best_at:
                best, best_at = written, at
    for m in headed_by(noun).finditer(masked, 0, pos):
        name = proper_institution(m.group(1), noun)
        if name is not None and m.start(1) > best_at:
            best, best_at = masked[m.start(1) : m.end()], m.start(1)
    return best


def short_form(orgs: dict[str, str], masked: str, name: str, pos: int) -> str | None:
    """The full institution an initialism or a lone first word stands for, named before pos.

    "the NAO" after "the National Audit Office (NAO)" or after the name alone (its initials);
    "Veridian" after "Veridian Field Systems"; "the Fed" after "the Federal Reserve".
    """
    if " " in name or len(name) < 2:
        return None
    if ACRONYM.match(name):
        return spelled_out(orgs, masked, name, pos)
    if MIXED_ACRONYM.match(name):  # "MoD", "DoD": a function word's initial written small
        return spelled_out(orgs, masked, "".join(ch for ch in name if ch.isupper()), pos)
    if len(name) < 3 or not name[1:].islower():
        return None
    low = name.lower()
    clipped, whole = [], []
    for written in orgs.values():
        words = written.split()
        first = words[0].lower()
        if len(words) == 2 and first.startswith(low) and first != low:
            clipped.append(written)
        elif len(words) >= 2 and first == low:
            whole.append(written)
    if len(whole) > 1 or (whole and is_place(masked, name)):
        whole = []  # "China" beside "China Daily" and "China Mobile", or "in China": a name of its own
    found = [(at, w) for w in clipped + whole if 0 <= (at := masked.find(w)) < pos]
    return min(found)[1] if found else None


def is_place(masked: str, word: str) -> bool:
    """The narration puts the word alone after a preposition of place ("in China", "to Washington")."""
    place = rf"\b(?:in|at|to|into|across|throughout|near) {re.escape(word)}\b(?! [A-Z])"
    return re.search(place, masked) is not None


def abbreviates(letters: str, words: list[str]) -> bool:
    """Whether letters are spelled by a prefix of each word in turn ("UKMTO": UK Maritime Trade
    Operations, "CENTCOM": Central Command): one letter of a word, or three and more ("CENT"), or
    the whole of an all-caps word ("UK"); an all-caps word may also give none ("U.S." Central
    Command). Not "NASA" for National Security Agency."""
    return _spells(letters.upper(), tuple(words))


@lru_cache(maxsize=1024)
def _spells(letters: str, words: tuple[str, ...]) -> bool:
    if not words:
        return not letters
    word, rest = words[0].replace(".", "").upper(), words[1:]
    caps = words[0] == words[0].upper()
    if caps and _spells(letters, rest):
        return True
    sizes = (
        [len(word)] if caps else [n for n in range(min(len(word), len(letters)), 0, -1) if n == 1 or n >= 3]
    )
    return any(letters.startswith(word[:n]) and _spells(letters[n:], rest) for n in sizes)


def spelled_out(orgs: dict[str, str], masked: str, acronym: str, pos: int) -> str | None:
    """The institution whose name an acronym abbreviates: defined in brackets, by initials, or by
    the prefixes `abbreviates` allows."""
    letters = acronym.replace(".", "").removesuffix("s")
    bracket = f"({acronym})"
    defined = bracket in masked
    best, best_at = None, pos
    for written in orgs.values():
        words = written.split()
        if len(words) < 2 or (words[0][0] != letters[0] and not defined and not ACRONYM.match(words[0])):
            continue
        initials = "".join(w[0] for w in words if w.lower() not in INITIAL_SKIPS)
        spelled = initials == letters or abbreviates(
            letters.upper(), [w for w in words if w.lower() not in INITIAL_SKIPS]
        )
        if not spelled and not (defined and f"{written} {bracket}" in masked):
            continue
        at = masked.find(written)
        if 0 <= at < best_at:
            best, best_at = written, at
    return best


# Writings whose words are their owner's: "Marchetti's opinion noted that ..." (see tasks.resolution).
AUTHORED_NOUNS: Final = frozenset(
    """
    opinion ruling dissent report letter memo statement book column essay filing brief post tweet
    decision order remarks comments testimony speech analysis note justification roadmap study
    assessment review audit plan strategy proposal request guidance submission
    """.split()
)
OWNER: Final = re.compile(r"((?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*?)['’]s(?:\s+[a-z][\w-]*){0,2}")
