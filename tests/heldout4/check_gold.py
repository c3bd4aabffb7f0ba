"""Consistency checks for the heldout4 gold files (run: python3 check_gold.py).

Checks that each gold file agrees with its text: quotes occur verbatim and every quoted span of the
text is either a gold quote or a declared non-quote (nonquotes.json); figure raws and contexts occur;
in-quote figures carry the speaker of a quote that contains them; values agree with the raw; and
lists numbers in the text that no figure covers, for a human to confirm they are non-figures.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
KINDS = {"percent", "money", "count", "quantity"}
OPEN, CLOSE = "\u201c\u00ab\u201e", "\u201d\u00bb"
NUMWORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"twenty|thirty|forty|fifty|hundred|thousand|dozen|half|third|quarter|fifth|thirds"
)
SCALES = {"thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
WORDVAL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "nine": 9, "ten": 10}


def quote_spans(line):
    """(start, end) of each quoted span; an unclosed quote runs to the end of the line."""
    spans, start, straight_open = [], None, False
    for i, ch in enumerate(line):
        if start is None and (ch in OPEN or (ch == '"' and not straight_open)):
            start, straight_open = i + 1, ch == '"'
        elif start is not None and (ch in CLOSE or ch == '"'):
            spans.append((start, i))
            start, straight_open = None, False
    if start is not None:
        spans.append((start, len(line)))
    return spans


def occurrences(text, raw):
    pat = r"(?<![\w.,$\u00a3\u20ac])" + re.escape(raw) + r"(?![\w%])"
    return [m.start() for m in re.finditer(pat, text)]


def expected_value(raw, kind):
    """Value implied by the raw, or None when the raw is in words."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", raw)
    if not m:
        return None
    v = float(m.group().replace(",", ""))
    low = raw.lower()
    for word, mult in SCALES.items():
        if re.search(r"(?<=[\d\s])" + word + r"\b", low):
            v *= mult
    if "dozen" in low:
        v *= 12
    if "basis point" in low:
        v /= 100
    return v


def check(name, nonquotes):
    errors, notes = [], []
    text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((HERE / f"{name}.gold.json").read_text(encoding="utf-8"))
    lines = text.rstrip("\n").split("\n")
    if any(not line.strip() for line in lines):
        errors.append("blank line in text")
    words = len(text.split())
    if not 350 <= words <= 800:
        errors.append(f"word count {words} outside 350-800")
    if gold["url_suffix"] != f"{name}.html":
        errors.append("url_suffix")
    names = {s["name"] for s in gold["speakers"]}
    spans, in_quote = [], []
    offset = 0
    for line in lines:
        for a, b in quote_spans(line):
            spans.append(line[a:b])
            in_quote.append((offset + a, offset + b))
        offset += len(line) + 1
    gold_texts = Counter(q["text"] for q in gold["quotes"])
    found = Counter(spans)
    for t in gold_texts - found:
        errors.append(f"gold quote not a quoted span of the text: {t!r}")
    for t in found - gold_texts - Counter(nonquotes):
        errors.append(f"quoted span neither gold quote nor declared non-quote: {t!r}")
    for q in gold["quotes"]:
        if q["text"] not in text:
            errors.append(f"quote text not verbatim: {q['text']!r}")
        if q["speaker"] is not None and q["speaker"] not in names:
            errors.append(f"quote speaker not in speakers: {q['speaker']}")
    quoted_by = Counter(q["speaker"] for q in gold["quotes"])
    for s in gold["speakers"]:
        if not quoted_by[s["name"]]:
            errors.append(f"speaker without a quote: {s['name']}")
        if s.get("kind") not in (None, "organization"):
            errors.append(f"bad kind for {s['name']}")
    covered = []
    rows = Counter(f["raw"] for f in gold["figures"])
    for raw, n in rows.items():
        occ = occurrences(text, raw)
        if len(occ) < n:
            errors.append(f"figure raw {raw!r}: {n} rows but {len(occ)} occurrences")
        covered += [(o, o + len(raw)) for o in occ]
    for f in gold["figures"]:
        if f["kind"] not in KINDS:
            errors.append(f"bad kind {f['kind']}")
        if f.get("context") and f["context"] not in text:
            errors.append(f"context not in text: {f['context']!r}")
        spk = f.get("speaker")
        if spk:
            if not any(q["speaker"] == spk and f["raw"] in q["text"] for q in gold["quotes"]):
                errors.append(f"figure {f['raw']!r} not inside a quote of {spk}")
        elif not any(not any(a <= o < b for a, b in in_quote) for o in occurrences(text, f["raw"])):
            errors.append(f"figure {f['raw']!r} only occurs inside quotes but has no speaker")
        exp = expected_value(f["raw"], f["kind"])
        if exp is not None and abs(exp - f["value"]) > 1e-6 * max(1, abs(exp)):
            notes.append(f"value check: {f['raw']!r} gold {f['value']} vs parsed {exp}")
    pat = re.compile(r"\d[\d,.]*\d|\d|\b(?:" + NUMWORDS + r")\b", re.I)
    for m in pat.finditer(text):
        if not any(a <= m.start() < b for a, b in covered):
            ctx = text[max(0, m.start() - 25) : m.end() + 15].replace("\n", " | ")
            notes.append(f"uncovered number {m.group()!r}: ...{ctx}...")
    return errors, notes, words, len(gold["quotes"]), len(gold["speakers"]), len(gold["figures"])


def main():
    nonquotes = json.loads((HERE / "nonquotes.json").read_text(encoding="utf-8"))
    verbose = "-v" in sys.argv
    totals, bad = Counter(), 0
    for path in sorted(HERE.glob("x4-*.txt")):
        name = path.stem
        errors, notes, w, q, s, f = check(name, nonquotes.get(name, []))
        totals.update(articles=1, words=w, quotes=q, speakers=s, figures=f)
        print(f"{name}: {w} words, {q} quotes, {s} speakers, {f} figures, {len(errors)} errors")
        for e in errors:
            print("  ERROR", e)
        if verbose:
            for n in notes:
                print("  note ", n)
        bad += bool(errors)
    print(dict(totals))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
