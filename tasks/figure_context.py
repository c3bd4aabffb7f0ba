"""What a figure measures: a short verbatim excerpt of the clause it stands in.

A share closed right after its "of" phrase is what it is a share of ("5% [of each country's gross
domestic product]", "3% of GDP."). Anything else is told by its clause, and news puts the telling
words on either side: the subject and verb before ("Attacks by militant groups have risen 40%",
"the share rose 8.3%"), the rate, purpose or comparison after ("40,000 shells a month", "$33.4
billion for shipbuilding", "4.1% larger than last year's enacted level"). So the context is the
article text from a few words before the figure to a few words after it, cut at the clause's
edges: punctuation, a speech verb ("officials said"), a new clause ("and", "but", "while"). The
text is copied as written, so every context can be found in its article.

Rules over a string and offsets, no I/O. Used by `tasks/figure_words.make_figure`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

LEFT_WORDS = 16
OF_WORDS = 6
RIGHT_WORDS = 8
_LOOK = 320

# Characters that end a clause on both sides; commas are handled apart (lists, inserts).
_HARD = frozenset(';:()[]"“”«»„—\n!?')
_HARD_RE = re.compile("[" + re.escape("".join(sorted(_HARD))) + "]")
# Words that open a new clause: the context stops before them (left side: after them).
_LEFT_STOP = frozenset(
    """and but or while whereas although though because if when said says say told tells warned
    noted added stressed argued insisted wrote tweeted asked replied cautioned according
    announced acknowledged explained""".split()
)
_RIGHT_STOP = frozenset("but while whereas although though because according said says".split())
_HEDGE_TAIL = frozenset("about roughly nearly some almost around approximately just only over".split())
_AUX = frozenset("is are was were has have had will would could can may might must should".split())
# After "and"/"or" these open a new clause ("and that its drone production", "and will bring").
_CLAUSE_OPENERS = frozenset(
    """that the a an its their his her our this these those it they he she we i you there will would
    could can may might must should has have had is are was were""".split()
)
_LEADING_DROP = frozenset({"that", "and", "but", "or"})
# "U.S." / "Adm." / "Sept." end a word, not a sentence.
_ABBREV = frozenset(
    """mr mrs ms dr st gen adm sen rep gov lt col maj sgt capt cmdr jan feb mar apr jun jul aug sep sept
    oct nov dec no vs inc corp co jr sr""".split()
)
_WORD = re.compile(r"\S+")
_OF_CLOSED = re.compile(r"[ \t]*\[?[ \t]*(of[ \t][^\]\n.,;:!?\"“”()—]+?)[ \t]*(?=[\].,;:!?\"“”()—\n]|$)")
_TRAIL = '.,;:!?"”’»)]—'
_LIST_COMMA = re.compile(r",[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+)?[ \t]+(?:and|or)[ \t]")


def context_of(text: str, start: int, end: int, kind: str) -> str | None:
    """The clause excerpt around the figure at text[start:end]; None when nothing surrounds it."""
    if kind == "percent":
        closed = _OF_CLOSED.match(text, end)
        if closed and len(closed.group(1).split()) <= OF_WORDS and not _LIST_COMMA.match(text, closed.end()):
            return closed.group(1)
    left, subject = _left_edge(text, start)
    right = _right_edge(text, end, share=kind == "percent" and _starts_of(text, end))
    phrase = text[left:right].strip()
    if not phrase or phrase == text[start:end]:
        return None
    return f"{subject} {phrase}" if subject else phrase


def _starts_of(text: str, end: int) -> bool:
    return text.startswith(" of ", end)


def _sentence_end_before(text: str, pos: int, floor: int) -> int:
    """Offset just after the last sentence end (". " before a capital) in text[floor:pos], else floor."""
    i = pos
    while True:
        i = text.rfind(". ", floor, i)
        if i < 0:
            return floor
        word_start = max(text.rfind(" ", floor, i), text.rfind("\n", floor, i)) + 1
        word = text[word_start:i].lower()
        if word and "." not in word and word not in _ABBREV and len(word) > 1:
            return i + 2
        if i <= floor:
            return floor


def _left_edge(text: str, start: int) -> tuple[int, str | None]:
    """Where the context starts, and the subject to put before it when the figure's comma piece
    begins with a verb ("The cost, including X, is now estimated at", "..., falling short by")."""
    floor = max(0, start - _LOOK)
    sentence = _sentence_end_before(text, start, text.rfind("\n", floor, start) + 1 or floor)
    hard = _hard_positions(text)
    i = bisect_left(hard, start) - 1
    pos = hard[i] + 1 if i >= 0 and hard[i] >= sentence else sentence
    cut = text.rfind(",", pos, start)
    if cut < 0:
        return _left_words(text, pos, start), None
    piece = text[cut + 1 : start].split()
    if piece and all(w.lower() in _HEDGE_TAIL for w in piece):
        prev = text.rfind(",", pos, cut)
        return _left_words(text, pos if prev < 0 else prev + 1, start), None
    left = _left_words(text, cut + 1, start)
    if not piece or not _verb_like(piece[0]):
        return left, None
    return left, _subject(text, sentence, cut)


@lru_cache(maxsize=8)
def _hard_positions(text: str) -> list[int]:
    """Offsets of every clause-ending character, found once per article (all its figures share them)."""
    return [m.start() for m in _HARD_RE.finditer(text)]


def _verb_like(word: str) -> bool:
    low = word.lower()
    return low in _AUX or (word[0].islower() and low.endswith(("ing", "ed")))


def _subject(text: str, sentence: int, cut: int) -> str | None:
    """The clause a verb-led comma piece hangs on: the sentence's first piece when an insert stands
    between ("A tenant hotline at X, nicknamed Y, received"), else the piece just before."""
    pieces = text[sentence:cut].split(", ")
    first = pieces[0].split()
    if len(pieces) >= 2 and first and first[0][0].isupper() and len(first) <= LEFT_WORDS:
        chosen = first
    else:
        chosen = pieces[-1].split()[-LEFT_WORDS:]
    if not chosen or any(ch in _HARD for ch in " ".join(chosen)):
        return None
    return " ".join(chosen)


def _opens_clause(words: list[str], i: int) -> bool:
    """Whether the "and"/"or" at words[i] joins clauses rather than nouns ("operations and sustainment")."""
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    return nxt in _CLAUSE_OPENERS or nxt[:1].isdigit() or nxt in _NUMBER_START


_UNCOUNTED = _HEDGE_TAIL | {"more", "than", "less", "at", "least"}


def _left_words(text: str, pos: int, start: int) -> int:
    """Start of the last LEFT_WORDS counted words of text[pos:start], after any clause-opening word.

    One backward pass over whitespace-split words (the words of the _WORD regex): the nearest stop
    word or the word that passes the count, whichever comes first going back, starts the context."""
    seg = text[pos:start]
    words = seg.split()
    cut = 0
    counted = 0
    for i in range(len(words) - 1, -1, -1):
        low = words[i].lower()
        word = low.strip(",")
        if word in _LEFT_STOP and not (word in ("and", "or") and not _opens_clause(words, i)):
            cut = i + 1
            break
        counted += low not in _UNCOUNTED
        if counted > LEFT_WORDS:
            cut = i + 1
            break
    while cut < len(words) and words[cut].lower() in _LEADING_DROP:
        cut += 1
    if cut >= len(words):
        return start
    if not cut:
        return pos + len(seg) - len(seg.lstrip())
    prefix = seg.rsplit(None, len(words) - cut)[0]
    return pos + seg.find(words[cut], len(prefix))


def _right_edge(text: str, end: int, share: bool) -> int:
    """End of the clause after the figure: up to RIGHT_WORDS words (twice that for a share's "of"
    phrase and what it does), stopping at punctuation, a new clause or the next coordinated figure."""
    limit = RIGHT_WORDS * (2 if share else 1)
    stop = min(len(text), end + _LOOK // 2)
    newline = text.find("\n", end, stop)  # words are split by whitespace: only a newline is hard there
    seg = text[end : stop if newline < 0 else newline]
    pos, offset = end, 0
    for token in seg.split(None, limit)[:limit]:
        if token[0] in _HARD:
            break
        offset = seg.find(token, offset) + len(token)  # the token starts after whitespace only
        core = token.rstrip(_TRAIL)
        word = core.lower()
        if not core or word in _RIGHT_STOP or (word in ("and", "or") and _number_follows(text, end + offset)):
            break
        core_end = end + offset - len(token) + len(core)
        if len(core) < len(token) and _tail_stops(text, core_end, token[len(core) :]):
            return core_end
        pos = end + offset
    return pos


def _tail_stops(text: str, core_end: int, tail: str) -> bool:
    """Whether the punctuation glued after a word ends the clause."""
    if not tail:
        return False
    if any(ch in _HARD for ch in tail):
        return True
    if tail[0] == ",":
        return not _LIST_COMMA.match(text, core_end)
    return tail[0] == "." and _ends_sentence(text, core_end)


def _ends_sentence(text: str, pos: int) -> bool:
    """A period that ends a sentence, not an abbreviation ("U.S.") or a decimal point."""
    nxt = text[pos + 1 : pos + 2]
    if nxt and not nxt.isspace() and nxt not in '"”’»)':
        return False
    word_start = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos)) + 1
    word = text[word_start:pos].lower()
    return not ("." in word or word in _ABBREV or len(word) == 1)


def _number_follows(text: str, pos: int) -> bool:
    m = _WORD.match(text, pos + 1) if pos < len(text) else None
    if not m:
        return False
    word = m.group().lower().lstrip("$€£¥")
    return word[:1].isdigit() or word in _NUMBER_START


_NUMBER_START = frozenset(
    """a one two three four five six seven eight nine ten twelve twenty thirty forty fifty hundred
    dozen""".split()
)
