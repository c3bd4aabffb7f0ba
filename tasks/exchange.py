"""Question-and-answer exchanges: unattributed turns alternate between asker and answerer.

A transcript or briefing quoted turn by turn ("...?" Greer asked. / "No," she replied. /
"In any words?" / "Not in writing.") attributes the first question and answer, then leaves
the follow-ups bare. A bare question right after an answer to someone else's question is the
asker's follow-up, not the answerer's continuation; the bare reply to it is the answerer's.
Outside such an exchange a bare paragraph continues the previous speaker (`tasks.speakers`).
"""

from __future__ import annotations

from typing import Final

from tasks.quotes import QuoteSpan
from tasks.spans import Speaker

CLOSING: Final = " \"'”’»)"


def is_question(text: str, q: QuoteSpan) -> bool:
    """The quoted words end with a question mark."""
    return text[q.start : q.end].rstrip(CLOSING).endswith("?")


def is_bare(text: str, q: QuoteSpan) -> bool:
    """The quote's paragraph holds nothing after the quote (nothing before it is checked by the caller)."""
    if q.close_at is None:
        return False
    end = text.find("\n", q.close_at)
    return not text[q.close_at + 1 : len(text) if end < 0 else end].strip(" .")


def first_of_paragraph(quotes: list[QuoteSpan], i: int) -> int:
    """Index of the first quote in quotes[i]'s paragraph."""
    while i > 0 and quotes[i - 1].paragraph == quotes[i].paragraph:
        i -= 1
    return i


def same(a: Speaker | None, b: Speaker | None) -> bool:
    """Two speakers are one person (None is the anonymous asker)."""
    return (a.name if a else None) == (b.name if b else None)


def exchange_turn(
    text: str,
    quotes: list[QuoteSpan],
    speakers: list[Speaker | None],
    i: int,
    asked: dict[int, Speaker | None],
) -> tuple[Speaker | None] | None:
    """The speaker of a bare quote paragraph that takes a turn in an exchange, or None if it takes none.

    quotes[i] opens its paragraph and the previous paragraph holds quotes[i - 1]. asked maps a
    follow-up question found here to the answerer it was put to, for the reply after it.
    """
    q = quotes[i]
    if not is_bare(text, q):
        return None
    if not is_question(text, q):
        return (asked[i - 1],) if i - 1 in asked else None
    answer = speakers[i - 1]
    k = first_of_paragraph(quotes, i - 1)
    if answer is None or is_question(text, quotes[i - 1]) or k == 0:
        return None
    question = k - 1
    if quotes[question].paragraph != q.paragraph - 2 or not is_question(text, quotes[question]):
        return None
    if same(speakers[question], answer):
        return None
    asked[i] = answer
    return (speakers[question],)
