"""Resolution: from a cue's subject phrase to a speaker.

Names resolve through the article's registry to the fullest form the article gives; institutions
keep their name without "the" and short forms take the full one (`tasks.institutions`); a
person's writing speaks for them ("Marchetti's opinion noted"); anonymous subjects
("prosecutors", "a senior official") give None.
Pronouns and definite nouns ("he", "the company") resolve to the narration's focus at that point,
found on demand by walking back over the preceding sentences: the last quote speaker, else the
sentence's subject, else the last person the sentence names; "he"/"she" skip a candidate of
the other gender (`tasks.genders`: the article's honorifics and pronouns, else the given name).
Walking back only when a pronoun needs it keeps the cost proportional to the quotes, not to the
sentences.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from tasks.antecedents import (
    Candidates,
    anonymous_opening,
    continued_speaker,
    lone_opening_word,
)
from tasks.cues import (
    DEFINITE_TITLES,
    DOCUMENT_NOUNS,
    GENERIC_GROUPS,
    ORG_NOUNS,
    ORG_WORDS,
    SPEECH_VERB_RE,
    SPOKES_NOUNS,
)
from tasks.institutions import (
    AUTHORED_NOUNS,
    FIRM_NOUNS,
    OWNER,
    is_institution_noun,
    latest_with_head,
    proper_institution,
    short_form,
)
from tasks.names import CAP_RUN, parse_appositive, split_title
from tasks.narration import (
    State,
    opens_with_common_noun,
    possessed_org,
    proper_run,
    sentence_span,
    spoke_before,
)
from tasks.phrases import Subject, subject_before
from tasks.registry import folded
from tasks.spans import Speaker

# Staff who publish as their firm ("analysts at Nomura wrote in a note"); officials stay anonymous.
RESEARCH_GROUPS: Final = frozenset({"analysts", "economists", "strategists", "researchers"})
# "a report the Marine Corps released Friday": the verb with no object after it (not "a report the
# Kremlin sent 5,000 troops").
RELEASED: Final = re.compile(
    r"\s+(?:released|published|issued|delivered|filed|made public)"
    r"(?=\s*[.,;]|\s+(?:on|in|last|this|earlier|today|yesterday|[A-Z][a-z]+day)\b)"
)
LOOKBACK: Final = 12  # sentences searched back for a pronoun's antecedent
SAID_IN: Final = re.compile(
    r"\b(?:said|says|added|announced|wrote)\s+(?:\w+\s+)?in\s+$"
)  # "said in" a statement


def resolve(state: State, subject: Subject) -> Speaker | None:
    """The speaker a subject phrase names: pronouns to the focus, names to their fullest form."""
    if subject.kind == "pronoun":
        if subject.text == "they" and (same := continued_speaker(state, subject.pos)) is not None:
            return same
        found = focus_at(state, subject.pos, org=subject.text not in {"he", "she"}, pronoun=subject.text)
        if found is not None and found.kind == "person":
            state.registry.note_pronoun(found.name, subject.text)
        return found
    if subject.kind == "first":
        return None
    return resolve_phrase(state, subject)


def resolve_phrase(state: State, subject: Subject) -> Speaker | None:
    """A name or a common-noun phrase, resolved."""
    if subject.kind == "nominal":
        found = resolve_nominal(state, subject)
    else:
        found = resolve_name(state, subject.text, subject.pos, subject.det, subject.mods, subject.appositive)
    return seated_in(state, subject, found) if subject.pp and found is not None else found


def seated_in(state: State, subject: Subject, found: Speaker) -> Speaker:
    """ "The Russian embassy in Helsinki": a mission is named with the city it sits in; "the
    Operational Command of the Polish Armed Forces": an institution with the body it belongs to."""
    if found.kind != "organization" or not found.name.endswith(subject.text):
        return found  # the subject names another thing ("the minutes of the FOMC")
    after, pp = subject.pos + len(subject.text), subject.pp or ""
    if found.name.lower().endswith(("embassy", "consulate")) and state.masked.startswith(" in ", after):
        return Speaker(f"{found.name} in {pp}", kind="organization")
    if found.name.rsplit(" ", 1)[-1].lower() in ORG_WORDS and state.masked.startswith(" of the ", after):
        return Speaker(f"{found.name} of the {pp.removeprefix('the ')}", kind="organization")
    return found


