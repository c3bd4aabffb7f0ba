"""Check the x11 gold files against their article texts (stdlib only).

Why: a gold row that does not occur verbatim in its text can never be matched, so it would
silently lower every score. Run `python check_gold.py` from any directory.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"percent", "money", "count", "quantity"}
OPENERS = ('"', "\u201c", "\u00ab", "\u201e")
CLOSERS = ('"', "\u201d", "\u00bb", "\u201c")
MIN_WORDS, MAX_WORDS = 450, 650


def quoted(text: str, span: str) -> bool:
    """True when span stands directly between an opening and a closing quotation mark."""
    return any(o + span + c in text for o in OPENERS for c in CLOSERS)


def check_text(name: str, text: str) -> list[str]:
    """Layout rules: one paragraph per line, no blank lines, length in range."""
    problems = []
    if any(not line.strip() for line in text.rstrip("\n").split("\n")):
        problems.append(f"{name}: blank line")
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        problems.append(f"{name}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
    return problems


def check_gold(name: str, text: str, gold: dict) -> list[str]:
    """Every quote and figure occurs verbatim; every speaker is listed and used."""
    problems = []
    if gold.get("url_suffix") != f"{name}.html":
        problems.append(f"{name}: url_suffix {gold.get('url_suffix')!r}")
    names = {s["name"] for s in gold["speakers"]}
    used = set()
    for q in gold["quotes"]:
        if not quoted(text, q["text"]):
            problems.append(f"{name}: quote not between marks: {q['text'][:60]!r}")
        if q["speaker"] is not None:
            used.add(q["speaker"])
            if q["speaker"] not in names:
                problems.append(f"{name}: quote speaker not listed: {q['speaker']!r}")
    for unused in names - used:
        problems.append(f"{name}: speaker with no quote: {unused!r}")
    for f in gold["figures"]:
        if f["raw"] not in text:
            problems.append(f"{name}: figure raw not in text: {f['raw']!r}")
        if f.get("context") and f["context"].lower() not in text.lower():
            problems.append(f"{name}: context not in text: {f['context']!r}")
        if f["kind"] not in KINDS:
            problems.append(f"{name}: unknown kind {f['kind']!r}")
        if f.get("speaker") and f["speaker"] not in names:
            problems.append(f"{name}: figure speaker not listed: {f['speaker']!r}")
    return problems


def main() -> int:
    """Check every x11-*.gold.json beside this script; print totals."""
    problems: list[str] = []
    totals = {"articles": 0, "words": 0, "quotes": 0, "figures": 0}
    for path in sorted(HERE.glob("x11-*.gold.json")):
        name = path.name.removesuffix(".gold.json")
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        gold = json.loads(path.read_text(encoding="utf-8"))
        problems += check_text(name, text) + check_gold(name, text, gold)
        totals["articles"] += 1
        totals["words"] += len(text.split())
        totals["quotes"] += len(gold["quotes"])
        totals["figures"] += len(gold["figures"])
        print(
            f"{name}: {len(text.split())} words, {len(gold['quotes'])} quotes, {len(gold['figures'])} figures"
        )
    print("\n".join(problems) or "OK", totals)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
