"""Find direct quotations in article text: spans between double quotation marks that report words.

News text mixes straight and curly marks (often in one quote), so marks are paired by their
flanking (an opening mark has a space before and a word after) rather than by their glyph. A
paragraph that opens a quote and does not close it continues into the next paragraph that opens
one (the news convention for long quotes); each paragraph gives its own span. Spans that are not
reported speech (scare quotes, labels, titles, nicknames, headlines) are dropped here so that
attribution only sees real quotes.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from tasks.cues import ANY_CUE, WORD, is_cap, sentence_at

OPENERS = frozenset("“„«")
CLOSERS = frozenset("”»")
MARK_GLYPHS = '"“”„«»'
MASK = "\x00"
# What may stand before an opening mark / after a closing mark.
OPEN_BEFORE = frozenset(" \t([{—–-/\u00a0‘'")
CLOSE_AFTER = frozenset(" \t.,;:!?)]}—–-/\u00a0’'…")
OPEN_BEFORE_ANY = OPEN_BEFORE | OPENERS
CLOSE_AFTER_ANY = CLOSE_AFTER | CLOSERS | {'"'}
LABEL_BEFORE = re.compile(
    r"(?:so[- ]called|dubbed|nicknamed|known as|titled|entitled|named|code-?named|labell?ed|branded|"
    r"termed|the (?:term|word|words|phrase|slogan|hashtag|motto|banner))\s*$",
    re.IGNORECASE,
)
# Works whose title is quoted after them ("His 1999 memoir, "Ground Truth: ...," was"), and a name
# given to someone ("called him "the Professor,"").
WORK_BEFORE = re.compile(
    r"\b(?:memoir|book|novel|biography|autobiography|film|documentary|album|song|poem|play|essay|column"
    r"|call(?:ed|s)?\s+(?:him|her|them|it|himself|herself))\s*,?\s*$"
)
WORK_REACH = 24
NAMED_THING_ENDS = frozenset({"act", "bill", "law", "treaty", "accord", "doctrine", "initiative"})
ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:a|an|the|A|An|The)\s*$")
# An analyst's or agency's rating is a label: rates the stock "outperform", upgraded to "buy" (not
# "a rate she called "far too low"").
RATING_BEFORE = re.compile(
    r"(?<![Aa] )(?<!the )\b(?:rates?|rated|rating|(?:up|down)grade[sd]?\b(?:\s+\S+){0,3}\s+(?:to|at))"
    r"(?:\s+\S+){0,3}\s*$"
)
# Naming in a relative clause: a group "that security researchers call "Wizard Spider"".
NAMING_BEFORE = re.compile(r"\b(?:that|which|what|whom)\s+(?:[\w’'-]+\s+){1,3}call(?:s|ed)?\s*$")
# Naming in the present tense by an institution or a group is a standing label ("what the government
# calls its "Russian instructors""); "what she calls "mission creep"" and a past "what he called "a
# betrayal"" report a person's words.
NAMING_NOW = re.compile(
    r"\b(?:that|which|what|whom)\s+(?!(?:he|she|I|we|you)\s)(?:[\w’'-]+\s+){1,3}calls?"
    r"(?:\s+(?:its|their|his|her))?\s*$"
)
# A programme or publication the speaker appeared in: said on "Fox News Sunday.", told X's "Y."
VENUE_BEFORE = re.compile(r"(?:\b(?:on|in)|[A-Z][\w.]*['’]s)\s*$")
# The longest text each of the patterns above can match before its trailing blanks.
LABEL_REACH, ARTICLE_REACH, RATING_REACH, NAMING_REACH, VENUE_REACH = 12, 4, 48, 40, 24
# "X said that ... a "material change"", "X said its forces carried out a "massive strike"": a quoted
# fragment inside an explicit reported-speech clause.
REPORTED_THAT = re.compile(
    "(?:"
    + ANY_CUE.pattern
    + r")(?:(?:\s+[\w’'.,-]+){0,4}?\s+that\b|\s+(?:its|their|his|her|it|they|he|she)\s)"
)
SPOKEN_ENDS = ".,!?…;:—–-"
SENTENCE_MARKS = ".!?…"
SENTENCE_INSIDE = re.compile(r"[.!?…]\s+\S")
CAPTION = re.compile(r"\b(?:Photo(?:graph)?|Image|Credit|Caption|Getty Images|AP Photo|Video)\s*[:/(]", re.I)
PARAGRAPH_END = frozenset('.!?"“”’»)…:;]')
SMALL_WORDS = frozenset({"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by", "or", "vs."})
# Nine WORD matches in a row, each the one WORD.findall would give (atomic): a quote too long for a label.
NINE_WORDS = re.compile(rf"(?:[\W_]*+(?>{WORD.pattern})){{9}}")
# Nine blank-separated tokens that each hold a letter or digit: each starts a WORD match of its
# own (no WORD spans a blank), so NINE_WORDS matches too; this simpler regex runs faster.
NINE_TOKENS = re.compile(r"\s*+(?:(?:[^\w\s]|_)*+[^\W_]\S*+\s++){8}(?:[^\w\s]|_)*+[^\W_]")
WORDS_PEEK = 100  # characters of a quote read first to tell a long quote from a label
SHORT_BODY = 48  # a quote this short is split into words at once: it seldom holds nine
CUE_REACH = 90  # characters of narration on each side searched for a speech cue (about 15 words)


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


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line: cleaned text has one paragraph per line."""
    spans, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            spans.append((pos, end))
        pos = end + 1
    return spans


