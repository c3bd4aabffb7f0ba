"""Helpers shared by the speaker tests: attribute every quote of a text."""

from __future__ import annotations

from tasks.quotes import find_quotes
from tasks.spans import Speaker
from tasks.speakers import attribute

LEAD = "Defense Secretary Pete Hegseth and NATO Secretary General Mark Rutte met in Brussels.\n"


def speakers(text: str) -> list[Speaker | None]:
    return attribute(text, find_quotes(text))


def names(text: str) -> list[str | None]:
    return [s.name if s else None for s in speakers(text)]
