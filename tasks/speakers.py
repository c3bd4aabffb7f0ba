"""Attribution: which speaker each quote belongs to.

Cues are looked for where news puts them, in this order: right after the closing mark
(`"...," Rutte said` / `"...," said Hill`), before the quote in its sentence (`Hegseth said
that "..."`, `according to X`, `directives from Xi to "..."`), then later in the sentence
(`"..." announced in October, said Scissors`). A quote without a cue of its own takes the speaker
of the quote it continues, of the paragraph's other quotes, or of the previous paragraph when it
opens a bare quote paragraph, unless it takes a turn in a question-and-answer exchange
(`tasks.exchange`). Pronouns resolve to the person the narration is about (the focus, updated
sentence by sentence); surnames and titles to the fullest name the article gives.
A cue whose subject is anonymous ("prosecutors", "two people briefed on the talks") gives None,
unless the article names that person a little later ("That official, NAME, ...": `tasks.naming`).
"""

from __future__ import annotations

from tasks.attribution import cue_in, find_cue
from tasks.exchange import exchange_turn
from tasks.glosses import mask_glosses
from tasks.naming import name_described
from tasks.narration import State
from tasks.phrases import Subject
from tasks.quotes import QuoteSpan, mask_quotes
from tasks.resolution import resolve, speech_subject
from tasks.spans import Speaker


def attribute(text: str, quotes: list[QuoteSpan]) -> list[Speaker | None]:
    """The speaker of each quote (None when the article does not say who spoke)."""
    if not quotes:
        return []
    narration = mask_quotes(text, quotes)
    state = State(text, mask_glosses(narration), narration)
    speakers: list[Speaker | None] = [None] * len(quotes)
    cues: list[Subject | None] = [None] * len(quotes)
    asked: dict[int, Speaker | None] = {}
    for i, q in enumerate(quotes):
        s_start, s_end, _ = state.sentences[state.sentence_index(q.open_at)]
        p_end = state.text.find("\n", q.open_at)
        subject = find_cue(state.masked, q, s_start, s_end, len(text) if p_end < 0 else p_end)
        if subject is not None:
            cues[i] = subject
            speakers[i] = resolve(state, subject)
        else:
            speakers[i] = fallback(quotes, speakers, i, state, asked)
        if (speaker := speakers[i]) is not None:
            state.spoken.append((q.open_at, speaker))
    fill_from_later(quotes, speakers, cues)
    name_described(state, quotes, speakers, cues)
    return canonical(speakers)


def fallback(
    quotes: list[QuoteSpan],
    speakers: list[Speaker | None],
    i: int,
    state: State,
    asked: dict[int, Speaker | None],
) -> Speaker | None:
    """A quote without its own cue: the quote it continues, its paragraph's, a turn in an exchange,
    or the previous paragraph's."""
    q = quotes[i]
    if i > 0 and (q.continues or quotes[i - 1].paragraph == q.paragraph):
        return speakers[i - 1]
    para_start = state.text.rfind("\n", 0, q.open_at) + 1
    if state.text[para_start : q.open_at].strip():
        return repeated_from(quotes, speakers, i, state.text) or previous_sentence(state, q.open_at)
    if i > 0 and quotes[i - 1].paragraph == q.paragraph - 1:
        turn = exchange_turn(state.text, quotes, speakers, i, asked)
        return speakers[i - 1] if turn is None else turn[0]
    return speech_subject(state, state.sentences[state.sentence_index(q.open_at)][2] - 1)


def previous_sentence(state: State, pos: int) -> Speaker | None:
    """A quote opening its sentence after narration that reports speech ("..., he said. "...")."""
    k = state.sentence_index(pos)
    s_start, _, para = state.sentences[k]
    if k == 0 or state.masked[s_start:pos].strip() or state.sentences[k - 1][2] != para:
        return None
    p_start, p_end, _ = state.sentences[k - 1]
    subject = cue_in(state.masked, p_start, p_end, p_end)
    return resolve(state, subject) if subject is not None else None


def repeated_from(
    quotes: list[QuoteSpan], speakers: list[Speaker | None], i: int, text: str
) -> Speaker | None:
    """A fragment in narration that repeats an earlier quote's words is that speaker's."""
    words = text[quotes[i].start : quotes[i].end].strip(" .,").casefold()
    if len(words) < 12:
        return None
    for j in range(i - 1, -1, -1):
        if speakers[j] is not None and words in text[quotes[j].start : quotes[j].end].casefold():
            return speakers[j]
    return None


def fill_from_later(
    quotes: list[QuoteSpan], speakers: list[Speaker | None], cues: list[Subject | None]
) -> None:
    """An uncued quote before a cued one in the same paragraph (`"A." "B," she said.`), or left open
    for the next paragraph to continue (the cue comes with the close), takes its speaker."""
    for i in range(len(quotes) - 2, -1, -1):
        nxt = i + 1
        joined = quotes[nxt].paragraph == quotes[i].paragraph or quotes[nxt].continues
        if cues[i] is None and speakers[i] is None and joined and cues[nxt] is not None:
            speakers[i] = speakers[nxt]


def canonical(speakers: list[Speaker | None]) -> list[Speaker | None]:
    """One Speaker per name in the article, with the first title and organization it was given."""
    best: dict[str, Speaker] = {}
    for s in speakers:
        if s is None:
            continue
        have = best.get(s.name)
        if have is None:
            best[s.name] = s
        elif (have.title is None and s.title) or (have.organization is None and s.organization):
            title, organization = have.title or s.title, have.organization or s.organization
            best[s.name] = Speaker(have.name, title, organization, have.kind)
    return [best[s.name] if s is not None else None for s in speakers]