def find_quotes(text: str) -> list[QuoteSpan]:
    """The direct quotations of an article, in text order."""
    marks = mark_offsets(text)
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
    """Headlines, subheadings and captions: short lines without sentence punctuation at the end."""
    line = text[start:end].rstrip()
    if line[-1:] not in PARAGRAPH_END and line.count(" ") < 25:
        return True
    if "(" not in line and ":" not in line and "/" not in line:
        return False  # CAPTION needs one of them
    return has_caption(line, 0, min(80, len(line))) or (
        len(line) > 80 and has_caption(line, len(line) - 80, len(line))
    )


def has_caption(line: str, start: int, end: int) -> bool:
    """A caption credit in line[start:end]; CAPTION needs one of : / ( so most lines skip the search."""
    part = line[start:end]
    return ("(" in part or ":" in part or "/" in part) and CAPTION.search(line, start, end) is not None


def ends_spoken(body: str) -> bool:
    """The quote ends with punctuation that closes spoken words ("...," / "...!"), blanks aside."""
    last = body.rstrip()[-1:]
    return last != "" and last in SPOKEN_ENDS


def ends_with(pattern: re.Pattern[str], stripped: str, reach: int) -> bool:
    """pattern (ending in \\s*$) matches the end of stripped (no trailing blanks); only its last
    reach characters can."""
    return pattern.search(stripped, max(0, len(stripped) - reach)) is not None


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
    return (not before or before[-1] in ":,.!?") and len(WORD.findall(text[q.start : q.end])) >= 3


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


def is_rejected(text: str, masked: str, q: QuoteSpan, paras: list[tuple[int, int]]) -> bool:
    """Scare quotes, labels, titles and nicknames: quoted words that report no speech."""
    if not any(map(str.isalpha, text[q.start : q.end])):
        return True
    # Every test below needs <= 8 words.
    if q.continues or opens_with_nine_words(text, q):
        return False
    words = WORD.findall(text, q.start, q.end)
    if len(words) > 8:
        return False
    body = text[q.start : q.end]
    title = is_title_case(words)
    if title and not ends_spoken(body):
        return True  # a title of a work, an operation, a bill or a label
    if title and (named_thing(words) or titled_work(masked, q)):
        return True  # a report titled "...", a memoir, "Ground Truth: ...", the "... Pay Act"
    if len(words) > 6:
        return False  # the tests against the narration need fewer words
    sentence = sentence_at(masked, *paras[q.paragraph], q.open_at)
    return is_label(masked, q, body, len(words), title, sentence)


def named_thing(words: list[str]) -> bool:
    """A title-case name of a law, a plan or an operation ("Warfighter Readiness and Pay Act")."""
    return words[-1].lower() in NAMED_THING_ENDS


def titled_work(masked: str, q: QuoteSpan) -> bool:
    """A title-case quote set off after a naming word ("titled", "called him") or a work ("memoir,")."""
    before = masked[max(0, q.open_at - 40) : q.open_at].rstrip()
    return ends_with(LABEL_BEFORE, before, LABEL_REACH) or ends_with(WORK_BEFORE, before, WORK_REACH)


