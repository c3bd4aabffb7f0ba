"""Find direct quotations in article text: spans between double quotation marks that report words.

News text mixes straight and curly marks (often in one quote), so marks are paired by their
flanking (an opening mark has a space before and a word after) rather than by their glyph. A
paragraph that opens a quote and does not close it continues into the next paragraph that opens
one (the news convention for long quotes); each paragraph gives its own span. Spans that are not
reported speech (scare quotes, labels, titles, nicknames, headlines; the tests are in
`tasks.labels`) are dropped here so that attribution only sees real quotes.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from tasks.cues import ANY_CUE
from tasks.labels import SENTENCE_MARKS, ends_spoken, is_rejected, words_in
from tasks.spans import QuoteSpan, Speaker

OPENERS: Final = frozenset("“„«")
CLOSERS: Final = frozenset("”»")
MARK_GLYPHS: Final = '"“”„«»'
MASK: Final = "\x00"
# What may stand before an opening mark / after a closing mark.
OPEN_BEFORE: Final = frozenset(" \t([{—–-/\u00a0‘'")
CLOSE_AFTER: Final = frozenset(" \t.,;:!?)]}—–-/\u00a0’'…")
OPEN_BEFORE_ANY: Final = OPEN_BEFORE | OPENERS
CLOSE_AFTER_ANY: Final = CLOSE_AFTER | CLOSERS | {'"'}
SENTENCE_INSIDE: Final = re.compile(r"[.!?…]\s+\S")
CAPTION: Final = re.compile(
    r"\b(?:Photo(?:graph)?|Image|Credit|Caption|Getty Images|AP Photo|Video)\s*[:/(]", re.I
)
PARAGRAPH_END: Final = frozenset('.!?"“”’»)…:;]')


BULLETS: Final = ("- ", "• ", "* ")  # list items as trafilatura writes them
PULL_QUOTE_REACH: Final = (
    3  # paragraphs between a pull quote set high on the page and the sentence it repeats
)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line: cleaned text has one paragraph per line.

    The lines are read in place, not split off: a line opening on a non-blank is no blank line,
    and only one opening on a blank is copied to ask whether it is all whitespace.
    """
    spans, pos, size = [], 0, len(text)
    while pos <= size:
        end = text.find("\n", pos)
        if end < 0:
            end = size
        if end > pos and not (text[pos].isspace() and text[pos:end].isspace()):
            spans.append((pos, end))
        pos = end + 1
    return spans


def summary_box_end(text: str) -> int:
    """Where a summary box opening the article ends (0 when there is none): a short heading line
    ("Key points", "Summary:", "In brief") and the bullets under it restate the body below."""
    newline = text.find("\n")
    first = text if newline < 0 else text[:newline]
    # Four words are too many: splitting off four tells, however long the line.
    if not first.strip() or len(first.split(None, 3)) > 3 or first.rstrip()[-1] in '.!?"”’':
        return 0
    end = len(first) + 1
    for line in text[end:].split("\n"):
        if not line.startswith(BULLETS):
            break
        end += len(line) + 1
    return end if end > len(first) + 1 else 0


def find_quotes(text: str) -> list[QuoteSpan]:
    """The direct quotations of an article, in text order (none in an opening summary box)."""
    marks = mark_offsets(text)
    box = summary_box_end(text) if marks else 0
    if box:
        marks = [m for m in marks if m >= box]
    if not marks:
        return []
    paras = paragraphs(text)
    raw = link_paragraphs(text, scan_marks(text, marks, paras), paras)
    if not raw:
        return []
    masked = mask_quotes(text, raw)
    kept = [q for q in raw if not is_rejected(text, masked, q, paras)]
    return [mark_partial(text, masked, q, paras) for q in drop_duplicates(text, kept, paras)]


def mark_offsets(text: str) -> list[int]:
    """Offsets of every double quotation mark (MARK_GLYPHS), in order.

    One str.find pass per glyph is much faster than a regex over the whole text.
    """
    found = []
    for glyph in MARK_GLYPHS:
        i = text.find(glyph)
        while i >= 0:
            found.append(i)
            i = text.find(glyph, i + 1)
    found.sort()
    return found


