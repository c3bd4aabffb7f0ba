"""Candidates a pronoun or a description refers back to, as `tasks.resolution.focus_at` weighs them.

Walking back from a quote, focus_at meets speakers and sentence subjects; each is offered to a
`Candidates` search that knows what is wanted (a person or an institution, agreeing with "he" or
"she") and remembers who was passed over for gender alone, the answer when nobody agrees.
"""

from __future__ import annotations

from dataclasses import dataclass

from tasks.genders import is_given_name
from tasks.narration import State
from tasks.spans import Speaker


@dataclass
class Candidates:
    """What `focus_at` looks for (a person or an institution agreeing with a pronoun), and what it
    has passed over on the way back."""

    state: State
    want: str
    pronoun: str
    vetoed: bool = False  # a candidate was passed over for its gender
    fallback: Speaker | None = None  # the nearest one passed over on the dictionary alone

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
    gives and no given name first, taken for a person until "the company" refers to them."""
    return (
        speaker.kind == "person"
        and speaker.title is None
        and speaker.name not in state.registry.genders
        and not is_given_name(speaker.name.split()[0])
    )


def dictionary_veto(state: State, speaker: Speaker) -> Speaker | None:
    """The speaker, when only the given-name dictionary (no article evidence) ruled them out."""
    return speaker if speaker.name not in state.registry.genders else None