def resolve_name(
    state: State, phrase: str, pos: int, det: str | None, mods: str = "", appositive: str | None = None
) -> Speaker | None:
    """A capitalized subject: an institution, or a person resolved through the registry."""
    # Called as the registry calls it unless definite, so the two share split_title's cache entries.
    # "the retired general Khalid al-Mutairi": a title noun before the name makes it a person's.
    definite = det == "the" and mods.rsplit(" ", 1)[-1].lower() not in DEFINITE_TITLES
    parts = split_title(phrase, True) if definite else split_title(phrase)
    if parts is None:
        return None
    known_org = state.registry.organization(parts.name, pos if det == "the" else None)
    if known_org and folded(known_org) != folded(parts.name) and not spoke_before(state, known_org, pos):
        known_org = None
    if parts.kind == "organization" or (known_org and folded(known_org) == folded(parts.name)):
        return org_speaker(state, parts.name, known_org, pos)
    person = state.registry.resolve(parts.name, pos)
    if person is None and len(parts.name.split()) == 1:
        word = parts.name.lower()
        if parts.title or det or state.has_lowercase(word) or word in GENERIC_GROUPS:
            return None
        if opens_with_common_noun(state, phrase, pos):
            return None  # "Shares in the company fell"
        if appositive:
            described = one_word_described(state, parts.name, appositive, pos)
            if described is not None:
                return described
        return org_speaker(state, parts.name, known_org, pos)
    if person is not None:
        return Speaker(person.name, person.title or parts.title, person.organization or parts.organization)
    appo_title, appo_org = parse_appositive(appositive) if appositive else (None, None)
    title = parts.title or appo_title or (mods if mods and mods.islower() else None)
    return Speaker(parts.name, title, parts.organization or appo_org)


def one_word_described(state: State, name: str, appositive: str, pos: int) -> Speaker | None:
    """A one-word name with an appositive role: a person known by one name ("an accountant who gave
    only her surname, Chan"), or an institution when the role is one ("Frontex, the EU agency")."""
    title, org = parse_appositive(appositive)
    if title is None:
        return None
    head = title.split()[-1].lower()
    if is_institution_noun(head) or head in ORG_WORDS:
        return org_speaker(state, name, None, pos)
    return Speaker(name, title, org)


def org_speaker(state: State, name: str, known_org: str | None, pos: int) -> Speaker:
    """An institution under its fullest name: a longer form it spoke under, or the name a short
    form stands for ("the NAO", "Veridian", "the Fed")."""
    if known_org is None or folded(known_org) == folded(name):
        full = short_form(state.registry.orgs, state.defining, name, pos)
        if full is not None:
            return Speaker(full, kind="organization")
    return Speaker(known_org or name, kind="organization")


def resolve_nominal(state: State, subject: Subject) -> Speaker | None:
    """A common-noun subject: a spokesperson's institution, a titled person, or anonymous (None)."""
    named = appositive_speaker(state, subject) if subject.appositive else None
    if named is not None:
        return named
    if subject.text in GENERIC_GROUPS:
        return group_institution(state, subject)
    if subject.text in DOCUMENT_NOUNS and subject.det == "the":
        if not subject.pp:
            return document_author(state, subject.text, subject.pos)
        named = resolve_name(state, subject.pp, subject.pos, "the")
        if named is not None and named.kind == "organization":
            return named  # "according to the minutes of the Federal Open Market Committee"
    if subject.text in SPOKES_NOUNS:
        named = spokesperson_of(state, subject)
        if named is not None or subject.mods or subject.pp:
            return named
    if subject.text in AUTHORED_NOUNS and (owner := OWNER.fullmatch(subject.mods)) is not None:
        return owner_of(state, owner.group(1), subject.text, subject.pos)  # "Marchetti's opinion noted"
    return institution_or_titled(state, subject)


def appositive_speaker(state: State, subject: Subject) -> Speaker | None:
    """The name set off after a common noun: "The state energy company, YPFB, said", "the
    lawmaker, Rep. Ann Corliss of Maine, said"."""
    appositive = subject.appositive or ""
    runs = list(CAP_RUN.finditer(appositive))
    if not runs or runs[-1].end() < len(appositive.rstrip(" .")):
        return None  # the appositive does not end with a name
    if runs[-1].start() == 0 and is_institution_noun(subject.text):
        named = resolve_name(state, runs[-1].group(), subject.pos, "the")
        if named is not None:
            return named if named.kind == "organization" else Speaker(named.name, kind="organization")
    if len(runs[-1].group().split()) >= 2:
        named = resolve_name(state, runs[-1].group(), subject.pos, None)
        if named is not None and named.kind == "person":
            return named
    return None


