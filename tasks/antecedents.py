"""Candidates a pronoun or a description refers back to, as `tasks.resolution.focus_at` weighs them.

Walking back from a quote, focus_at meets speakers and sentence subjects; each is offered to a
`Candidates` search that knows what is wanted (a person or an institution, agreeing with "he" or
"she") and remembers who was passed over for gender alone, the answer when nobody agrees. The
tests here also say when the walk stops or skips: a singular "they" going on, an unnamed person
opening a sentence, a lone capitalized common noun.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.cues import DOCUMENT_NOUNS, ORG_NOUNS, ORG_WORDS
from tasks.genders import is_given_name
from tasks.institutions import is_institution_noun
from tasks.narration import State
from tasks.phrases import Subject
from tasks.spans import Speaker


class Candidates:
    """What `focus_at` looks for (a person or an institution agreeing with a pronoun), and what it
    has passed over on the way back.

    A plain class, not a dataclass: compiled, a dataclass's generated `__init__` stays interpreted
    Python, and every pronoun builds one."""

    def __init__(self, state: State, want: str, pronoun: str, firm: bool = False) -> None:
        self.state = state
        self.want = want
        self.pronoun = pronoun
        self.firm = firm  # "the company said": a firm read as a person is what is wanted
        self.vetoed = False  # a candidate was passed over for its gender
        self.fallback: Speaker | None = None  # the nearest one passed over on the dictionary alone

    def take(self, speaker: Speaker) -> Speaker | None:
        """The answer a candidate gives, if it is one: the firm a name read as a person stands for
        when a firm is wanted, else the speaker when `offer` accepts it."""
        if self.firm and firm_named_like_a_person(self.state, speaker):
            return Speaker(speaker.name, kind="organization")
        return speaker if self.offer(speaker) else None

    def offer(self, speaker: Speaker) -> bool:
        """Whether the speaker is the answer; else remember it when only its gender ruled it out."""
        if speaker.kind != self.want:
            return False
        if self.state.registry.agrees(speaker.name, self.pronoun):
            return True
        self.vetoed = True
        self.fallback = self.fallback or dictionary_veto(self.state, speaker)
        return False

    def named_in(self, start: int, end: int) -> Speaker | None:
        """The last person named in [start, end) who agrees (known to, once one was passed over)."""
        named = self.state.registry.people_in(start, end)
        people = [p for p in named if self.state.registry.agrees(p.name, self.pronoun, known=self.vetoed)]
        if people:
            return Speaker(people[-1].name, people[-1].title, people[-1].organization)
        self.vetoed = self.vetoed or bool(named and self.pronoun in {"he", "she"})
        return None


def firm_named_like_a_person(state: State, speaker: Speaker) -> bool:
    """ "Lockheed Martin", "Rolls Royce": two capitalized words with no title, no gender the article
    gives, no given name first and no ", who" after them, taken for a person until "the company"
    refers to them."""
    words = speaker.name.split()
    return (
        speaker.kind == "person"
        and len(words) == 2
        and speaker.title is None
        and speaker.name not in state.registry.genders
        and not is_given_name(words[0])
        and state.count(f"{speaker.name}, who") == 0  # "Subrahmanyam Krishnan, who runs the plant"
    )


def dictionary_veto(state: State, speaker: Speaker) -> Speaker | None:
    """The speaker, when only the given-name dictionary (no article evidence) ruled them out."""
    return speaker if speaker.name not in state.registry.genders else None


# Words after a capitalized sentence opener that make it a common noun ("Money for parts comes").
COMMON_NOUN_FOLLOWERS: Final = frozenset(
    {"for", "of", "in", "on", "at", "from", "with", "would", "will", "could"}
)

# A sentence opening on an unnamed person ("A deckhand mending a net"), and nouns with a gender.
# "A deckhand mending a net", or with a capital before the noun only when a clause marks a person:
# "A Gulf diplomat, speaking on condition of anonymity" (not "A British Army band played").
ANONYMOUS_OPENING: Final = re.compile(
    r"(?:A|An|Another)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
    r"|(?:[A-Z][\w-]*\s+){1,2}[a-z][\w-]*(?=,?\s+(?:who\b|speaking\s+(?:on|anonymously))))"
)

MALE_NOUNS: Final = frozenset("man father husband son brother boy grandfather uncle nephew".split())

FEMALE_NOUNS: Final = frozenset("woman mother wife daughter sister girl grandmother aunt niece".split())

CONTINUES: Final = re.compile(r"\s+(?:added|continued|went on)\b")  # the same speaker, speaking on


def continued_speaker(state: State, pos: int) -> Speaker | None:
    """ "“...,” said Rhys Okonjo-Bell. “...,” they added.": a singular "they" who goes on speaking
    is the person quoted just before in the same paragraph."""
    if not state.spoken or not CONTINUES.match(state.masked, pos + len("they")):
        return None
    quoted_at, speaker = state.spoken[-1]
    same_paragraph = state.masked.rfind("\n", 0, pos) < quoted_at < pos
    adjacent = state.sentence_index(pos) - state.sentence_index(quoted_at) <= 1  # no one named between
    return speaker if same_paragraph and adjacent and speaker.kind == "person" else None


def anonymous_opening(state: State, start: int, pronoun: str) -> bool:
    """ "A deckhand mending a net was blunter", "A resident of the neighborhood said": the sentence
    opens on an unnamed person whom "he"/"she" can be ("A man carrying a child" is no "she"; "A
    supplier executive who ..." is a person, not a supplier)."""
    m = ANONYMOUS_OPENING.match(state.masked, start)
    if m is None or pronoun not in {"he", "she"}:
        return False
    words = m.group(1).split()
    opposite = FEMALE_NOUNS if pronoun == "he" else MALE_NOUNS
    if "who" in words:  # "A supplier executive who attended": a person, whatever the nouns before
        return not any(w in opposite for w in words)
    return not any(
        w in opposite or w in ORG_NOUNS or w in DOCUMENT_NOUNS or is_institution_noun(w) for w in words
    )


def lone_opening_word(state: State, subject: Subject, start: int) -> bool:
    """ "Repairs would take weeks", "Money for parts comes from ...": one capitalized word opening its
    sentence and written nowhere else in the article is a common noun, no one to refer back to."""
    if subject.kind != "name" or " " in subject.text or subject.text.lower() in ORG_WORDS:
        return False
    if state.masked[start : subject.pos].strip(" \"“‘'(") or state.count(subject.text) != 1:
        return False
    after = state.masked[subject.pos + len(subject.text) : subject.pos + len(subject.text) + 12].split()
    plural = subject.text.endswith("s") and not subject.text.endswith("ss")
    return plural or (bool(after) and after[0] in COMMON_NOUN_FOLLOWERS)  # not "Hezbollah fired"