def scan_marks(text: str, marks: list[int], paras: list[tuple[int, int]]) -> list[QuoteSpan]:
    """The raw quote spans of each paragraph holding marks (every mark lies in a non-blank line).

    A paragraph without a mark holds no quote, so only the paragraphs of the marks are visited.
    """
    starts = [start for start, _ in paras]
    raw: list[QuoteSpan] = []
    i = 0
    while i < len(marks):
        index = bisect.bisect_right(starts, marks[i]) - 1
        start, end = paras[index]
        j = bisect.bisect_left(marks, end, i)
        if not is_furniture(text, start, end):
            raw.extend(scan_paragraph(text, marks[i:j], start, end, index))
        i = j
    return raw


def is_furniture(text: str, start: int, end: int) -> bool:
    """Headlines, subheadings and captions: short lines without sentence punctuation at the end.

    The tests read the text in place; the line is copied only for the caption search.
    """
    while end > start and text[end - 1].isspace():
        end -= 1  # the line's trailing blanks (cleaned lines seldom have any)
    if (text[end - 1] if end > start else "") not in PARAGRAPH_END and text.count(" ", start, end) < 25:
        return True
    if text.find("(", start, end) < 0 and text.find(":", start, end) < 0 and text.find("/", start, end) < 0:
        return False  # CAPTION needs one of them
    line = text[start:end]
    return has_caption(line, 0, min(80, len(line))) or (
        len(line) > 80 and has_caption(line, len(line) - 80, len(line))
    )


def has_caption(line: str, start: int, end: int) -> bool:
    """A caption credit in line[start:end]; CAPTION needs one of : / ( so most lines skip the search."""
    part = line[start:end]
    return ("(" in part or ":" in part or "/" in part) and CAPTION.search(line, start, end) is not None


def scan_paragraph(text: str, marks: list[int], start: int, end: int, index: int) -> list[QuoteSpan]:
    """Pair the paragraph's double marks left to right; an unclosed quote runs to the paragraph end.

    A mark can open with a space (or paragraph start) before it and a word after it; it can
    close with a word before it and a space, punctuation or paragraph end after it.
    """
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for i in marks:
        ch = text[i]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        opens = before in OPEN_BEFORE_ANY and not after.isspace()
        closes = not before.isspace() and after in CLOSE_AFTER_ANY
        if open_at is None:
            if ((opens or ch in OPENERS) and ch not in CLOSERS) or (ch in CLOSERS and opens and not closes):
                open_at = i
        elif closes or ch in CLOSERS or (ch == '"' and not opens):
            if i > open_at + 1:
                spans.append(QuoteSpan(open_at + 1, i, open_at, i, index))
            open_at = None
    if open_at is not None:
        stop = len(text[open_at + 1 : end].rstrip()) + open_at + 1
        if stop > open_at + 1:
            spans.append(QuoteSpan(open_at + 1, stop, open_at, None, index))
    return spans


