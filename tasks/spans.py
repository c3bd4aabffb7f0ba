"""The plain records the extractor emits for one article, before ids and frames.

Offsets are character offsets into the article text (Python str indices, end exclusive).
`tasks/extract.py` turns these into the quotes/speakers/figures frames of `tasks/schema.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(frozen=True)
class Speaker:
    """Who spoke: a person (full canonical name) or an institution ("Pentagon", "NATO")."""

    name: str
    title: str | None = None
    organization: str | None = None
    kind: str = "person"  # "person" or "organization"


@dataclass(frozen=True)
class Quote:
    """A quoted span: text == article_text[start:end], quotation marks excluded."""

    start: int
    end: int
    text: str
    is_partial: bool = False
    speaker: Speaker | None = None


@dataclass(frozen=True)
class Figure:
    """A number that measures something, normalized (value, unit) beside its surface text (raw)."""

    start: int
    end: int
    raw: str
    kind: str  # percent | money | count | quantity
    value: float
    unit: str
    context: str | None = None
    quote_index: int | None = None  # index into ArticleExtraction.quotes when said inside a quote


@dataclass(frozen=True)
class ArticleExtraction:
    """Everything extracted from one article's text."""

    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)


class QuoteSpan(NamedTuple):
    """A quoted span: text[start:end] is the quote without its marks.

    A named tuple rather than a frozen dataclass: an article builds several, and a tuple is
    several times cheaper to build.
    """

    start: int
    end: int
    open_at: int
    close_at: int | None  # None when the paragraph ends before the quote closes
    paragraph: int
    continues: bool = False  # continues the previous paragraph's unclosed quote
    is_partial: bool = False
