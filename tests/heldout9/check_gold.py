"""Consistency checker for the x9 held-out gold set (stdlib only).

Run from anywhere: ``python3 check_gold.py [--verbose]``. It exits non-zero and lists every problem
when a gold file disagrees with its article text, so the annotations can be trusted without
running the extractor. Checks:

- every ``x9-*.txt`` has a ``.gold.json`` (and back), no blank lines, 450-700 words;
- the JSON parses and has the seed shape; speakers are unique, each has a quote, kinds are known;
- every quote text is exactly a span between double quotation marks in the article, and every
  quoted span in the article is either a gold quote or listed in ``nonquotes.json``;
- every figure raw occurs verbatim at word boundaries, as many times as gold lists it (occurrences
  inside a longer gold raw do not count), inside a quote of its speaker when it has one and
  outside named speakers' quotes when it has none; contexts occur near their raw;
- every digit run in the article not covered by a figure raw is mentioned in the notes;
- the README table agrees with the files.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"percent", "money", "count", "quantity"}
CLOSERS = {"“": "”", '"': '"', "«": "»", "„": "“"}
DIGITS = re.compile(r"\d+(?:[.,:]\d+)*")
NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|thousand|million|billion|trillion|dozen|half|third|quarter|twice)\b",
    re.IGNORECASE,
)
NEAR = 120
PUNCT = "\"\u201c\u201d\u2018\u2019'()[],.;:!?"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the text between double quotation marks, per line.

    A quote left open at the end of a line ends there (multi-paragraph quotes).
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        closer = None
        start = 0
        for i, ch in enumerate(line):
            if closer is None and ch in CLOSERS:
                closer, start = CLOSERS[ch], i + 1
            elif closer is not None and ch == closer:
                spans.append((offset + start, offset + i))
                closer = None
        if closer is not None:
            spans.append((offset + start, offset + len(line.rstrip())))
        offset += len(line) + 1
    return spans


def _joins(text: str, i: int, step: int) -> bool:
    """True when the character at i glues the match to a neighbouring word or number."""
    if not 0 <= i < len(text):
        return False
    ch = text[i]
    if ch.isalnum():
        return True
    beyond = i + step
    return ch in ".,:-" and 0 <= beyond < len(text) and text[beyond].isalnum()


def occurrences(text: str, raw: str) -> list[tuple[int, int]]:
    """Word-bounded occurrences of raw ("10" does not match inside "2010", "10:42" or "10-year")."""
    found = []
    start = text.find(raw)
    while start != -1:
        end = start + len(raw)
        left_ok = not (raw[0].isalnum() and _joins(text, start - 1, -1))
        right_ok = not (raw[-1].isalnum() and _joins(text, end, 1))
        if left_ok and right_ok:
            found.append((start, end))
        start = text.find(raw, start + 1)
    return found


def inside(pos: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos[0] and pos[1] <= e for s, e in spans)


def check_text(name: str, text: str) -> list[str]:
    errors = []
    lines = text.split("\n")
    if any(not line.strip() for line in lines):
        errors.append(f"{name}: blank line")
    if any(line != line.strip() for line in lines):
        errors.append(f"{name}: leading or trailing whitespace on a line")
    words = len(text.split())
    if not 450 <= words <= 700:
        errors.append(f"{name}: {words} words, outside 450-700")
    return errors


def check_shape(name: str, gold: dict) -> list[str]:
    errors = []
    if set(gold) != {"url_suffix", "speakers", "quotes", "figures", "notes"}:
        errors.append(f"{name}: top-level keys {sorted(gold)}")
    if gold.get("url_suffix") != f"{name}.html":
        errors.append(f"{name}: url_suffix {gold.get('url_suffix')!r}")
    names = [s.get("name") for s in gold["speakers"]]
    if len(names) != len(set(names)):
        errors.append(f"{name}: duplicate speaker names")
    for s in gold["speakers"]:
        if set(s) - {"name", "aliases", "title", "organization", "kind"} or not s.get("name"):
            errors.append(f"{name}: bad speaker {s}")
        if not isinstance(s.get("aliases"), list) or s.get("kind", "organization") != "organization":
            errors.append(f"{name}: bad aliases/kind for {s.get('name')}")
    quoted = {q["speaker"] for q in gold["quotes"]}
    for q in gold["quotes"]:
        if q["speaker"] is not None and q["speaker"] not in names:
            errors.append(f"{name}: quote speaker {q['speaker']!r} not in speakers")
        if set(q) - {"speaker", "text", "partial"} or not isinstance(q.get("partial", True), bool):
            errors.append(f"{name}: bad quote {q}")
    errors += [f"{name}: speaker {n!r} has no quote" for n in names if n not in quoted]
    for f in gold["figures"]:
        errors += check_figure_shape(name, f, names)
    return errors


def check_figure_shape(name: str, f: dict, names: list[str]) -> list[str]:
    errors = []
    if set(f) - {"raw", "kind", "value", "unit", "context", "speaker"}:
        errors.append(f"{name}: unknown figure keys {f}")
    if f.get("kind") not in KINDS:
        errors.append(f"{name}: figure kind {f.get('kind')!r}")
    value = f.get("value")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        errors.append(f"{name}: figure value {value!r}")
    if f.get("kind") == "percent" and f.get("unit") != "percent":
        errors.append(f"{name}: percent unit {f.get('unit')!r}")
    if f.get("kind") == "money" and not re.fullmatch(r"[A-Z]{3}", str(f.get("unit"))):
        errors.append(f"{name}: money unit {f.get('unit')!r}")
    if f.get("speaker") is not None and f["speaker"] not in names:
        errors.append(f"{name}: figure speaker {f['speaker']!r} not in speakers")
    return errors


def check_quotes(name: str, text: str, gold: dict, nonquotes: list[str]) -> list[str]:
    errors = []
    span_texts = Counter(text[s:e] for s, e in quote_spans(text))
    gold_texts = Counter(q["text"] for q in gold["quotes"])
    for t, n in gold_texts.items():
        if span_texts[t] < n:
            errors.append(f"{name}: quote not found between marks ({n}x): {t!r}")
    for t in nonquotes:
        if span_texts[t] < 1:
            errors.append(f"{name}: nonquote not found between marks: {t!r}")
        if t in gold_texts:
            errors.append(f"{name}: nonquote is also a gold quote: {t!r}")
    expected = gold_texts + Counter(nonquotes)
    for t, n in span_texts.items():
        if expected[t] < n:
            errors.append(f"{name}: quoted span neither a gold quote nor a nonquote: {t!r}")
    return errors


def speaker_spans(text: str, gold: dict) -> dict[str | None, list[tuple[int, int]]]:
    """Quote spans grouped by the gold speaker of the quote they hold."""
    by_text: dict[str, set[str | None]] = {}
    for q in gold["quotes"]:
        by_text.setdefault(q["text"], set()).add(q["speaker"])
    grouped: dict[str | None, list[tuple[int, int]]] = {}
    for s, e in quote_spans(text):
        for speaker in by_text.get(text[s:e], set()):
            grouped.setdefault(speaker, []).append((s, e))
    return grouped


def check_figures(name: str, text: str, gold: dict) -> list[str]:
    errors = []
    grouped = speaker_spans(text, gold)
    named = [span for speaker, spans in grouped.items() if speaker is not None for span in spans]
    raws = {f["raw"] for f in gold["figures"]}
    free = {raw: free_occurrences(text, raw, raws) for raw in raws}
    for raw, n in Counter(f["raw"] for f in gold["figures"]).items():
        if len(free[raw]) != n:
            errors.append(f"{name}: raw {raw!r} listed {n}x but occurs {len(free[raw])}x")
    for f in gold["figures"]:
        occ = free[f["raw"]]
        speaker = f.get("speaker")
        if speaker is not None and not any(inside(o, grouped.get(speaker, [])) for o in occ):
            errors.append(f"{name}: {f['raw']!r} not inside a quote of {speaker}")
        if speaker is None and occ and all(inside(o, named) for o in occ):
            errors.append(f"{name}: {f['raw']!r} is inside a named quote but has no speaker")
        context = f.get("context")
        if context and not near(text, context, occ):
            errors.append(f"{name}: context {context!r} not near {f['raw']!r}")
    return errors


def free_occurrences(text: str, raw: str, raws: set[str]) -> list[tuple[int, int]]:
    """Occurrences of raw that are not part of an occurrence of a longer gold raw."""
    longer = [o for other in raws if raw in other and other != raw for o in occurrences(text, other)]
    return [o for o in occurrences(text, raw) if not inside(o, longer)]


def near(text: str, context: str, occ: list[tuple[int, int]]) -> bool:
    low = text.lower()
    spots = [m.start() for m in re.finditer(re.escape(context.lower()), low)]
    return any(abs(spot - s) <= NEAR or abs(spot - e) <= NEAR for spot in spots for s, e in occ)


def covered(text: str, gold: dict) -> list[tuple[int, int]]:
    return [o for f in gold["figures"] for o in occurrences(text, f["raw"])]


def chunk(text: str, start: int, end: int) -> str:
    """The whitespace-delimited word around a digit run, outer punctuation stripped: (DDG-116), -> DDG-116."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end].strip(PUNCT)