def opens_with_nine_words(text: str, q: QuoteSpan) -> bool:
    """Nine WORDs in the quote's first WORDS_PEEK characters: a long quote, not a label.

    Words found in a prefix never outnumber the body's. A short quote skips the test: splitting
    it into words, which its tests need anyway, tells the same.
    """
    peek = min(q.end, q.start + WORDS_PEEK)
    if peek - q.start <= SHORT_BODY:
        return False
    return bool(NINE_TOKENS.match(text, q.start, peek) or NINE_WORDS.match(text, q.start, peek))


def is_label(masked: str, q: QuoteSpan, body: str, n: int, title: bool, sentence: tuple[int, int]) -> bool:
    """The tests of a short quote (<= 6 words, not a title) against the narration of its sentence."""
    s_start, s_end = sentence
    before = masked[max(s_start, q.open_at - 40) : q.open_at].rstrip()
    close = q.close_at if q.close_at is not None else q.end
    if ends_with(LABEL_BEFORE, before, LABEL_REACH):
        return True
    if title and body.rstrip()[-1:] == "." and ends_with(VENUE_BEFORE, before, VENUE_REACH):
        return True  # a title closing its sentence: the programme the words were said on
    if n <= 3 and ends_with(RATING_BEFORE, before, RATING_REACH):
        return True
    if (
        n <= 3
        and ends_with(ARTICLE_BEFORE, before, ARTICLE_REACH)
        and not ends_spoken(body)
        and not REPORTED_THAT.search(masked, s_start, q.open_at)
    ):
        return True
    if n <= 4 and title and ends_with(NAMING_BEFORE, before, NAMING_REACH):
        return True
    if n <= 4 and ends_with(NAMING_NOW, before, NAMING_REACH):
        return True  # "what the government calls its "Russian instructors"": a standing name
    if n <= 3 and is_nickname(before, masked[close + 1 : min(s_end, close + 40)]):
        return True
    if body.rstrip()[-1:] in SENTENCE_MARKS and not masked[s_start : q.open_at].strip():
        return False  # a whole quoted sentence ("We are listening.") reports words
    if n <= 2:
        # Reported speech reaches back to the sentence's speech verb ("X said the company had
        # "selectively" raised prices"); after the quote only the words near it count.
        near = masked[s_start : q.open_at] + masked[close : min(s_end, close + CUE_REACH)]
        return not ANY_CUE.search(near)
    if n <= 4:
        return not ANY_CUE.search(masked, s_start, s_end)
    return False


def is_nickname(before: str, after: str) -> bool:
    """Quoted words between a first name and a surname: James "Mad Dog" Mattis."""
    prev = before.rstrip().rsplit(" ", 1)[-1]
    nxt = after.lstrip().split(" ", 1)[0] if after.strip() else ""
    return bool(prev) and bool(nxt) and is_cap(prev) and is_cap(nxt) and prev[-1].isalpha()


def is_title_case(words: list[str]) -> bool:
    """Every significant word capitalized: a title of a work, an operation, a bill or a label."""
    significant = False
    for w in words:
        if w.lower() not in SMALL_WORDS:
            if not is_cap(w):
                return False
            significant = True
    return significant


def drop_duplicates(text: str, spans: list[QuoteSpan], paras: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Drop a pull-quote: a paragraph that is only a quote repeating another quote's words."""
    if not any(is_bare_paragraph(text, q, paras) for q in spans[1:]):
        return spans  # only a bare quote paragraph after another quote can be a pull-quote
    keys = [" ".join(WORD.findall(text[q.start : q.end].lower())) for q in spans]
    seen: dict[str, int] = {}
    for i, key in enumerate(keys):
        seen.setdefault(key, i)
    out = []
    for i, (q, key) in enumerate(zip(spans, keys, strict=True)):
        if seen[key] != i and len(key) > 20 and is_bare_paragraph(text, q, paras):
            continue
        out.append(q)
    return out


def is_bare_paragraph(text: str, q: QuoteSpan, paras: list[tuple[int, int]]) -> bool:
    """The paragraph holds nothing but this quote."""
    start, end = paras[q.paragraph]
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
