"""What a figure measures: a short verbatim excerpt of the clause it stands in.

A share closed right after its "of" phrase is what it is a share of ("5% [of each country's gross
domestic product]", "3% of GDP."). Anything else is told by its clause, and news puts the telling
words on either side: the subject and verb before ("Attacks by militant groups have risen 40%",
"the share rose 8.3%"), the rate, purpose or comparison after ("40,000 shells a month", "$33.4
billion for shipbuilding", "4.1% larger than last year's enacted level"). So the context is the
article text from a few words before the figure to a few words after it, cut at the clause's
edges: punctuation, a speech verb ("officials said"), a new clause ("and", "but", "while"). The
text is copied as written, so every context can be found in its article.

Rules over a string and offsets, no I/O. Used by `tasks/figure_words.describe`.
"""

from __future__ import annotations

import re
from typing import Final

from mypy_extensions import i64

from tasks.tokens import is_space

LEFT_WORDS: Final = 16
OF_WORDS: Final = 6
RIGHT_WORDS: Final = 8
_LOOK: Final = 320

# Characters that end a clause on both sides; commas are handled apart (lists, inserts).
_HARD: Final = frozenset(';:()[]"“”«»„—\n!?')
# Words that open a new clause: the context stops before them (left side: after them).
_LEFT_STOP: Final = frozenset(
    """and but or while whereas although though because if when said says say told tells warned
    noted added stressed argued insisted wrote tweeted asked replied cautioned according
    announced acknowledged explained""".split()
)
_RIGHT_STOP: Final = frozenset("but while whereas although though because according said says".split())
_HEDGE_TAIL: Final = frozenset("about roughly nearly some almost around approximately just only over".split())
_AUX: Final = frozenset("is are was were has have had will would could can may might must should".split())
# After "and"/"or" these open a new clause ("and that its drone production", "and will bring").
_CLAUSE_OPENERS: Final = frozenset(
    """that the a an its their his her our this these those it they he she we i you there will would
    could can may might must should has have had is are was were""".split()
)
_LEADING_DROP: Final = frozenset({"that", "and", "but", "or"})
# "U.S." / "Adm." / "Sept." end a word, not a sentence.
_ABBREV: Final = frozenset(
    """mr mrs ms dr st gen adm sen rep gov lt col maj sgt capt cmdr jan feb mar apr jun jul aug sep sept
    oct nov dec no vs inc corp co jr sr""".split()
)
_WORD: Final = re.compile(r"\S+")
# "of" and what follows up to the first closing mark, less the blanks before it. Greedy, backing off
# only over those blanks: the shortest reading that ends there (a lazy group with a lookahead after
# each character) cost several times more.
_OF_CLOSED: Final = re.compile(
    r"[ \t]*\[?[ \t]*(of[ \t](?:[^\]\n.,;:!?\"“”()—]*[^\]\n.,;:!?\"“”()— \t]|[ \t]))"
    r"[ \t]*(?=[\].,;:!?\"“”()—\n]|$)"
)
_TRAIL: Final = '.,;:!?"”’»)]—'
_TRAIL_SET: Final = frozenset(_TRAIL)
_AND_OR: Final = frozenset({"and", "or"})
_STOP_OR_AND: Final = _RIGHT_STOP | _AND_OR
_LIST_COMMA: Final = re.compile(r",[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+)?[ \t]+(?:and|or)[ \t]")
_NUMBER_START: Final = frozenset(
    """a one two three four five six seven eight nine ten twelve twenty thirty forty fifty hundred
    dozen""".split()
)


def context_of(text: str, start: int, end: int, kind: str) -> str | None:
    """The clause excerpt around the figure at text[start:end]; None when nothing surrounds it."""
    if kind == "percent":
        closed = _OF_CLOSED.match(text, end)
        if closed and len(closed.group(1).split()) <= OF_WORDS and not _LIST_COMMA.match(text, closed.end()):
            return closed.group(1)
    left, subject = _left_edge(text, start)
    right = _right_edge(text, end, share=kind == "percent" and text.startswith(" of ", end))
    phrase = text[left:right].strip()
    if not phrase or phrase == text[start:end]:
        return None
    return f"{subject} {phrase}" if subject else phrase


