"""Anonymous first, named later: "the second official said "..."" then "That official, Lauren
Whitfield-Osei, ...".

News sometimes quotes a person under a description ("a second U.S. official", "the panel's top
Republican") and names them only a sentence or a paragraph later, with a definite noun and
the name in apposition ("That official, NAME,", "the lawmaker, Rep. NAME,"). Once the whole
article is attributed, the described quotes just before such a naming take the name. Quotes of
an earlier, different description ("a senior State Department official") stay anonymous: the
walk back stops at a description that conflicts, at an indefinite one (where the person was
introduced), and at any quote of someone else. A lede's title-bearing description ("A senior
senator accused ... of "..."") is also named by the next paragraph's person of that title
("Sen. Ada Vance ...", `named_next`).
"""

from __future__ import annotations

import re
from typing import Final

from tasks.cues import GENERIC_GROUPS, TITLE_HEADS
from tasks.institutions import abbreviates
from tasks.names import CAP_RUN, PARTY_MEMBERS, ROLE_NOUNS, title_noun
from tasks.narration import State, proper_run
from tasks.phrases import Subject
from tasks.quotes import QuoteSpan, paragraphs
from tasks.resolution import resolve_name
from tasks.spans import Speaker

# Nouns that describe one unnamed person.
PERSON_NOUNS: Final = (
    frozenset(
        """
        official lawmaker legislator congressman congresswoman diplomat officer source aide adviser
        advisor executive analyst resident witness woman man voter protester lawyer attorney member
        policymaker banker
        negotiator person participant soldier employee worker staffer insider investigator politician
        candidate republican democrat
        """.split()
    )
    | ROLE_NOUNS
    | TITLE_HEADS
)
# "That official, Lauren Whitfield-Osei," / "the lawmaker, Rep. Lyle Brandt of Ohio,": a definite
# noun, then the name set off by a comma. The pattern opens on the letters "[Tt]h" (its \b checked
# behind them), which lets the regex engine skip to each "th" of the article instead of trying
# every offset: the search runs over the whole narration.
NAMING: Final = re.compile(
    r"[Tt]h(?<=\b[Tt]h)(?:at|e|is)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*),\s+(?=[A-Z])"
)
REACH: Final = 3  # paragraphs a naming reaches back
# Roles news keeps anonymous: "a NATO official said" is no NATO chief named next.
UNNAMED_ROLES: Final = frozenset(
    "official source aide diplomat officer insider person staffer employee worker".split()
)
LAWMAKERS: Final = frozenset({"senator", "representative", "congressman", "congresswoman"})


def describes_person(subject: Subject | None) -> bool:
    """A singular description of an unnamed person: "the second official", "the panel's top Republican"."""
    if subject is None or subject.det not in {"a", "an", "the", "that", "this", "one"}:
        return False
    if subject.kind == "nominal":
        return subject.text in PERSON_NOUNS and subject.text not in GENERIC_GROUPS
    return subject.kind == "name" and subject.text.lower() in PARTY_MEMBERS


def descriptions(quotes: list[QuoteSpan], speakers: list[Speaker | None], cues: list[Subject | None]) -> list:
    """For each anonymous quote, the description it was said under (continuations inherit it)."""
    found: list[Subject | None] = [None] * len(quotes)
    for i, cue in enumerate(cues):
        if speakers[i] is not None:
            continue
        if cue is not None:
            found[i] = cue if describes_person(cue) else None
        elif i > 0 and quotes[i].paragraph - quotes[i - 1].paragraph <= 1:
            found[i] = found[i - 1]
    return found


def name_described(
    state: State, quotes: list[QuoteSpan], speakers: list[Speaker | None], cues: list[Subject | None]
) -> None:
    """Give the name a later apposition supplies to the described quotes just before it (in place)."""
    if all(speakers) or not any(
        s is None and describes_person(c) for s, c in zip(speakers, cues, strict=True)
    ):
        return  # most articles quote no one under a description (or leave no quote anonymous)
    named_next(state, quotes, speakers, cues)
    described = descriptions(quotes, speakers, cues)
    for m in NAMING.finditer(state.masked):
        run = CAP_RUN.match(state.masked, m.end())
        if run is None or state.masked[run.end() : run.end() + 1] != ",":
            continue
        person = resolve_name(state, run.group(), run.start(), None)
        if person is not None and person.kind == "person" and " " in person.name:
            para = state.sentences[state.sentence_index(m.start())][2]
            for j in linked(quotes, speakers, described, m.group("noun"), (m.start(), para), person):
                speakers[j] = person


def linked(
    quotes: list[QuoteSpan],
    speakers: list[Speaker | None],
    described: list[Subject | None],
    noun: str,
    at: tuple[int, int],
    person: Speaker,
) -> list[int]:
    """The quotes before the naming (offset, paragraph) said under the description it resolves."""
    pos, para = at
    out: list[int] = []
    first: Subject | None = None
    for j in range(len(quotes) - 1, -1, -1):
        q = quotes[j]
        if q.open_at >= pos:
            continue
        if para - q.paragraph > REACH:
            break
        if (speaker := speakers[j]) is not None:
            if speaker.name == person.name:
                continue
            break
        d = described[j]
        if d is None:
            break
        if first is None:
            if d.text != noun and noun not in PERSON_NOUNS:
                break
            first = d
        elif d.text != first.text or (d.mods and first.mods and d.mods != first.mods):
            break
        out.append(j)
        if d.det in {"a", "an", "one"}:
            break  # where the person was introduced
    return out


def named_next(
    state: State, quotes: list[QuoteSpan], speakers: list[Speaker | None], cues: list[Subject | None]
) -> None:
    """ "A senior senator accused ... of "..."" then, in the next paragraph, "Sen. Ada Vance ...": a
    person introduced by a title-bearing description is named right after (in place); so is "a
    senior European Central Bank policymaker" by the next two paragraphs' member of the ECB."""
    paras = paragraphs(state.text)
    for i, cue in enumerate(cues):
        if speakers[i] is not None or cue is None or cue.det not in {"a", "an"} or cue.kind != "nominal":
            continue
        nxt = quotes[i].paragraph + 1
        if not describes_person(cue) or nxt >= len(paras):
            continue
        body = proper_run(cue.mods)
        for person in state.registry.people_in(paras[nxt][0], paras[min(nxt + 1, len(paras) - 1)][1]):
            same_body = body and cue.text not in UNNAMED_ROLES and serves(person.organization, body)
            if holds_title(person.title, cue.text) or same_body:
                speakers[i] = Speaker(person.name, person.title, person.organization)
                break


def serves(organization: str | None, body: str) -> bool:
    """Whether a person's organization ("ECB's Executive Board") is the body a description named
    ("a senior European Central Bank policymaker"): the same name, or its initials."""
    if not organization:
        return False
    words = organization.replace("’s", "").replace("'s", "").split()
    full = body.split()
    return body in organization or any(w.isupper() and abbreviates(w, full) for w in words)


def holds_title(title: str | None, noun: str) -> bool:
    """Whether a title ("Sen.", "U.S. District Judge") is what the noun ("senator", "judge") describes."""
    if not title:
        return False
    head = title_noun(title)
    return head == noun or (noun in {"lawmaker", "legislator"} and head in LAWMAKERS)