def institution_or_titled(state: State, subject: Subject) -> Speaker | None:
    """An institution a common noun stands for ("Iran's foreign ministry", "the air force", "the
    Hong Kong government", "the company"), or the titled person "the captain" is."""
    if subject.text in ORG_NOUNS and possessed_org(subject.mods):
        head = state.masked[subject.pos : subject.pos + len(subject.text)]
        return Speaker(f"{subject.mods} {head}", kind="organization")
    if subject.det == "the" and subject.mods.islower():
        named_before = state.registry.organization(f"{subject.mods} {subject.text}", subject.pos)
        if named_before is not None:  # "the air force said" after "The Ukrainian Air Force said"
            return Speaker(named_before, kind="organization")
    if subject.det in {"the", None}:
        head = state.masked[subject.pos : subject.pos + len(subject.text)]
        named = proper_institution(subject.mods, head)
        if named is not None:
            return Speaker(named, kind="organization")  # "the Hong Kong government said"
    if subject.det == "the" and subject.text in ORG_NOUNS and not subject.mods:
        found = latest_with_head(state.registry.orgs, state.masked, subject.text, subject.pos)
        if found is not None:  # "the ministry" after "The Ukrainian Ministry of Defense says"
            return Speaker(found, kind="organization")
        return focus_at(state, subject.pos, org=True, firm=subject.text in FIRM_NOUNS)
    if subject.text in DEFINITE_TITLES and subject.det == "the":
        person = state.registry.by_title(subject.text, subject.pos)
        if person is not None:
            return Speaker(person.name, person.title, person.organization)
    return None


def owner_of(state: State, owner: str, noun: str, pos: int) -> Speaker | None:
    """The author of a possessed writing; of two people sharing the name, the one the article
    tied to that kind of writing before ("Judge Ellen Marchetti wrote ... a 41-page opinion")."""
    people = [
        p for p in state.registry.by_last.get(owner.rsplit(" ", 1)[-1].lower(), ()) if p.positions[0] < pos
    ]
    if len(people) > 1:
        word = re.compile(rf"\b{noun}\b")
        tied = [
            p
            for p in people
            if any(word.search(state.masked, *sentence_span(state, at)) for at in p.positions)
        ]
        if len(tied) == 1:
            return Speaker(tied[0].name, tied[0].title, tied[0].organization)
    return resolve_name(state, owner, pos, None)


def document_author(state: State, noun: str, pos: int) -> Speaker | None:
    """ "The report" after "a report by the Department of Homeland Security", "an investigation
    report the Marine Corps released" or "a Government Accountability Office report": its author.
    News names a document's author once, then says "the report"; its words are the author's."""
    by = re.compile(rf"\b{noun}\s+(?:by|from|(?=the\s+[A-Z]))\s*(?:the\s+)?(?=[A-Z])")
    found = None
    for m in by.finditer(state.masked, 0, pos):
        run = CAP_RUN.match(state.masked, m.end())
        released = run is not None and RELEASED.match(state.masked, run.end())
        if run is not None and (released or m.group().split()[1:2] in (["by"], ["from"])):
            found = (run.group(), m.end())
    if found is None:
        for m in re.compile(rf"\b(?:an?|the)\s+((?:[A-Z][\w.&'’-]*\s+)+){noun}\b").finditer(
            state.masked, 0, pos
        ):
            words = m.group(1).split()  # "a Government Accountability Office report", not "the Red Sea study"
            if words[-1].lower() in ORG_WORDS or all(w.isupper() for w in words):
                found = (" ".join(words), m.start(1))
    if found is None:
        return introduced_by(state, noun, pos)
    named = resolve_name(state, found[0], found[1], "the")
    return named if named is not None and named.kind == "organization" else None


def introduced_by(state: State, noun: str, pos: int) -> Speaker | None:
    """ "The Navy said in a written statement ..." then "the statement said": the subject of the
    sentence that introduced the document ("a statement", "an emailed statement") wrote it."""
    intro = None
    for m in re.compile(rf"\b(?:an?|its|their)\s+(?:[a-z]+\s+)?{noun}\b").finditer(state.masked, 0, pos):
        intro = m
    if intro is None:
        return None
    k = state.sentence_index(intro.start())
    said = SAID_IN.search(state.masked, max(state.sentences[k][0], intro.start() - 24), intro.start())
    # "The United States announced aid, the U.S. Embassy in Manila said in a statement": the one who said it
    subject = subject_before(state.masked, state.sentences[k][0], said.start()) if said else None
    if subject is None:
        subject = state.subject_of(k)
    opening = state.masked[state.sentences[k][0] : intro.start()].strip().lower() == "in"  # "In a statement,"
    if subject is None or (subject.pos > intro.start() and not opening) or subject.text in DOCUMENT_NOUNS:
        return None
    owner = OWNER.match(subject.mods) if subject.kind == "nominal" else None
    if owner is not None:
        return resolve_name(state, owner.group(1), subject.pos, "the")  # "The Navy's answer came in ..."
    return resolve(state, subject)