def _sentence_end_before(text: str, pos: int, floor: int) -> int:
    """Offset just after the last sentence end (". " before a capital) in text[floor:pos], else floor.
    text[floor:pos] holds no line break (floor is the line start or later)."""
    i = pos
    while True:
        i = text.rfind(". ", floor, i)
        if i < 0:
            return floor
        word = text[text.rfind(" ", floor, i) + 1 : i].lower()
        if word and "." not in word and word not in _ABBREV and len(word) > 1:
            return i + 2
        if i <= floor:
            return floor


def _plain(cp: i64) -> bool:
    """A space, an ASCII letter or a digit: no clause mark or trailing punctuation, told by code point
    before any set lookup (most characters are these)."""
    return cp == 32 or 97 <= cp <= 122 or 65 <= cp <= 90 or 48 <= cp <= 57


def _last_mark(text: str, floor: int, start: int, comma: bool) -> int:
    """Offset of the last _HARD character (or comma, when `comma`) in text[floor:start], else -1.

    A walk back over the few characters between: letters, digits and spaces, most of them, are
    ruled out by their code point, and a regex search of the reversed text cost more per call."""
    i: i64 = start - 1
    while i >= floor:
        if not _plain(ord(text[i])):
            ch = text[i]
            if ch in _HARD or (comma and ch == ","):
                return i
        i -= 1
    return -1


def _left_edge(text: str, start: int) -> tuple[int, str | None]:
    """Where the context starts, and the subject to put before it when the figure's comma piece
    begins with a verb ("The cost, including X, is now estimated at", "..., falling short by")."""
    floor = start - _LOOK if start > _LOOK else 0
    sentence = _sentence_end_before(text, start, text.rfind("\n", floor, start) + 1 or floor)
    cut = _last_mark(text, sentence, start, True)  # the nearest mark before the figure
    if cut < 0 or text[cut] != ",":  # the clause starts after it (or at the sentence start)
        return _left_words(text, cut + 1 if cut >= 0 else sentence, start), None
    seg = text[cut + 1 : start]
    lows = seg.lower().split()
    if lows and _HEDGE_TAIL.issuperset(lows):
        hard = _last_mark(text, sentence, cut, False)
        pos = hard + 1 if hard >= 0 else sentence
        prev = text.rfind(",", pos, cut)
        return _left_words(text, pos if prev < 0 else prev + 1, start), None
    left = _left_cut_at(seg, lows, cut + 1, start)
    if not lows or not _verb_like(seg.split(None, 1)[0]):
        return left, None
    return left, _subject(text, sentence, cut)


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


def _opens_clause(lows: list[str], i: int) -> bool:
    """Whether the "and"/"or" at lows[i] joins clauses rather than nouns ("operations and sustainment")."""
    nxt = lows[i + 1] if i + 1 < len(lows) else ""
    return nxt in _CLAUSE_OPENERS or nxt[:1].isdigit() or nxt in _NUMBER_START


_UNCOUNTED: Final = _HEDGE_TAIL | {"more", "than", "less", "at", "least"}


def _left_words(text: str, pos: int, start: int) -> int:
    """Start of the last LEFT_WORDS counted words of text[pos:start], after any clause-opening word.

    The words are split by whitespace: the nearest stop word or the word that passes the count,
    whichever comes first going back, starts the context."""
    seg = text[pos:start]
    return _left_cut_at(seg, seg.lower().split(), pos, start)


def _left_cut_at(seg: str, lows: list[str], pos: int, start: int) -> int:
    """_left_words for seg = text[pos:start] and its lowercased words."""
    whole = lows and len(lows) <= LEFT_WORDS and lows[0] not in _LEADING_DROP and "," not in seg
    if whole and _LEFT_STOP.isdisjoint(lows):
        return pos + _blanks(seg)  # the whole piece, the common case
    cut = _left_cut(lows, "," in seg)
    while cut < len(lows) and lows[cut] in _LEADING_DROP:
        cut += 1
    if cut >= len(lows):
        return start
    if not cut:
        return pos + _blanks(seg)
    prefix = seg.rsplit(None, len(lows) - cut)[0]
    return pos + seg.find(seg.split()[cut], len(prefix))


