"""Check the x10 held-out gold files against their article texts.

Stdlib only, so the set can be verified without the project. It checks what a scorer silently
relies on: every quote text, figure raw and context occurs verbatim in the article, every speaker
named on a quote or figure is listed, and every quoted span in the text is accounted for either as
a gold quote or as a deliberate non-quote.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"percent", "money", "count", "quantity"}
WORD_RANGE = (450, 700)
SPAN = re.compile(r'"([^"\n]*)"|\u201c([^\u201d\n]*)\u201d')


def quoted_spans(text: str) -> list[str]:
    """Every span between paired straight or curly double quotes, marks excluded."""
    return [m.group(1) if m.group(1) is not None else m.group(2) for m in SPAN.finditer(text)]


def check_quotes(name: str, text: str, gold: dict, names: set[str]) -> list[str]:
    """Quote texts occur verbatim and their speakers are listed."""
    errors = []
    for q in gold["quotes"]:
        if q["text"] not in text:
            errors.append(f"{name}: quote not in text: {q['text']!r}")
        if q["speaker"] is not None and q["speaker"] not in names:
            errors.append(f"{name}: quote speaker not listed: {q['speaker']!r}")
        if not isinstance(q.get("partial", False), bool):
            errors.append(f"{name}: partial must be a bool: {q['text']!r}")
    return errors


def check_figures(name: str, text: str, gold: dict, names: set[str]) -> list[str]:
    """Figure raws and contexts occur verbatim; kinds, values and speakers are well formed."""
    errors = []
    raws = Counter(f["raw"] for f in gold["figures"])
    for raw, n in raws.items():
        if text.count(raw) < n:
            errors.append(f"{name}: figure raw {raw!r} annotated {n} times, occurs {text.count(raw)} times")
    for f in gold["figures"]:
        if f["kind"] not in KINDS:
            errors.append(f"{name}: unknown figure kind {f['kind']!r} for {f['raw']!r}")
        if not isinstance(f["value"], (int, float)) or not f.get("unit"):
            errors.append(f"{name}: figure needs a numeric value and a unit: {f['raw']!r}")
        if "context" in f and f["context"] not in text:
            errors.append(f"{name}: figure context not in text: {f['context']!r}")
        if f.get("speaker") is not None and f["speaker"] not in names:
            errors.append(f"{name}: figure speaker not listed: {f['speaker']!r}")
    return errors


def check_speakers(name: str, gold: dict) -> list[str]:
    """Every listed speaker has at least one quote, and institutions are marked."""
    quoted = {q["speaker"] for q in gold["quotes"]}
    errors = [
        f"{name}: speaker without a quote: {s['name']!r}" for s in gold["speakers"] if s["name"] not in quoted
    ]
    errors += [
        f"{name}: bad speaker kind {s['kind']!r}"
        for s in gold["speakers"]
        if "kind" in s and s["kind"] != "organization"
    ]
    return errors


def check_coverage(name: str, text: str, gold: dict, nonquotes: list[str]) -> list[str]:
    """Every quoted span is a gold quote or a listed non-quote, and the counts match."""
    expected = sorted([q["text"] for q in gold["quotes"]] + nonquotes)
    found = sorted(quoted_spans(text))
    if expected == found:
        return []
    missing = sorted(set(found) - set(expected))
    extra = sorted(set(expected) - set(found))
    return [f"{name}: quoted spans differ; unannotated {missing!r}, not found {extra!r}"]


def check_article(txt: Path, nonquotes: list[str]) -> list[str]:
    """All checks for one article."""
    name = txt.name.removesuffix(".txt")
    text = txt.read_text(encoding="utf-8")
    gold_path = txt.with_name(name + ".gold.json")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return [f"{name}: cannot read gold: {exc}"]
    errors = []
    if gold.get("url_suffix") != name + ".html":
        errors.append(f"{name}: url_suffix should be {name}.html")
    words = len(text.split())
    if not WORD_RANGE[0] <= words <= WORD_RANGE[1]:
        errors.append(f"{name}: {words} words, outside {WORD_RANGE}")
    if "\n\n" in text or not text.strip():
        errors.append(f"{name}: blank line or empty text")
    names = {s["name"] for s in gold["speakers"]}
    errors += check_quotes(name, text, gold, names)
    errors += check_figures(name, text, gold, names)
    errors += check_speakers(name, gold)
    errors += check_coverage(name, text, gold, nonquotes)
    return errors


def main() -> int:
    """Check every x10 article in this folder; print a summary and return 1 on any error."""
    nonquote_rows = json.loads((HERE / "nonquotes.json").read_text(encoding="utf-8"))
    texts = sorted(HERE.glob("x10-*.txt"))
    errors = []
    for row in nonquote_rows:
        if not (HERE / f"{row['article']}.txt").exists():
            errors.append(f"nonquotes.json: unknown article {row['article']!r}")
    for txt in texts:
        own = [r["text"] for r in nonquote_rows if r["article"] == txt.stem]
        errors += check_article(txt, own)
    for line in errors:
        print(line)
    print(f"{len(texts)} articles, {len(nonquote_rows)} non-quotes, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
