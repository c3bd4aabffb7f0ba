"""The plain records the extractor emits for one article, before ids and frames.

Offsets are character offsets into the article text (Python str indices, end exclusive).
`tasks/extract.py` turns these into the quotes/speakers/figures frames of `tasks/schema.py`.

The records are values: never changed once built, equal and hashed by their fields, and turned
into plain dicts by `as_dict` (nested, as JSON wants them). They are plain classes rather than
frozen dataclasses because an article builds dozens of them: compiled, a plain class's `__init__`
is native code, while a dataclass's generated `__init__` stays interpreted Python and cost ~8% of
the figure scan.
"""

from __future__ import annotations

from typing import NamedTuple


class Record:
    """Value semantics for the records below: equal, hashed and shown by their fields."""

    __slots__ = ()

    def fields(self) -> tuple[object, ...]:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and isinstance(other, Record) and self.fields() == other.fields()

    def __hash__(self) -> int:
        return hash(self.fields())

    def __repr__(self) -> str:
        return f"{type(self).__name__}{self.fields()!r}"


class Speaker(Record):
    """Who spoke: a person (full canonical name) or an institution ("Pentagon", "NATO")."""

    __slots__ = ("kind", "name", "organization", "title")

    def __init__(
        self, name: str, title: str | None = None, organization: str | None = None, kind: str = "person"
    ) -> None:
        self.name = name
        self.title = title
        self.organization = organization
        self.kind = kind  # "person" or "organization"

    def fields(self) -> tuple[str, str | None, str | None, str]:
        return (self.name, self.title, self.organization, self.kind)

    def as_dict(self) -> dict[str, str | None]:
        return {"name": self.name, "title": self.title, "organization": self.organization, "kind": self.kind}


class Quote(Record):
    """A quoted span: text == article_text[start:end], quotation marks excluded."""

    __slots__ = ("end", "is_partial", "speaker", "start", "text")

    def __init__(
        self, start: int, end: int, text: str, is_partial: bool = False, speaker: Speaker | None = None
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.is_partial = is_partial
        self.speaker = speaker

    def fields(self) -> tuple[int, int, str, bool, Speaker | None]:
        return (self.start, self.end, self.text, self.is_partial, self.speaker)

    def as_dict(self) -> dict[str, object]:
        speaker = None if self.speaker is None else self.speaker.as_dict()
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "is_partial": self.is_partial,
            "speaker": speaker,
        }


class Figure(Record):
    """A number that measures something, normalized (value, unit) beside its surface text (raw)."""

    __slots__ = ("context", "end", "kind", "quote_index", "raw", "start", "unit", "value")

    def __init__(
        self,
        start: int,
        end: int,
        raw: str,
        kind: str,
        value: float,
        unit: str,
        context: str | None = None,
        quote_index: int | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.raw = raw
        self.kind = kind  # percent | money | count | quantity
        self.value = value
        self.unit = unit
        self.context = context
        self.quote_index = quote_index  # index into ArticleExtraction.quotes when said inside a quote

    def fields(self) -> tuple[int, int, str, str, float, str, str | None, int | None]:
        return (
            self.start,
            self.end,
            self.raw,
            self.kind,
            self.value,
            self.unit,
            self.context,
            self.quote_index,
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "raw": self.raw,
            "kind": self.kind,
            "value": self.value,
            "unit": self.unit,
            "context": self.context,
            "quote_index": self.quote_index,
        }


class ArticleExtraction(Record):
    """Everything extracted from one article's text."""

    __slots__ = ("figures", "quotes")

    def __init__(self, quotes: list[Quote] | None = None, figures: list[Figure] | None = None) -> None:
        self.quotes: list[Quote] = [] if quotes is None else quotes
        self.figures: list[Figure] = [] if figures is None else figures

    def fields(self) -> tuple[list[Quote], list[Figure]]:
        return (self.quotes, self.figures)

    def as_dict(self) -> dict[str, list[dict[str, object]]]:
        return {"quotes": [q.as_dict() for q in self.quotes], "figures": [f.as_dict() for f in self.figures]}


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
