"""Resolution: from a cue's subject phrase to a speaker.

Names resolve through the article's registry to the fullest form the article gives; institutions
keep their name without "the"; anonymous subjects ("prosecutors", "a senior official") give None.
Pronouns and definite nouns ("he", "the company") resolve to the narration's focus at that point,
found on demand by walking back over the preceding sentences: the last quote speaker, else the
sentence's subject, else the last person the sentence names. Walking back only when a pronoun
needs it keeps the cost proportional to the quotes, not to the sentences.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from tasks.attribution import ADVERB_RUN
from tasks.cues import (
    DEFINITE_TITLES,
    GENERIC_GROUPS,
    ORG_NOUNS,
    SPEECH_VERB_RE,
    SPOKES_NOUNS,
    article_sentences,
    is_cap,
)
from tasks.names import CAP_RUN, parse_appositive, split_title
from tasks.phrases import Subject, clause_subject
from tasks.quotes import paragraphs
from tasks.registry import Registry, folded
from tasks.spans import Speaker

# Staff who publish as their firm ("analysts at Nomura wrote in a note"); officials stay anonymous.
RESEARCH_GROUPS = frozenset({"analysts", "economists", "strategists", "researchers"})
# Documents whose words are their institution's: "the minutes of the Federal Open Market Committee".
DOCUMENT_NOUNS = frozenset({"minutes", "statement", "report", "communique", "transcript", "filing"})
LOOKBACK = 12  # sentences searched back for a pronoun's antecedent


@dataclass
class State:
    """One article's narration: its sentences, registry, and the quote speakers found so far."""

    text: str
    masked: str
    registry: Registry = field(init=False)
    sentences: list[tuple[int, int, int]] = field(init=False)  # start, end, paragraph
    starts: list[int] = field(init=False)
    spoken: list[tuple[int, Speaker]] = field(default_factory=list)  # quote position, speaker
    subjects: dict[int, Subject | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.registry = Registry(self.masked)
        self.sentences = article_sentences(self.masked, paragraphs(self.text))
        self.starts = [s for s, _, _ in self.sentences]

    def has_lowercase(self, word: str) -> bool:
        """Whether the narration also uses word in lowercase: then "Prosecutors" is a common noun."""
        return re.search(rf"\b{re.escape(word)}\b", self.masked) is not None

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence holding offset pos."""
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def subject_of(self, k: int) -> Subject | None:
        """The clause subject of sentence k (cached)."""
        if k not in self.subjects:
            s, e, _ = self.sentences[k]
            self.subjects[k] = clause_subject(self.masked, s, e)
        return self.subjects[k]


def resolve(state: State, subject: Subject) -> Speaker | None:
    """The speaker a subject phrase names: pronouns to the focus, names to their fullest form."""
    if subject.kind == "pronoun":
        return focus_at(state, subject.pos, org=subject.text not in {"he", "she"}, pronoun=subject.text)
    if subject.kind == "first":
        return None
    if subject.kind == "nominal":
        return resolve_nominal(state, subject)
    return resolve_name(state, subject.text, subject.pos, subject.det, subject.mods, subject.appositive)


def resolve_name(
    state: State, phrase: str, pos: int, det: str | None, mods: str = "", appositive: str | None = None
) -> Speaker | None:
    """A capitalized subject: an institution, or a person resolved through the registry."""
    parts = split_title(phrase, definite=det == "the")
    if parts is None:
        return None
    known_org = state.registry.organization(parts.name)
    if known_org and folded(known_org) != folded(parts.name) and not spoke_before(state, known_org, pos):
        known_org = None
    if parts.kind == "organization" or (known_org and folded(known_org) == folded(parts.name)):
        return Speaker(known_org or clipped_org(state, parts.name, pos) or parts.name, kind="organization")
    person = state.registry.resolve(parts.name, pos)
    if person is None and len(parts.name.split()) == 1:
        word = parts.name.lower()
        if parts.title or det or state.has_lowercase(word) or word in GENERIC_GROUPS:
            return None
        return Speaker(known_org or clipped_org(state, parts.name, pos) or parts.name, kind="organization")
    if person is not None:
        return Speaker(person.name, person.title or parts.title, person.organization or parts.organization)
    appo_title, appo_org = parse_appositive(appositive) if appositive else (None, None)
    title = parts.title or appo_title or (mods if mods and mods.islower() else None)
    return Speaker(parts.name, title, parts.organization or appo_org)


def clipped_org(state: State, name: str, pos: int) -> str | None:
    """ "the Fed" for "the Federal Reserve": a clipped first word of a two-word institution named earlier."""
    if " " in name or len(name) < 3 or not name[1:].islower():
        return None
    low = name.lower()
    best, best_at = None, pos
    for written in state.registry.orgs.values():
        words = written.split()
        if len(words) == 2 and words[0].lower().startswith(low) and len(words[0]) > len(name):
            at = state.masked.find(written)
            if 0 <= at < best_at:
                best, best_at = written, at
    return best


def spoke_before(state: State, org: str, pos: int) -> bool:
    """Whether the longer institution name was itself the subject of a speech verb before pos.

    "U.S. Central Command said ..." lets a later "Central Command said" take the full name; an
    institution only named inside an appositive ("commandant of the U.S. Coast Guard") does not.
    """
    start = state.masked.find(org)
    while 0 <= start < pos:
        at = ADVERB_RUN.match(state.masked, start + len(org) + 1).end()
        if state.masked[start + len(org) : start + len(org) + 1] == " " and SPEECH_VERB_RE.match(
            state.masked, at
        ):
            return True
        start = state.masked.find(org, start + 1)
    return False


def resolve_nominal(state: State, subject: Subject) -> Speaker | None:
    """A common-noun subject: a spokesperson's institution, a titled person, or anonymous (None)."""
    if subject.appositive:
        runs = list(CAP_RUN.finditer(subject.appositive))
        ends_named = runs and runs[-1].end() >= len(subject.appositive.rstrip(" ."))
        if ends_named and len(runs[-1].group().split()) >= 2:
            named = resolve_name(state, runs[-1].group(), subject.pos, None)
            if named is not None and named.kind == "person":
                return named
    if subject.text in GENERIC_GROUPS:
        return group_institution(state, subject)
    if subject.text in DOCUMENT_NOUNS and subject.pp and subject.det == "the":
        named = resolve_name(state, subject.pp, subject.pos, "the")
        if named is not None and named.kind == "organization":
            return named  # "according to the minutes of the Federal Open Market Committee"
    if subject.text in DOCUMENT_NOUNS and subject.det == "the" and not subject.pp:
        return document_author(state, subject.text, subject.pos)
    if subject.text in SPOKES_NOUNS:
        caps = [w.removesuffix("'s").removesuffix("’s") for w in subject.mods.split() if is_cap(w)]
        if caps:
            return resolve_name(state, " ".join(caps), subject.pos, "the")
        if subject.pp:
            person = state.registry.resolve(subject.pp, subject.pos)
            if person is not None:  # "a spokesman for Van Aelst": the person's words
                return Speaker(person.name, person.title, person.organization)
            return resolve_name(state, subject.pp, subject.pos, "the")
        if subject.mods.islower() and subject.mods.split()[-1:] and subject.mods.split()[-1] in ORG_NOUNS:
            return org_by_head(state, subject.mods.split()[-1], subject.pos)
    if subject.text in ORG_NOUNS and subject.text not in SPOKES_NOUNS and possessed_org(subject.mods):
        head = state.masked[subject.pos : subject.pos + len(subject.text)]
        return Speaker(f"{subject.mods} {head}", kind="organization")
    if subject.det == "the" and subject.text in ORG_NOUNS and not subject.mods:
        return focus_at(state, subject.pos, org=True)
    if subject.text in DEFINITE_TITLES and subject.det == "the":
        person = state.registry.by_title(subject.text, subject.pos)
        if person is not None:
            return Speaker(person.name, person.title, person.organization)
    return None


POSSESSED = re.compile(r"^[A-Z][\w.\-]*['’]s(?: [a-z]+){0,2}$")


def possessed_org(mods: str) -> bool:
    """ "China's foreign ministry": a named possessor before a lowercase institution head."""
    return POSSESSED.match(mods) is not None


def document_author(state: State, noun: str, pos: int) -> Speaker | None:
    """ "The report" after "a confidential report by the Department of Homeland Security": its author.

    News names a document's author once ("a report by X", "a statement from X") and then calls it
    "the report"; the document's words are the author's.
    """
    by = re.compile(rf"\b{noun}\s+(?:by|from)\s+(?:the\s+)?(?=[A-Z])")
    found = None
    for m in by.finditer(state.masked, 0, pos):
        run = CAP_RUN.match(state.masked, m.end())
        if run is not None:
            found = (run.group(), m.end())
    if found is None:
        return None
    named = resolve_name(state, found[0], found[1], "the")
    return named if named is not None and named.kind == "organization" else None


def group_institution(state: State, subject: Subject) -> Speaker | None:
    """ "Analysts at Nomura wrote": a firm's staff writing as the firm; other groups stay anonymous."""
    if subject.pp is None or subject.text not in RESEARCH_GROUPS:
        return None
    after = state.masked[subject.pos + len(subject.text) : subject.pos + len(subject.text) + 8].split()
    if not after or after[0] != "at":
        return None
    named = resolve_name(state, subject.pp, subject.pos, "the")
    return named if named is not None and named.kind == "organization" else None


def org_by_head(state: State, noun: str, pos: int) -> Speaker | None:
    """ "a department spokeswoman": the institution with that head the article named last before pos."""
    best, best_at = None, -1
    for written in state.registry.orgs.values():
        if written.split()[-1].lower() == noun:
            at = state.masked.rfind(written, 0, pos)
            if at > best_at:
                best, best_at = written, at
    return Speaker(best, kind="organization") if best is not None else None


def subject_speaker(state: State, k: int) -> Speaker | None:
    """The speaker sentence k's clause subject names (a pronoun resolves to the focus before it)."""
    subject = state.subject_of(k)
    if subject is None:
        return None
    if subject.kind == "name":
        return resolve_name(state, subject.text, subject.pos, subject.det)
    if subject.kind == "nominal":
        return resolve_nominal(state, subject)
    if subject.kind == "pronoun":
        return focus_at(state, subject.pos, org=subject.text not in {"he", "she"}, pronoun=subject.text)
    return None


def focus_at(state: State, pos: int, org: bool = False, pronoun: str = "") -> Speaker | None:
    """The person (or institution) the narration is about just before pos, agreeing with "he"/"she"."""
    want = "organization" if org else "person"
    agrees = state.registry.agrees
    i = state.sentence_index(pos)
    spoken_pos = [p for p, _ in state.spoken]
    for k in range(i, max(-1, i - LOOKBACK), -1):
        s, e, _ = state.sentences[k]
        limit = min(pos, e)
        lo, hi = bisect.bisect_left(spoken_pos, s), bisect.bisect_left(spoken_pos, limit)
        for _, speaker in reversed(state.spoken[lo:hi]):
            if speaker.kind == want and agrees(speaker.name, pronoun):
                return speaker
        subject = state.subject_of(k)
        if subject is not None and subject.pos < limit and subject.kind != "pronoun":
            speaker = subject_speaker(state, k) if subject.kind != "first" else None
            if speaker is not None:
                if speaker.kind == want and agrees(speaker.name, pronoun):
                    return speaker
                continue
            if subject.kind == "name":
                continue
        if subject is not None and subject.kind == "pronoun" and subject.pos < limit:
            continue
        if not org:
            people = [p for p in state.registry.people_in(s, limit) if agrees(p.name, pronoun)]
            if people:
                return Speaker(people[-1].name, people[-1].title, people[-1].organization)
    return None


def speech_subject(state: State, paragraph: int) -> Speaker | None:
    """The speaker of the paragraph's last narration sentence that reports speech ("Grisham said ...")."""
    if paragraph < 0:
        return None
    ks = [k for k, (_, _, p) in enumerate(state.sentences) if p == paragraph]
    for k in reversed(ks):
        s, e, _ = state.sentences[k]
        if SPEECH_VERB_RE.search(state.masked, s, e):
            subject = state.subject_of(k)
            if subject is not None and subject.kind in {"name", "pronoun"}:
                return subject_speaker(state, k)
    return None