def group_institution(state: State, subject: Subject) -> Speaker | None:
    """ "Analysts at Nomura wrote": a firm's staff writing as the firm; other groups stay anonymous."""
    if subject.pp is None or subject.text not in RESEARCH_GROUPS:
        return None
    after = state.masked[subject.pos + len(subject.text) : subject.pos + len(subject.text) + 8].split()
    if not after or after[0] != "at":
        return None
    named = resolve_name(state, subject.pp, subject.pos, "the")
    return named if named is not None and named.kind == "organization" else None


def spokesperson_of(state: State, subject: Subject) -> Speaker | None:
    """ "a Ministry of Defence spokesperson", "a spokesman for X", "a department spokeswoman"."""
    named = proper_run(subject.mods)
    if named:
        return resolve_name(state, named, subject.pos, "the")
    if subject.pp:
        person = state.registry.resolve(subject.pp, subject.pos)
        if person is not None:  # "a spokesman for Van Aelst": the person's words
            return Speaker(person.name, person.title, person.organization)
        return resolve_name(state, subject.pp, subject.pos, "the")
    last = subject.mods.split()[-1:]
    if subject.mods.islower() and last and last[0] in ORG_NOUNS:
        found = latest_with_head(state.registry.orgs, state.masked, last[0], subject.pos)
        return Speaker(found, kind="organization") if found else None
    return None


def subject_speaker(state: State, k: int) -> Speaker | None:
    """The speaker sentence k's clause subject names (a pronoun resolves to the focus before it)."""
    subject = state.subject_of(k)
    if subject is None:
        return None
    if subject.kind in ("name", "nominal"):
        return resolve_phrase(state, subject)
    if subject.kind == "pronoun":
        return focus_at(state, subject.pos, org=subject.text not in {"he", "she"}, pronoun=subject.text)
    return None


def focus_at(
    state: State, pos: int, org: bool = False, pronoun: str = "", firm: bool = False
) -> Speaker | None:
    """The person (or institution) the narration is about just before pos, agreeing with "he"/"she".
    Asked for a firm ("the company said"), a subject read as an untitled person whose first word is
    no given name ("Lockheed Martin said in a statement") is that firm.

    Once a candidate is passed over for its gender, a person merely named in a sentence must be
    known to agree: a name of unknown gender ("San Diego", a firm) is weaker than the one skipped.
    When nobody agrees, the nearest candidate passed over on the given-name dictionary alone is
    the answer after all (the dictionary reads "Andrea" as female; an Italian Andrea is a he).
    """
    search = Candidates(state, "organization" if org else "person", pronoun, firm)
    i = state.sentence_index(pos)
    spoken_pos = [p for p, _ in state.spoken]
    for k in range(i, max(-1, i - LOOKBACK), -1):
        s, e, _ = state.sentences[k]
        limit = min(pos, e)
        lo, hi = bisect.bisect_left(spoken_pos, s), bisect.bisect_left(spoken_pos, limit)
        for _, said in reversed(state.spoken[lo:hi]):
            if search.offer(said):
                return said
        found = reported_by(state, k, limit, search) if org else None
        if found is not None:
            return found
        subject = state.subject_of(k)
        if subject is not None and subject.pos < limit:
            if subject.kind == "pronoun" or lone_opening_word(state, subject, s):
                continue
            speaker = subject_speaker(state, k) if subject.kind != "first" else None
            if speaker is not None:
                found = search.take(speaker)
                if found is None and not org and speaker.kind == "organization":
                    found = reported_by(state, k, limit, search)  # "The government ..., Brightwater said."
                if found is not None:
                    return found
                continue
            if subject.kind == "name":
                continue
            if subject.kind == "nominal" and anonymous_opening(state, s, pronoun):
                return None  # "A deckhand ... was blunter. "...," he said": someone unnamed
        person = None if org else search.named_in(s, limit)
        if person is not None:
            return person
    return search.fallback


def reported_by(state: State, k: int, limit: int, search: Candidates) -> Speaker | None:
    """Sentence k's trailing reporter (", the Pentagon said."), when the search takes it."""
    reporter = state.reporter_of(k)
    if reporter is None or reporter.pos >= limit or reporter.kind not in ("name", "nominal"):
        return None
    speaker = resolve_phrase(state, reporter)
    return search.take(speaker) if speaker is not None else None


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
