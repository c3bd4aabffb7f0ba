"""The people and institutions an article names, for resolving later short mentions.

News names a person in full once, with a premodifying title ("Pentagon press secretary Dana
Whitfield", "Gen. Marcus Oyelaran") and/or an appositive ("..., commander of U.S. European
Command,"), then uses the surname. The registry reads every capitalized run of the narration
once, records full names with the titles around them, and the institutions the article names
(as organizations of appositives, or phrases headed by an institution word), so that
"Hegseth", "Mr. Hegseth", "the president", "Central Command" and "Lockheed Martin said" resolve.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Final

from tasks.appositives import appositive_text
from tasks.cues import (
    ACRONYM,
    CAP_STOPWORDS,
    HONORIFICS,
    NAME_CONNECTORS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    word_trie,
)
from tasks.genders import GENDERED_HONORIFICS, honorific_gender, name_gender
from tasks.genders import agrees as gender_agrees
from tasks.ids import fold
from tasks.institutions import FIRM_NOUNS
from tasks.names import (
    NameParts,
    appositive_institution,
    cap_runs,
    clean_token,
    is_strong_title,
    parse_appositive,
    split_title,
    title_noun,
)

LOWER_TITLE_WORDS: Final = frozenset(w for w in TITLE_HEADS | TITLE_MODIFIERS if "." not in w)
# A trie, not a flat alternation: both regexes below search back over a window, offset by offset,
# and each title is followed by a blank or a comma, so at most one of the words matches there.
LOWER_TITLE: Final = word_trie(LOWER_TITLE_WORDS)
# "Pentagon press secretary Dana Whitfield": a lowercase title (and its institution) before a name.
PREMOD_BEFORE: Final = re.compile(
    rf"(?:(?P<org>(?:[A-Z][\w’'.&\-]*\s+){{1,4}}))?(?P<title>(?:(?:{LOWER_TITLE})\s+){{1,4}})$"
)
# "Lithuania's defence minister, Rasa Vaitkutė,": a role standing before the name, set off by commas.
ROLE_BEFORE: Final = re.compile(
    rf"(?P<role>\b(?:[\w’'.\-]+['’]s\s+)?(?:[A-Za-z-]+\s+){{0,2}}(?:{LOWER_TITLE})(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?),\s+$"
)
DIGIT: Final = re.compile(r"\d")
# A cheap prefix test for runs that may open with an honorific genders.py knows ("Mr.", "Dame");
# `honorific_gender` then decides on the whole first word.
HONORIFIC_OPENERS: Final = tuple(h.capitalize() for h in GENDERED_HONORIFICS)
HONORIFIC_INITIALS: Final = frozenset(h[0] for h in HONORIFIC_OPENERS)  # one set test before ten prefixes
PRONOUN_GENDERS: Final = {"he": "m", "she": "f"}
cached_name_gender = lru_cache(maxsize=8192)(name_gender)
ACRONYM_SECOND: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.")


@lru_cache(maxsize=16384)
def folded(name: str) -> str:
    """`fold(name)`; the same institution names recur across runs and articles.

    An ASCII name has nothing to decompose, so folding it is casefolding and joining its words.
    """
    return " ".join(name.casefold().split()) if name.isascii() else fold(name)


@lru_cache(maxsize=16384)
def name_tokens(name: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """A name's tokens, and for each whether it rules the name out (sentence word, digit, acronym).

    A word of letters holds no digit, and an acronym's second character is a capital or a period.
    """
    toks = tuple(name.split())
    return toks, tuple(
        t in CAP_STOPWORDS
        or (not t.isalpha() and DIGIT.search(t) is not None)
        or (t[1:2] in ACRONYM_SECOND and ACRONYM.match(t) is not None)
        for t in toks
    )


def names_in_full(parts: NameParts | None) -> bool:
    """Whether split_title's parts name a person in full: the only run that keeps an appositive's title."""
    return parts is not None and parts.kind == "person" and " " in parts.name


def is_plain_word(phrase: str) -> bool:
    """One word that no acronym can be ("Brussels", "He"): `Registry.add` records nothing for it.

    Such a word names no full person, and as an institution it would need to be an acronym,
    whose second letter is a capital or a period.
    """
    return " " not in phrase and "\t" not in phrase and phrase[1:2] not in ACRONYM_SECOND


# The last characters clean_token strips or reads (",;:", a possessive): a run ending otherwise is
# its own clean token, without a cached call per one-word run.
CLEANED_ENDS: Final = frozenset(",;:'’s\n")
LABEL_OPENERS: Final = frozenset('"“‘«„')  # quote marks before a label (spoken quotes are masked)


class Person:
    """A person the article names in full, with the titles it gives them.

    Plain classes here, not dataclasses: compiled, a dataclass's generated `__init__` stays
    interpreted Python, and every article builds a registry and its people."""

    def __init__(self, name: str, positions: list[int]) -> None:
        self.name = name
        self.positions = positions
        self.premod_title: str | None = None
        self.premod_org: str | None = None
        self.appo_title: str | None = None
        self.appo_org: str | None = None

    @property
    def title(self) -> str | None:
        """The appositive role when it names a role or an institution, else the premodifier."""
        if self.appo_title and (is_strong_title(self.appo_title, self.appo_org) or not self.premod_title):
            return self.appo_title
        return self.premod_title or self.appo_title

    @property
    def organization(self) -> str | None:
        """The institution of the chosen title, else any the article gives."""
        title = self.title
        if title is not None and title == self.appo_title:
            return self.appo_org or self.premod_org
        return self.premod_org or self.appo_org


class Registry:
    """Every full name and institution the narration mentions (built once per article)."""

    def __init__(self, masked: str) -> None:
        self.masked = masked
        self.people: dict[str, Person] = {}
        self.orgs: dict[str, str] = {}  # folded name -> name as written
        runs = cap_runs(masked)
        self.singles = {clean_token(r) if r[-1] in CLEANED_ENDS else r for r, _, _ in runs if " " not in r}
        for phrase, start, end in runs:
            if start and masked[start - 1] in LABEL_OPENERS:
                continue  # a name in quotation marks left unmasked is a label ("the “Spark Line”")
            parts = None if is_plain_word(phrase) else split_title(phrase)
            appo_title = appo_org = None
            if masked[end : end + 1] == ",":
                appo_title, appo_org = self.appositive_after(end, names_in_full(parts))
                self.add_org(appo_org)
            if parts is not None:
                self.add(parts, start, appo_title, appo_org)
        self.merge_short_forms()
        self.orgs_by_last: dict[str, list[tuple[str, str]]] = {}  # orgs by last folded word
        for key, written in self.orgs.items():
            self.orgs_by_last.setdefault(key.rsplit(" ", 1)[-1], []).append((key, written))
        self.run_starts = [start for _, start, _ in runs]
        self.runs = runs
        self.by_last: dict[str, list[Person]] = {}
        for person in self.people.values():
            person.positions.sort()
            self.by_last.setdefault(person.name.rsplit(" ", 1)[-1].lower(), []).append(person)
        self.genders: dict[str, str] = {}  # the article's own evidence: honorifics, then he/she
        for phrase, start, _ in runs:
            if phrase[0] in HONORIFIC_INITIALS and phrase.startswith(HONORIFIC_OPENERS):
                self.note_honorific(phrase, start)

    def note_honorific(self, phrase: str, start: int) -> None:
        """ "Mr. Keogh" / "Ms Delgado" / "Dame Ann Hale": the honorific tells "he" from "she"."""
        first, _, rest = phrase.partition(" ")
        gender = honorific_gender(first)
        if gender is None or not rest:
            return
        person = self.resolve(rest, start)
        if person is not None:
            self.genders.setdefault(person.name, gender)

    def note_pronoun(self, name: str, pronoun: str) -> None:
        """A "he"/"she" the article used for the person: evidence for later pronouns."""
        gender = PRONOUN_GENDERS.get(pronoun)
        if gender is not None:
            self.genders.setdefault(name, gender)

    def agrees(self, name: str, pronoun: str, known: bool = False) -> bool:
        """Whether a person can be the referent of he/she: the article's evidence first (an
        honorific, an earlier pronoun), else the given name; unknown never rules one out,
        unless known asks for a gender that is known to agree."""
        if pronoun not in PRONOUN_GENDERS:
            return True
        gender = self.genders.get(name) or cached_name_gender(name)
        return gender_agrees(pronoun, gender) and (gender is not None or not known)

    def people_in(self, start: int, end: int) -> list[Person]:
        """The registered people named by capitalized runs within [start, end), in text order."""
        lo, hi = bisect.bisect_left(self.run_starts, start), bisect.bisect_left(self.run_starts, end)
        found = []
        for phrase, pos, _ in self.runs[lo:hi]:
            parts = split_title(phrase)
            if parts is not None and parts.kind == "person":
                person = self.resolve(parts.name, pos)
                if person is not None:
                    found.append(person)
        return found

    def add_org(self, name: str | None) -> None:
        """Record an institution the article names."""
        if name and (" " in name or ACRONYM.match(name)):
            self.orgs.setdefault(folded(name), name)

    def add(self, parts: NameParts, start: int, appo_title: str | None, appo_org: str | None) -> None:
        """Record a run and its appositive: an institution, or a person with first and last name."""
        if parts.kind == "organization":
            self.add_org(parts.name)
            return
        self.add_org(parts.organization)
        if " " not in parts.name:
            return  # one word is a surname or a place, not a full name
        if parts.title is None and self.after_firm_noun(start):
            self.add_org(parts.name)  # "engineering group Kessler Voss"
            return
        all_toks, all_bad = name_tokens(parts.name)
        first = 0
        while len(all_toks) - first > 2 and all_toks[first] in self.singles:
            first += 1
        if not 2 <= len(all_toks) - first <= 4 or any(all_bad[first:]):
            return
        name = " ".join(all_toks[first:])
        self.add_person(name, parts.title, parts.organization, start, appo_title, appo_org)

    def after_firm_noun(self, start: int) -> bool:
        """A run right after a lowercase noun for a firm ("retailer Brightline Home Centers") names one."""
        if start < 3 or self.masked[start - 1] != " " or not self.masked[start - 2].islower():
            return False
        space = self.masked.rfind(" ", max(0, start - 16), start - 1)
        return self.masked[space + 1 : start - 1] in FIRM_NOUNS

    def add_person(
        self,
        name: str,
        title: str | None,
        org: str | None,
        start: int,
        appo_title: str | None,
        appo_org: str | None,
    ) -> None:
        """Record a full name at start, with the titles before it (or given) and after it."""
        window = self.masked[max(0, start - 40) : start].rsplit(None, 1)
        last = window[-1] if window else ""
        if title is None and last.lower() in LOWER_TITLE_WORDS:
            title, org = self.title_before(start)
        role = ROLE_BEFORE.search(self.masked, max(0, start - 60), start) if last.endswith(",") else None
        if role and appo_title is None:
            appo_title, appo_org = parse_appositive(role.group("role"))
        person = self.people.get(name) or self.fuller(name) or self.people.setdefault(name, Person(name, []))
        person.positions.append(start)
        person.premod_title = person.premod_title or title
        person.premod_org = person.premod_org or org
        if appo_title and person.appo_title is None:
            person.appo_title, person.appo_org = appo_title, appo_org

    def fuller(self, name: str) -> Person | None:
        """The person already named in full whose surname a mention repeats with its particle
        capitalized, as a sentence opens: "Van Dam said" after "Pieter van Dam"."""
        first = name.split(" ", 1)[0].lower()
        if first not in NAME_CONNECTORS or first in ("of", "for"):
            return None
        tail = " " + name.lower()
        return next((p for key, p in self.people.items() if key.lower().endswith(tail)), None)

    def title_before(self, start: int) -> tuple[str | None, str | None]:
        """A lowercase title (with its institution) just before a name: "Pentagon press secretary"."""
        window = self.masked[max(0, start - 80) : start]
        m = PREMOD_BEFORE.search(window)
        if m:
            org = " ".join(t for t in (m.group("org") or "").split() if t not in CAP_STOPWORDS) or None
            return m.group("title").strip(), org
        return None, None

    def appositive_after(self, end: int, titled: bool) -> tuple[str | None, str | None]:
        """Title (only when titled asks for it) and organization of an appositive after a name."""
        body = appositive_text(self.masked, end)
        if body is None:
            return None, None
        return parse_appositive(body) if titled else (None, appositive_institution(body))

    def merge_short_forms(self) -> None:
        """Fold "Hawk Sawyer" into "Kathleen Hawk Sawyer": a registered name ending a longer one.

        Only names sharing a last word can end one another; a merged name has fewer words than
        any name it could have absorbed, so folding one never changes the candidates of the next.
        """
        lasts = [name.rsplit(" ", 1)[-1] for name in self.people]
        if len(set(lasts)) == len(lasts):
            return  # no two names share a last word (the usual article)
        by_last: dict[str, list[list[str]]] = {}
        for name in self.people:
            toks = name.split()
            by_last.setdefault(toks[-1], []).append(toks)
        for name in sorted(self.people, key=lambda n: len(n.split())):
            toks = name.split()
            same_last = by_last[toks[-1]]
            if len(same_last) < 2:
                continue
            longer = [p for p in same_last if len(p) > len(toks) and p[-len(toks) :] == toks]
            if len(longer) == 1:
                short = self.people.pop(name)
                into = self.people[" ".join(longer[0])]
                into.positions.extend(short.positions)
                into.premod_title = into.premod_title or short.premod_title
                into.premod_org = into.premod_org or short.premod_org
                into.appo_title = into.appo_title or short.appo_title
                into.appo_org = into.appo_org or short.appo_org

    def resolve(self, name: str, pos: int) -> Person | None:
        """The person a mention refers to: the full name, or the most recent one it ends."""
        toks = [low for low in name.lower().split() if low not in HONORIFICS]
        if not toks:
            return None
        best, best_pos = None, -2
        bearers = self.by_last.get(toks[-1], ())
        if len(toks) == 1 and len(bearers) > 1:
            bearers = self.called_by_surname(bearers)
        for person in bearers:
            ptoks = person.name.lower().split()
            if len(ptoks) < len(toks) or ptoks[-len(toks) :] != toks:
                continue
            i = bisect.bisect_right(person.positions, pos)
            score = person.positions[i - 1] if i else -1
            if score > best_pos:
                best, best_pos = person, score
        if best is None and len(toks) == 1:
            return self.by_given(toks[0], pos) or self.by_paternal(toks[0], pos)
        return best

    def called_by_surname(self, bearers: list[Person]) -> list[Person]:
        """Of several people sharing a surname, those the article does not call by given name alone:
        after "Her husband, Carl Marsh," and "Carl said", a bare "Marsh" is still Delia Marsh."""
        kept = [p for p in bearers if p.name.split()[0] not in self.singles]
        return kept or bearers

    def by_given(self, token: str, pos: int) -> Person | None:
        """A lone name opening a registered full name: family name first ("Xi" of "Xi Jinping")."""
        hits = [
            p for p in self.people.values() if p.name.split()[0].lower() == token and min(p.positions) <= pos
        ]
        return max(hits, key=lambda p: max(x for x in p.positions if x <= pos)) if hits else None

    def by_paternal(self, token: str, pos: int) -> Person | None:
        """A lone name that is the first of two surnames ("Zapata" of "Mariela Zapata Roca").

        Spanish and Portuguese names carry two family names and news uses the first alone.
        """
        hits = [
            p
            for p in self.people.values()
            if len(ptoks := p.name.lower().split()) >= 3 and ptoks[-2] == token and min(p.positions) <= pos
        ]
        return hits[0] if len(hits) == 1 else None

    def by_title(self, noun: str, pos: int) -> Person | None:
        """The most recently named person whose title ends with noun ("the president")."""
        best, best_pos = None, -1
        for person in self.people.values():
            title = person.title or ""
            if not title or title_noun(title) != noun:
                continue
            recent = max((p for p in person.positions if p <= pos), default=-1)
            if recent > best_pos:
                best, best_pos = person, recent
        return best

    def organization(self, name: str, definite_at: int | None = None) -> str | None:
        """The fullest institution name the article gives that ends with name ("U.S. Central Command").
        After "the" (definite_at: where that mention stands) the name written nearest before it
        with any capitalized words leading may be meant ("the Commission": the European Commission,
        not the FCC named further back).

        A name ending with another shares its last word, so only the names under that word are read.
        """
        key = folded(name)
        if not key:
            return None
        best, nearest, nearest_at = self.orgs.get(key), None, -1
        tail = " " + key
        for folded_name, written in self.orgs_by_last.get(key.rsplit(" ", 1)[-1], ()):
            if not folded_name.endswith(tail):
                continue
            prefix = written[: len(written) - len(name)].split()
            if all(ACRONYM.match(t) for t in prefix):
                if best is None or len(written) > len(best):
                    best = written
            elif definite_at is not None and all(t[:1].isupper() for t in prefix):
                at = self.masked.rfind(written, 0, definite_at)
                if at > nearest_at:
                    nearest, nearest_at = written, at
        return best or nearest