def link_paragraphs(text: str, spans: list[QuoteSpan], paras: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Mark continuation paragraphs; drop unclosed quotes that neither open their paragraph nor continue."""
    out: list[QuoteSpan] = []
    first_in_para: dict[int, QuoteSpan] = {}
    for q in spans:
        first_in_para.setdefault(q.paragraph, q)
    for q in spans:
        prev = out[-1] if out else None
        if (
            prev
            and prev.close_at is None
            and prev.paragraph == q.paragraph - 1
            and opens_paragraph(text, q, paras)
        ):
            q = QuoteSpan(q.start, q.end, q.open_at, q.close_at, q.paragraph, continues=True)
        if q.close_at is None and not keeps_unclosed(text, q, paras, first_in_para):
            continue
        out.append(q)
    return out


def opens_paragraph(text: str, q: QuoteSpan, paras: list[tuple[int, int]]) -> bool:
    """The quote's opening mark is the first character of its paragraph."""
    return not text[paras[q.paragraph][0] : q.open_at].strip()


def keeps_unclosed(
    text: str, q: QuoteSpan, paras: list[tuple[int, int]], first_in_para: dict[int, QuoteSpan]
) -> bool:
    """An unclosed quote is kept when the next paragraph continues it, or it reads as a full quote."""
    nxt = first_in_para.get(q.paragraph + 1)
    if nxt is not None and opens_paragraph(text, nxt, paras):
        return True
    before = text[paras[q.paragraph][0] : q.open_at].rstrip()
    return (not before or before[-1] in ":,.!?") and len(words_in(text[q.start : q.end])) >= 3


def mask_quotes(text: str, spans: list[QuoteSpan]) -> str:
    """The text with quote contents blanked (same length): narration for cue search.

    A final sentence mark inside the quote is kept so that sentence splitting still sees it.
    """
    parts, pos = [], 0
    for q in spans:
        parts.append(text[pos : q.start])
        if q.end > q.start and text[q.end - 1] in SENTENCE_MARKS:
            parts.append(MASK * (q.end - q.start - 1) + text[q.end - 1])
        else:
            parts.append(MASK * (q.end - q.start))
        pos = q.end
    parts.append(text[pos:])
    return "".join(parts)


def drop_duplicates(text: str, spans: list[QuoteSpan], paras: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Drop a pull-quote: a paragraph that is only a quote repeating another quote's words."""
    if not any(is_bare_paragraph(text, q, paras) for q in spans[1:]):
        return spans  # only a bare quote paragraph after another quote can be a pull-quote
    keys = [quote_key(text, q) for q in spans]
    seen: dict[str, int] = {}
    for i, key in enumerate(keys):
        seen.setdefault(key, i)
    return [
        q
        for i, (q, key) in enumerate(zip(spans, keys, strict=True))
        if seen[key] == i or not is_bare_paragraph(text, q, paras)
    ]


def quote_key(text: str, q: QuoteSpan) -> str:
    """A quote's words, lowercased: copies of one quote share it (long ones only: short ones recur)."""
    key = " ".join(words_in(text[q.start : q.end].lower()))
    return key if len(key) > 20 else f"{q.start}"


def drop_pull_quotes(
    text: str, spans: list[QuoteSpan], speakers: list[Speaker | None]
) -> tuple[list[QuoteSpan], list[Speaker | None]]:
    """Drop a pull quote set above the sentence it repeats: a bare paragraph no one is found to
    speak, whose words a speaker is credited with within a few paragraphs after. A bare quote that
    has a speaker of its own (a witness's answer read back later) stays."""
    unspoken = [i for i, who in enumerate(speakers) if who is None and not spans[i].continues]
    if not unspoken or len(unspoken) == len(spans):
        return spans, speakers  # most articles: every quote has a speaker, or none has
    paras = paragraphs(text)
    unspoken = [i for i in unspoken if is_bare_paragraph(text, spans[i], paras)]
    if not unspoken:
        return spans, speakers
    credited: dict[str, int] = {}
    for q, who in zip(spans, speakers, strict=True):
        if who is not None:
            credited.setdefault(quote_key(text, q), q.paragraph)
    dropped = {
        i
        for i in unspoken
        if spans[i].paragraph
        < credited.get(quote_key(text, spans[i]), -1)
        <= spans[i].paragraph + PULL_QUOTE_REACH
    }
    kept = [i for i in range(len(spans)) if i not in dropped]
    return [spans[i] for i in kept], [speakers[i] for i in kept]


def is_bare_paragraph(text: str, q: QuoteSpan, paras: list[tuple[int, int]]) -> bool:
    """The paragraph holds nothing but this quote."""
    start, end = paras[q.paragraph]
    if q.open_at > start and not text[start].isspace():
        return False  # narration opens the paragraph (spares copying it to find out)
    close = q.close_at + 1 if q.close_at is not None else q.end
    return not text[start : q.open_at].strip() and not text[close:end].strip(" .")


def mark_partial(text: str, masked: str, q: QuoteSpan, paras: list[tuple[int, int]]) -> QuoteSpan:
    """Flag a quote embedded in narration: it opens mid-sentence, or is a fragment the sentence continues."""
    before = masked[paras[q.paragraph][0] : q.open_at].rstrip()
    partial = not (q.continues or not before or before[-1] in ':,.!?—–\x00"”')
    if not partial and q.close_at is not None:
        after = masked[q.close_at + 1 : q.close_at + 40].lstrip()
        if after and after[0].islower():
            body = text[q.start : q.end]
            fragment = not ends_spoken(body) and not SENTENCE_INSIDE.search(body)
            partial = fragment and not ANY_CUE.match(after)
    if partial == q.is_partial:
        return q
    return QuoteSpan(q.start, q.end, q.open_at, q.close_at, q.paragraph, q.continues, partial)
