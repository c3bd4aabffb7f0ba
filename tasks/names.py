"""Names in news prose: split a capitalized phrase into title, organization and name, and resolve
short mentions ("Hegseth", "Mr. Hegseth", "the president") to the fullest name the article gives.

News introduces a person once in full, usually with a premodifying title ("Defense Secretary Pete
Hegseth") or an appositive ("Derek Scissors, a China scholar with the American Enterprise
Institute"), and uses the surname afterwards. The registry records every full name with its
title so later mentions resolve to it; two people who share a surname resolve to the one named
most recently.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from mypy_extensions import i64

from tasks.cues import (
    ACRONYM,
    CAP_STOPWORDS,
    HONORIFICS,
    NAME_CONNECTORS,
    NAME_WORD,
    ORG_WORDS,
    PREFIXED_NAME,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    is_cap,
    word_trie,
)
from tasks.genders import is_given_name
from tasks.tokens import ON_JOINING_HEADS, PARTICLE_WORDS, is_capital, is_name_char, run_end

PARTICLES: Final = word_trie(PARTICLE_WORDS)
# "on" first, then what stands before it: most words are no "on", and fail before five lookbehinds.
ON_JOIN: Final = "on(?:" + "|".join(f"(?<={head} on)" for head in ON_JOINING_HEADS) + ")"
RANK_ORDINAL: Final = r"\d+(?:st|nd|rd|th)(?=[ \t]+Class\b)"  # "Petty Officer 2nd Class"
NAME_TOKEN: Final = (
    rf"(?:(?=[A-ZÀ-ÖØ-ÞĀ-Ž]){NAME_WORD}|(?:{PARTICLES}|{ON_JOIN})(?=[ \t]+[A-Z])|{PREFIXED_NAME}"
    rf"|{RANK_ORDINAL})"
)
# "& " joins a firm's partners into one run ("Marlow & Finch", "Procter & Gamble").
CAP_RUN: Final = re.compile(
    rf"(?<![\w’'.\-])(?=[A-ZÀ-ÖØ-ÞĀ-Ž]){NAME_TOKEN}(?:[ \t]+(?:&[ \t]+)?{NAME_TOKEN})*"
)
# Lowercased words last_title_word can stop at; a phrase holding none has no title.
TITLE_OPENERS: Final = TITLE_HEADS | HONORIFICS | {"class"}
RANK_CLASS: Final = re.compile(r"^(?:\d+(?:st|nd|rd|th)|First|Second|Third)$")
POSSESSIVE: Final = re.compile(r"['’]s?$")
# Every ending POSSESSIVE can match ($ also matches before a final newline): others skip the regex.
QUOTE_ENDS: Final = ("'", "’", "'s", "’s", "'s\n", "’s\n", "'\n", "’\n")
PARTY_LABEL: Final = re.compile(r"^[A-Z]-[A-Z]")
RELATIVE_TAIL: Final = re.compile(r"\s+(?:who|whose|which|that|whom)\b.*$")
AGE: Final = re.compile(r"^\d+-year-old\s+")  # "a 47-year-old accountant": the role is "accountant"
LEADING_ARTICLE: Final = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
ARTICLE_INITIALS: Final = frozenset("aAtT")  # LEADING_ARTICLE matches nothing else first: a cheap test
POSSESSOR: Final = re.compile(r"^(?:[A-Z][\w’'.\-]*\s+)*[\w’'.\-]+['’]s\s+")
ORG_PP: Final = re.compile(
    r"\s(?P<prep>with|at|of|for|from|in|on)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"(?P<org>(?:[A-Z][\w’'.&\-]*)(?:\s+(?:of|for|and|on|&|the)?\s*[A-Z][\w’'.&\-]*)*)"
)
ORG_RUN_STOPS: Final = frozenset("in on at of for and who which that since from".split())
LEADING_WORDS: Final = CAP_STOPWORDS | {"the"}  # sentence words tokens_of drops before a name
APPOSITIVE_OPENERS: Final = frozenset("a an the former then now longtime local top its his her".split())
BASED: Final = ("-based", "-headquartered")
PORTFOLIO_PREPS: Final = frozenset({"of", "for"})  # "Secretary of State", "Minister for Foreign Affairs"
# Party labels: before a name they are an affiliation ("Democrat Andrew Bellamy"), not a first name.
PARTY_NOUNS: Final = frozenset({"democrat", "republican", "independent", "democratic", "conservative"})
# Last words of a firm's name; an "of Town" after them is the firm's seat, not its name.
COMPANY_HEADS: Final = frozenset(
    "systems industries technologies holdings dynamics aerospace shipbuilding motors airlines inc"
    " inc. corp corp. ltd plc llc co co. corporation partners electric electronics".split()
)
PARTY_MEMBERS: Final = frozenset({"democrat", "republican"})
ROLE_NOUNS: Final = frozenset(
    "head commandant superintendent member fellow analyst scholar expert economist researcher"
    " official aide strategist spokesperson spokesman spokeswoman deputy partner founder owner".split()
)
ROLE_WORDS: Final = TITLE_HEADS | TITLE_MODIFIERS | ROLE_NOUNS  # words that make a phrase name a role


class NameParts:
    """A capitalized phrase split into its parts; kind is "person" or "organization".

    One is built for every distinct phrase an article names: a plain class, not a named tuple,
    which compiled is still built by interpreted Python.
    """

    __slots__ = ("kind", "name", "organization", "title")

    def __init__(
        self, name: str, title: str | None = None, organization: str | None = None, kind: str = "person"
    ) -> None:
        self.name = name
        self.title = title
        self.organization = organization
        self.kind = kind


def cap_runs(text: str) -> list[tuple[str, int, int]]:
    """(phrase, start, end) of every CAP_RUN match, exactly as CAP_RUN.finditer gives them.

    Read by hand (`tokens.run_end`): a run starts at a capital that no [\\w’'.\\-] precedes, and
    the regex engine's set-up at each of an article's capitals cost more than the reading.
    """
    runs: list[tuple[str, int, int]] = []
    n: i64 = len(text)
    i: i64 = 0
    while i < n:
        cp: i64 = ord(text[i])
        if (65 <= cp <= 90 or (cp >= 192 and is_capital(cp))) and (
            i == 0 or not (ord(text[i - 1]) == 46 or is_name_char(text, i - 1))
        ):
            end: i64 = run_end(text, i)
            runs.append((text[i:end], i, end))
            i = end
        else:
            i += 1
    return runs


def clean_token(token: str) -> str:
    """A name token without a trailing possessive or comma (uncached: a cache lookup cost more)."""
    token = token.rstrip(",;:")
    return POSSESSIVE.sub("", token) if token.endswith(QUOTE_ENDS) else token


def tokens_of(phrase: str) -> list[str]:
    """The phrase's tokens, leading sentence words ("But", "The") dropped."""
    toks = phrase.split()
    if toks and (last := clean_token(toks.pop())):
        toks.append(last)
    first = 0
    while first < len(toks) and (toks[first] in LEADING_WORDS or is_loose_connector(toks, first)):
        first += 1
    end = len(toks)
    while end > first and toks[end - 1].lower() in NAME_CONNECTORS:
        end -= 1
    return toks[first:end]


def is_loose_connector(toks: list[str], i: int = 0) -> bool:
    """A connector at toks[i], leading the tokens left, that is not part of the name: "of", "for",
    a lowercase "van". A capitalized particle before another name word opens a surname ("Van Aelst").
    """
    low = toks[i].lower()
    if low not in NAME_CONNECTORS:
        return False
    return low in {"of", "for"} or not toks[i][0].isupper() or len(toks) - i < 2


def is_org_phrase(toks: list[str], lows: list[str]) -> bool:
    """An institution: an acronym alone, or a phrase holding an institution word (lows: the
    tokens lowercased)."""
    if len(toks) == 1 and ACRONYM.match(toks[0]):
        return True
    return not ORG_WORDS.isdisjoint(lows)


@lru_cache(maxsize=8192)
def split_title(phrase: str, definite: bool = False) -> NameParts | None:
    """Split "NATO Secretary General Mark Rutte" into organization, title and name.

    The name is what follows the last title word; title words and their modifiers before it form
    the title; an acronym or institution before the title is the organization. A phrase after
    "the" that carries no title is an institution ("the Pentagon", "the People's Daily").
    """
    toks = tokens_of(phrase)
    while toks and toks[0].endswith(BASED):
        toks = toks[1:]  # "Athens-based Aegean Crest Shipping": the seat before the name
    if not toks or is_affiliation(toks):
        return None
    lows = [t.lower() for t in toks]
    if len(toks) > 1 and lows[-1] in ORG_WORDS and lows[-2] != "of":
        return NameParts(" ".join(without_possessor(toks)), kind="organization")  # "Justice Department"
    if len(toks) > 3 and lows[0] in ORG_WORDS and lows[1] == "of":
        return NameParts(" ".join(toks), kind="organization")  # "Office of the Inspector General"
    last_title = last_title_word(toks, lows)
    name_toks = toks[last_title + 1 :]
    title_at = last_title  # the title's own word; a portfolio after it ends the title
    if last_title >= 0 and len(name_toks) > 2 and lows[last_title + 1] in PORTFOLIO_PREPS:
        last_title = portfolio_end(toks, last_title + 1)
        name_toks = toks[last_title + 1 :]
    party = name_toks[0] if len(name_toks) > 2 and lows[last_title + 1] in PARTY_NOUNS else None
    if party is not None:
        name_toks = name_toks[1:]
    if not name_toks or name_toks[0].islower():
        return None  # "Secretary of State" alone: a title, no name
    if len(toks) == 1 and lows[0] in PARTY_MEMBERS:
        return None  # "the panel's top Republican": a party member not yet named
    # Cutting a place off leaves two words or more and drops no institution word, so the answer
    # for the name without its place is this one.
    org_like = is_org_phrase(name_toks, lows[len(toks) - len(name_toks) :])
    if not org_like:
        name_toks = without_place(name_toks)
    if last_title < 0:
        return untitled(name_toks, party, definite or org_like)
    head = toks[: last_title + 1]
    first = title_start(head, title_at)
    title_toks = [t for t in head[first:] if t.lower() not in HONORIFICS]
    org = " ".join(head[:first]) or None
    return NameParts(" ".join(name_toks), " ".join(title_toks) or None, org)


def untitled(name_toks: list[str], party: str | None, institution: bool) -> NameParts:
    """A phrase with no title word: a party member, an institution, or a name."""
    if party is not None:
        return NameParts(" ".join(name_toks), party)
    if len(name_toks) > 1 and name_toks[0].endswith(("'s", "’s")) and ACRONYM.match(name_toks[0][:-2]):
        # "CNN's Jake Tapper", "NATO's Rutte", "RTX's Raytheon": the initials are the organization;
        # a one-word name the article does not give a person for is taken for a firm later
        return NameParts(" ".join(name_toks[1:]), organization=name_toks[0][:-2])
    if institution:
        return NameParts(" ".join(without_possessor(without_seat(name_toks))), kind="organization")
    return NameParts(" ".join(name_toks))


def last_title_word(toks: list[str], lows: list[str]) -> int:
    """Index of the phrase's last title word or honorific before a name (-1 when none)."""
    if TITLE_OPENERS.isdisjoint(lows):
        return -1  # most phrases are plain names: one set test instead of three per word
    last = -1
    for i, low in enumerate(lows):
        if (low in TITLE_HEADS and not in_org_name(toks, i)) or (low in HONORIFICS and i < len(toks) - 1):
            last = i
        elif low == "class" and i > 0 and RANK_CLASS.match(toks[i - 1]) and i < len(toks) - 1:
            last = i  # "Airman First Class", "Petty Officer 2nd Class"
    return last


def title_start(head: list[str], first: int) -> int:
    """Where the title ending at head[first] starts: back over title words, their modifiers and
    "of" ("Chief of Staff"); what stands before it is the organization ("NATO Secretary General")."""
    while first > 0 and (
        head[first - 1].lower() in TITLE_HEADS
        or head[first - 1].lower() in TITLE_MODIFIERS
        or RANK_CLASS.match(head[first - 1]) is not None
        or (head[first - 1] == "of" and first > 1 and head[first - 2].lower() in TITLE_HEADS)
        or inner_title_word(head, first - 1)
    ):
        first -= 1
    return first


def portfolio_end(toks: list[str], prep: int) -> int:
    """Index of the last word of a title's portfolio, toks[prep] being its "of"/"for": "Secretary [of
    Homeland Security] Alejandro Mayorkas", "[for National Security] Lena Forsythe", "[of State] Blinken".
    It runs over capitalized words and connectors up to a given name the dictionary knows, keeping one
    word at least and leaving one for the name."""
    k = prep + 2  # the portfolio's first word belongs to it ("of Justice Marco Buschmann")
    while k < len(toks) - 1 and (
        (toks[k][:1].isupper() and not is_given_name(toks[k])) or toks[k] in PORTFOLIO_PREPS
    ):
        k += 1
    if k == len(toks) - 1 and len(toks) - prep > 3:  # no given name the dictionary knows:
        return len(toks) - 3  # "Minister of Defence Khawaja Asif" keeps two words for the name
    return k - 1


def in_org_name(toks: list[str], i: int) -> bool:
    """ "Justice" in "Ministry of Justice": a title word after an institution's "of" names its field."""
    return i >= 2 and toks[i - 1] == "of" and toks[i - 2].lower() in ORG_WORDS


def inner_title_word(head: list[str], k: int) -> bool:
    """ "Financial" in "Chief Financial Officer": a function word between two title words."""
    if k < 1 or head[k - 1].lower() not in TITLE_HEADS | TITLE_MODIFIERS:
        return False
    word = head[k]
    return word[1:].islower() and word.lower() not in ORG_WORDS


def is_affiliation(toks: list[str]) -> bool:
    """ "Republican of Utah", "Democrat from Ohio": a party and a place standing for a person's seat."""
    return len(toks) > 2 and toks[0].lower() in PARTY_NOUNS and toks[1].lower() in {"of", "from"}


def without_possessor(toks: list[str]) -> list[str]:
    """An institution without the country owning it: "China's Commerce Ministry" -> "Commerce Ministry"."""
    for i in range(len(toks) - 3, -1, -1):
        if toks[i].endswith(("'s", "’s")):
            return toks[i + 1 :]  # two words at least stay: "People's Daily" is a name of its own
    return toks


def without_seat(toks: list[str]) -> list[str]:
    """A firm without the town news gives as its seat: "Veridian Field Systems of Reston".

    Only after a company head: "of" after a public body is part of its name ("Ministry of Defence").
    """
    for i, t in enumerate(toks[2:-1], start=2):
        if t == "of" and toks[i - 1].lower() in COMPANY_HEADS:
            return toks[:i]
    return toks


def without_place(toks: list[str]) -> list[str]:
    """A person's name without the state or town news appends: "Rep. Martin Keogh of Ohio"."""
    for i, t in enumerate(toks[2:], start=2):
        if t.lower() in {"of", "from"} and i + 1 < len(toks):
            return toks[:i]
    return toks


def parse_appositive(text: str) -> tuple[str | None, str | None]:
    """Title and organization from an appositive: "a China scholar with the American Enterprise Institute".

    The title is the role before a preposition that introduces a capitalized institution (kept
    as the organization); a preposition followed by lowercase words stays in the title ("chief
    of staff"). Relative clauses and party labels ("R-Neb.") give nothing.
    """
    body = appositive_body(text)
    if body is None:
        return None, None
    org, cut = appositive_org(body)
    title = body[:cut]
    if title[:1] in ARTICLE_INITIALS:
        title = LEADING_ARTICLE.sub("", title)
    title = title.strip(" ,")
    if title[:1].isdigit():
        title = AGE.sub("", title)
    if "'s" in title or "’s" in title:  # POSSESSOR needs one
        title = POSSESSOR.sub("", title)
    title_words = title.split()
    last = title_words[-1] if title else ""
    if (
        not title
        or len(title_words) > 6
        or not title[0].isalpha()
        or (is_cap(last) and last.lower() not in TITLE_HEADS)
    ):
        return None, org
    return title, org


def appositive_institution(text: str) -> str | None:
    """parse_appositive(text)[1] without reading the title: all a run that names no person keeps."""
    body = appositive_body(text)
    return None if body is None else appositive_org(body)[0]


def appositive_body(text: str) -> str | None:
    """The appositive without a relative clause closing it; None when it describes no one (a
    relative clause, a party label, a verb phrase)."""
    text = text.strip(" ,")
    words = text.split(" ", 2)
    if not text or words[0].lower() in {"who", "which", "whose", "whom", "where", "and"}:
        return None
    if (text[1:2] == "-" and PARTY_LABEL.match(text)) or not opens_appositive(words[:2]):
        return None
    if "wh" in text or "that" in text:  # every RELATIVE_TAIL word holds one of these
        text = RELATIVE_TAIL.sub("", text)
    return text


def appositive_org(text: str) -> tuple[str | None, int]:
    """The institution a preposition introduces in an appositive's body, and where the role
    before that preposition ends."""
    for m in () if text.islower() else ORG_PP.finditer(text):  # an institution needs a capital
        follower = text[m.end("org") :].lstrip()
        adjective = follower and follower[0].islower() and follower.split(" ", 1)[0] not in ORG_RUN_STOPS
        if adjective and m.group("prep") == "of":
            continue  # "head of Asia FX strategy at BNP Paribas": the "of" phrase is the title's
        if m.group("prep") != "from" and not adjective:
            return " ".join(tokens_of(m.group("org"))) or None, m.start()
        return None, m.start()
    return None, len(text)


def opens_appositive(words: list[str]) -> bool:
    """An appositive opens with an article, a possessive, a capitalized or a role word, not a verb."""
    first = words[0]
    if is_cap(first) or first.endswith(("'s", "’s")) or first.lower() in APPOSITIVE_OPENERS:
        return True
    return any(w.lower() in ROLE_WORDS for w in words)  # a loop compiles; map(str.lower) calls back


def is_strong_title(title: str | None, org: str | None) -> bool:
    """An appositive role that outranks a premodifying rank ("commander of X" over "Gen.")."""
    if title is None:
        return False
    return org is not None or any(w.lower() in TITLE_HEADS or w.lower() in ROLE_NOUNS for w in title.split())


# Abbreviated title heads and the nouns a description uses for them ("a senior senator" -> "Sen.").
TITLE_NOUNS: Final = {
    "sen.": "senator", "rep.": "representative", "gen.": "general", "adm.": "admiral",
    "gov.": "governor", "col.": "colonel", "capt.": "captain", "amb.": "ambassador",
    "lt.": "lieutenant", "sgt.": "sergeant", "cmdr.": "commander", "supt.": "superintendent",
    "insp.": "inspector", "det.": "detective", "prof.": "professor",
}  # fmt: skip


def title_noun(title: str) -> str:
    """The noun a title's head is written out as: "then-Maj. Gen." -> "general", "Judge" -> "judge"."""
    head = title.split()[-1].lower()
    return TITLE_NOUNS.get(head, head.rstrip("."))