def check_digits(name: str, text: str, gold: dict) -> list[str]:
    """Every digit run outside the figure raws must be named (as its whole word) in the notes."""
    spans = covered(text, gold)
    words = [chunk(text, *m.span()) for m in DIGITS.finditer(text) if not inside(m.span(), spans)]
    missing = sorted({w for w in words if not occurrences(gold["notes"], w)})
    return [f"{name}: non-figure {w!r} not mentioned in notes" for w in missing]


def number_word_report(name: str, text: str, gold: dict) -> list[str]:
    spans = covered(text, gold)
    hits = [m for m in NUMBER_WORDS.finditer(text) if not inside(m.span(), spans)]
    return [
        f"{name}: uncovered number word: ...{text[max(0, m.start() - 30) : m.end() + 30]!r}" for m in hits
    ]


def readme_rows(path: Path) -> dict[str, list[int]]:
    """Article (or 'total') -> [words, quotes, figures] from the README table."""
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip().strip("`*") for c in line.strip().strip("|").split("|")]
        if len(cells) >= 5 and (cells[0].startswith("x9-") or cells[0] == "total"):
            rows[cells[0]] = [int(c) for c in cells[2:5]]
    return rows


def main(verbose: bool) -> int:
    errors: list[str] = []
    texts = {p.name[: -len(".txt")]: p for p in sorted(HERE.glob("x9-*.txt"))}
    golds = {p.name[: -len(".gold.json")]: p for p in sorted(HERE.glob("x9-*.gold.json"))}
    errors += [f"{n}: text without gold" for n in texts.keys() - golds.keys()]
    errors += [f"{n}: gold without text" for n in golds.keys() - texts.keys()]
    nonquotes = json.loads((HERE / "nonquotes.json").read_text(encoding="utf-8"))
    for nq in nonquotes:
        if set(nq) != {"article", "text", "reason"} or nq["article"] not in texts:
            errors.append(f"nonquotes.json: bad entry {nq}")
    stats: Counter[str] = Counter()
    table = {}
    for name in sorted(texts.keys() & golds.keys()):
        text = texts[name].read_text(encoding="utf-8").rstrip("\n")
        gold = json.loads(golds[name].read_text(encoding="utf-8"))
        errors += check_text(name, text) + check_shape(name, gold)
        mine = [nq["text"] for nq in nonquotes if nq["article"] == name]
        errors += check_quotes(name, text, gold, mine)
        errors += check_figures(name, text, gold) + check_digits(name, text, gold)
        if verbose:
            print("\n".join(number_word_report(name, text, gold)))
        table[name] = [len(text.split()), len(gold["quotes"]), len(gold["figures"])]
        stats.update(
            articles=1,
            words=table[name][0],
            quotes=table[name][1],
            partial=sum(1 for q in gold["quotes"] if q.get("partial")),
            null_speaker=sum(1 for q in gold["quotes"] if q["speaker"] is None),
            speakers=len(gold["speakers"]),
            institutions=sum(1 for s in gold["speakers"] if s.get("kind") == "organization"),
            figures=table[name][2],
            nonquotes=len(mine),
        )
    table["total"] = [stats["words"], stats["quotes"], stats["figures"]]
    readme = readme_rows(HERE / "README.md")
    for key, row in table.items():
        if readme.get(key) != row:
            errors.append(f"README.md: row {key} says {readme.get(key)}, files say {row}")
    print(" ".join(f"{k}={v}" for k, v in stats.items()))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main("--verbose" in sys.argv[1:]))
