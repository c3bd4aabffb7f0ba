"""Consistency checks for the x8 held-out gold set (stdlib only).

Run from anywhere: ``python3 check_gold.py [FOLDER]``. Exits 1 and lists every problem found.

Beyond "JSON parses, quote texts and figure raws occur verbatim, quote speakers are listed", it
also checks that the set is complete and agrees with itself, because a gold file that silently
misses a quote or a number scores an extractor unfairly:
- every span between double quotation marks in an article is either a gold quote or a listed
  non-quote (nonquotes.json), with matching multiplicity;
- a figure with a speaker occurs inside one of that speaker's quotes, and a figure without one
  occurs outside the quotes of named speakers;
- every token with a digit that no figure covers is mentioned in the article's notes, so each
  deliberate non-figure is written down;
- the README table agrees with the files (words, quotes, figures, totals).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

KINDS = {"percent", "money", "count", "quantity"}
OPEN_MARKS = {'"', "“"}
CLOSE_MARKS = {'"', "”"}
MIN_WORDS, MAX_WORDS = 450, 650
DIGIT_TOKEN = re.compile(r"\S*\d\S*")
HYPHEN_RANGE = re.compile(r"\d[-–]\d")  # "$70-90 million": one span, two rows (low, high)
README_ROW = re.compile(r"^\| `([^`]+)` \|[^|]*\| (\d+) \| (\d+) \| (\d+) \|", re.MULTILINE)
README_TOTAL = re.compile(
    r"^\| \*\*total\*\* \|[^|]*\| \*\*(\d+)\*\* \| \*\*(\d+)\*\* \| \*\*(\d+)\*\* \|", re.MULTILINE
)
EDGE_PUNCT = "()[],.;:“”\"'’"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Inner spans between double marks, per line; an unclosed mark runs to the end of its line."""
    spans = []
    offset = 0
    for line in text.split("\n"):
        start = None
        for i, ch in enumerate(line):
            if start is None and ch in OPEN_MARKS:
                start = i + 1
            elif start is not None and ch in CLOSE_MARKS:
                spans.append((offset + start, offset + i))
                start = None
        if start is not None:
            spans.append((offset + start, offset + len(line)))
        offset += len(line) + 1
    return spans


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of needle."""
    found, i = [], text.find(needle)
    while i != -1:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


def check_text(name: str, text: str) -> list[str]:
    """The article body is shaped the way the cleaning step hands it over."""
    errors = []
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        errors.append(f"{name}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
    if any(not line.strip() for line in text.rstrip("\n").split("\n")):
        errors.append(f"{name}: blank line in text")
    return errors


def check_speakers(name: str, gold: dict) -> list[str]:
    """Speakers are well formed and each one speaks at least once."""
    errors = []
    names = [s.get("name") for s in gold.get("speakers", [])]
    if len(names) != len(set(names)):
        errors.append(f"{name}: duplicate speaker names")
    quoted = {q.get("speaker") for q in gold.get("quotes", [])}
    for sp in gold.get("speakers", []):
        if not isinstance(sp.get("name"), str) or not sp["name"]:
            errors.append(f"{name}: speaker without a name: {sp}")
            continue
        if not isinstance(sp.get("aliases", []), list):
            errors.append(f"{name}: aliases of {sp['name']} is not a list")
        if sp.get("kind") not in (None, "organization"):
            errors.append(f"{name}: unknown kind for {sp['name']}: {sp.get('kind')}")
        if sp["name"] not in quoted:
            errors.append(f"{name}: speaker {sp['name']} has no quote")
    return errors


def check_quotes(name: str, text: str, gold: dict, nonquotes: list[str]) -> list[str]:
    """Gold quotes plus listed non-quotes account for every quoted span exactly once."""
    errors = []
    names = {s.get("name") for s in gold.get("speakers", [])}
    for q in gold.get("quotes", []):
        if q.get("speaker") is not None and q["speaker"] not in names:
            errors.append(f"{name}: quote speaker {q['speaker']!r} is not a listed speaker")
        if q.get("text", "") not in text:
            errors.append(f"{name}: quote text not in article: {q.get('text')!r}")
        if "partial" in q and not isinstance(q["partial"], bool):
            errors.append(f"{name}: partial must be a boolean: {q.get('text')!r}")
    spans = Counter(text[a:b] for a, b in quote_spans(text))
    listed = Counter(q.get("text") for q in gold.get("quotes", [])) + Counter(nonquotes)
    for span, n in (spans - listed).items():
        errors.append(f"{name}: quoted span neither quote nor non-quote (x{n}): {span!r}")
    for span, n in (listed - spans).items():
        errors.append(f"{name}: listed text is not a whole quoted span (x{n}): {span!r}")
    return errors


def speaker_ranges(text: str, gold: dict) -> dict[str | None, list[tuple[int, int]]]:
    """Map each quote speaker to the text ranges of their quotes."""
    by_text: dict[str, list[str | None]] = {}
    for q in gold.get("quotes", []):
        by_text.setdefault(q["text"], []).append(q.get("speaker"))
    ranges: dict[str | None, list[tuple[int, int]]] = {}
    for a, b in quote_spans(text):
        owners = by_text.get(text[a:b])
        if owners:
            ranges.setdefault(owners.pop(0), []).append((a, b))
    return ranges


def check_figures(name: str, text: str, gold: dict) -> list[str]:
    """Figures are well formed, occur often enough, and sit where their speaker says them."""
    errors = []
    names = {s.get("name") for s in gold.get("speakers", [])}
    ranges = speaker_ranges(text, gold)
    named = [r for sp, rs in ranges.items() if sp is not None for r in rs]
    for raw, rows in Counter(f.get("raw") for f in gold.get("figures", [])).items():
        need = -(-rows // 2) if HYPHEN_RANGE.search(raw or "") else rows
        if len(occurrences(text, raw or "\0")) < need:
            errors.append(f"{name}: figure raw occurs fewer than {need} times: {raw!r}")
    for f in gold.get("figures", []):
        raw = f.get("raw", "")
        label = f"{name}: figure {raw!r}"
        if f.get("kind") not in KINDS:
            errors.append(f"{label}: unknown kind {f.get('kind')!r}")
        if not isinstance(f.get("value"), int | float) or isinstance(f.get("value"), bool):
            errors.append(f"{label}: value is not a number")
        if not isinstance(f.get("unit"), str) or not f["unit"]:
            errors.append(f"{label}: unit missing")
        if "context" in f and f["context"] not in text:
            errors.append(f"{label}: context not in article: {f['context']!r}")
        starts = occurrences(text, raw)
        speaker = f.get("speaker")
        if speaker is not None:
            inside = [s for s in starts for a, b in ranges.get(speaker, []) if a <= s and s + len(raw) <= b]
            if speaker not in names:
                errors.append(f"{label}: speaker {speaker!r} is not a listed speaker")
            elif not inside:
                errors.append(f"{label}: not inside a quote by {speaker}")
        elif starts and all(any(a <= s < b for a, b in named) for s in starts):
            errors.append(f"{label}: occurs only inside named speakers' quotes but has no speaker")
    return errors


def check_digits(name: str, text: str, gold: dict) -> list[str]:
    """Every number that no figure covers is written down in the notes as a non-figure."""
    covered = set()
    for f in gold.get("figures", []):
        raw = f.get("raw", "")
        for s in occurrences(text, raw):
            covered.update(range(s, s + len(raw)))
    notes = gold.get("notes", "")
    errors = []
    for m in DIGIT_TOKEN.finditer(text):
        digits = [i for i in range(m.start(), m.end()) if text[i].isdigit()]
        if all(i in covered for i in digits):
            continue
        token = m.group().strip(EDGE_PUNCT)
        if token not in notes:
            errors.append(f"{name}: number {token!r} is neither a figure nor named in notes")
    return errors


def check_article(folder: Path, txt: Path, nonquotes: list[dict]) -> tuple[list[str], dict]:
    """All checks for one article; returns problems and its counts for the README."""
    name = txt.name.removesuffix(".txt")
    gold_path = folder / f"{name}.gold.json"
    text = txt.read_text(encoding="utf-8")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return [f"{name}: cannot read gold: {exc}"], {}
    errors = check_text(name, text)
    if gold.get("url_suffix") != f"{name}.html":
        errors.append(f"{name}: url_suffix should be {name}.html")
    if not isinstance(gold.get("notes"), str) or not gold["notes"]:
        errors.append(f"{name}: notes missing")
    mine = [n["text"] for n in nonquotes if n.get("article") == name]
    errors += check_speakers(name, gold)
    errors += check_quotes(name, text, gold, mine)
    errors += check_figures(name, text, gold)
    errors += check_digits(name, text, gold)
    counts = {"words": len(text.split()), "quotes": len(gold["quotes"]), "figures": len(gold["figures"])}
    return errors, counts


def check_nonquotes(folder: Path, articles: set[str]) -> tuple[list[str], list[dict]]:
    """nonquotes.json parses and names real articles with a reason for each span."""
    try:
        rows = json.loads((folder / "nonquotes.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return [f"nonquotes.json: {exc}"], []
    errors = []
    for row in rows:
        if row.get("article") not in articles:
            errors.append(f"nonquotes.json: unknown article {row.get('article')!r}")
        if not row.get("text") or not row.get("reason"):
            errors.append(f"nonquotes.json: row needs text and reason: {row}")
    return errors, rows


def check_readme(folder: Path, counts: dict[str, dict]) -> list[str]:
    """The README table agrees with the files, row by row and in its totals."""
    try:
        readme = (folder / "README.md").read_text(encoding="utf-8")
    except OSError as exc:
        return [f"README.md: {exc}"]
    errors = []
    rows = README_ROW.findall(readme)
    seen = {name for name, *_ in rows}
    for name in counts.keys() - seen:
        errors.append(f"README.md: no table row for {name}")
    for name, words, quotes, figures in rows:
        want = counts.get(name)
        got = {"words": int(words), "quotes": int(quotes), "figures": int(figures)}
        if want != got:
            errors.append(f"README.md: row {name} says {got}, files say {want}")
    total = README_TOTAL.search(readme)
    sums = [sum(c[k] for c in counts.values()) for k in ("words", "quotes", "figures")]
    if not total or [int(g) for g in total.groups()] != sums:
        errors.append(f"README.md: totals row missing or not {sums}")
    return errors


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    texts = sorted(folder.glob("x8-*.txt"))
    articles = {t.name.removesuffix(".txt") for t in texts}
    errors, nonquotes = check_nonquotes(folder, articles)
    counts = {}
    for txt in texts:
        problems, article_counts = check_article(folder, txt, nonquotes)
        errors += problems
        if article_counts:
            counts[txt.name.removesuffix(".txt")] = article_counts
    errors += check_readme(folder, counts)
    for line in errors:
        print(line)
    quotes = sum(c["quotes"] for c in counts.values())
    figures = sum(c["figures"] for c in counts.values())
    print(f"{len(texts)} articles, {quotes} quotes, {figures} figures, {len(nonquotes)} non-quotes: ", end="")
    print("FAIL" if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