def _blanks(seg: str) -> int:
    """How many whitespace characters lead seg: len(seg) - len(seg.lstrip()), without the copy."""
    i: i64 = 0
    n: i64 = len(seg)
    while i < n and is_space(seg, i):
        i += 1
    return i


def _left_cut(lows: list[str], commas: bool) -> int:
    """Index of the first word of the context among the lowercased words before the figure."""
    if not commas and len(lows) <= LEFT_WORDS:  # too few words to pass the count: only stops count
        if _LEFT_STOP.isdisjoint(lows):
            return 0
        for i in range(len(lows) - 1, -1, -1):
            word = lows[i]
            if word in _LEFT_STOP and (word not in _AND_OR or _opens_clause(lows, i)):
                return i + 1
        return 0
    counted = 0
    for i in range(len(lows) - 1, -1, -1):
        low = lows[i]
        word = low.strip(",") if commas else low
        if word in _LEFT_STOP and not (word in _AND_OR and not _opens_clause(lows, i)):
            return i + 1
        counted += low not in _UNCOUNTED
        if counted > LEFT_WORDS:
            return i + 1
    return 0


def _right_edge(text: str, end: int, share: bool) -> int:
    """End of the clause after the figure: up to RIGHT_WORDS words (twice that for a share's "of"
    phrase and what it does), stopping at punctuation, a new clause or the next coordinated figure.

    Each word's end in seg is found from the last one's with str.find (only whitespace stands
    between two words, and a word holds none): no re-split of seg to measure a word."""
    limit = RIGHT_WORDS * (2 if share else 1)
    stop = end + _LOOK // 2
    newline = text.find("\n", end, stop)  # words are split by whitespace: only a newline is hard there
    seg = text[end : stop if newline < 0 else newline]
    tokens = seg.split(None, limit)[:limit]
    last = 0  # end in seg of the word before `token` (0 before the first)
    for token in tokens:
        here = seg.find(token, last) + len(token)  # end in seg of `token`
        if not _plain(ord(token[0])) and token[0] in _HARD:
            return end + last
        if not _plain(ord(token[-1])) and token[-1] in _TRAIL_SET:  # punctuation glued after the word
            core = token.rstrip(_TRAIL)
            word = core.lower()
            if not core or word in _RIGHT_STOP:
                return end + last
            t_end = end + here
            if word in _AND_OR and _number_follows(text, t_end):
                return end + last
            core_end = t_end - len(token) + len(core)
            if _tail_stops(text, core_end, token[len(core) :]):
                return core_end
        else:
            word = token.lower()
            if word in _STOP_OR_AND and (word in _RIGHT_STOP or _number_follows(text, end + here)):
                return end + last
        last = here
    return end + last


def _tail_stops(text: str, core_end: int, tail: str) -> bool:
    """Whether the punctuation glued after a word ends the clause."""
    if not tail:
        return False
    if not _HARD.isdisjoint(tail):
        return True
    if tail[0] == ",":
        return not _LIST_COMMA.match(text, core_end)
    return tail[0] == "." and _ends_sentence(text, core_end)


def _ends_sentence(text: str, pos: int) -> bool:
    """A period that ends a sentence, not an abbreviation ("U.S.") or a decimal point."""
    nxt = text[pos + 1 : pos + 2]
    if nxt and not nxt.isspace() and nxt not in '"”’»)':
        return False
    space = text.rfind(" ", 0, pos)
    word_start = max(space, text.rfind("\n", space + 1, pos)) + 1  # the nearer of the two
    word = text[word_start:pos].lower()
    return not ("." in word or word in _ABBREV or len(word) == 1)


def _number_follows(text: str, pos: int) -> bool:
    m = _WORD.match(text, pos + 1) if pos < len(text) else None
    if not m:
        return False
    word = m.group().lower().lstrip("$€£¥")
    return word[:1].isdigit() or word in _NUMBER_START
