"""Score the extractor on a folder of plain-text articles with gold annotations, no pipeline run.

    .venv/bin/python bench/score_heldout.py [--dir tests/heldout] [--verbose]

Each DIR/NAME.txt (or DIR/NAME.html, cleaned with `tasks.clean.clean_html` first) is extracted
with `tasks.extract.extract_article` and scored against DIR/NAME.gold.json with the same rules as
the eval kit's scorer (reimplemented here, since the project must not depend on the kit): a gold
quote is found when >= 80% of its words are covered in order by the predicted quotes; a predicted
quote is correct when >= 80% of its words are covered by the gold quotes; a found gold quote is
attributed right when the predicted quote covering most of it names the gold speaker (case,
accents and a leading "the" folded); a gold figure is found by value within 1e-3 relative and, for
percent and money, the same unit class.
Scores are printed per article prefix (the part before the first "-") and overall.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tasks.clean import clean_html  # noqa: E402
from tasks.extract import extract_article  # noqa: E402

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
COVER = 0.8
MIN_GROUP_ROWS = 50  # gold rows a prefix needs for its own line (tests/gold prefixes are one-offs)
PERCENT_UNITS = frozenset({"%", "percent", "per cent", "pct", "percentage"})


def words(text: str | None) -> list[str]:
    """Lowercase ASCII words of text, curly apostrophes straightened and accents dropped."""
    text = (text or "").replace("\u2019", "'").replace("\u2018", "'")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return WORD.findall(text)


def coverage(target: list[str], others: list[list[str]]) -> tuple[float, int]:
    """Share of target's words matched in order by the others, and the index of the one matching most."""
    if not target:
        return 0.0, -1
    hit = [False] * len(target)
    best, best_n = -1, 0
    for i, other in enumerate(others):
        n = 0
        matcher = difflib.SequenceMatcher(None, target, other, autojunk=False)
        for block in matcher.get_matching_blocks():
            for k in range(block.a, block.a + block.size):
                hit[k] = True
            n += block.size
        if n > best_n:
            best, best_n = i, n
    return sum(hit) / len(target), best


def person_key(name: str | None) -> list[str]:
    """A name's words with a leading "the" dropped."""
    w = words(name)
    return w[1:] if w[:1] == ["the"] else w


def same_speaker(pred: str | None, gold: str | None) -> bool:
    """Full names compared folded; a gold None matches only a predicted None."""
    if gold is None:
        return pred is None
    return bool(pred) and person_key(pred) == person_key(gold)


def unit_class(unit: str | None) -> str:
    """Percent spellings fold to one class; other units compare as written, lowercased."""
    u = (unit or "").strip().lower()
    return "percent" if u in PERCENT_UNITS else u


@dataclass
class Tally:
    """Counts behind precision, recall and attribution accuracy."""

    qp: int = 0
    qp_ok: int = 0
    qg: int = 0
    qg_ok: int = 0
    attr_ok: int = 0
    fp: int = 0
    fp_ok: int = 0
    fg: int = 0
    fg_ok: int = 0
    lines: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("qp", "qp_ok", "qg", "qg_ok", "attr_ok", "fp", "fp_ok", "fg", "fg_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.lines.extend(other.lines)


def score_quotes(name: str, gold: list[dict], pred: list[tuple[str, str | None]], t: Tally) -> None:
    """Quote precision/recall and attribution counts for one article."""
    pw = [words(text) for text, _ in pred]
    gw = [words(q["text"]) for q in gold]
    t.qg += len(gold)
    for q, g in zip(gold, gw, strict=True):
        share, best = coverage(g, pw)
        if share < COVER:
            t.lines.append(f"  MISSED {name}: {q['text'][:90]!r} ({share:.0%}) gold={q['speaker']}")
            continue
        t.qg_ok += 1
        if same_speaker(pred[best][1], q["speaker"]):
            t.attr_ok += 1
        else:
            t.lines.append(f"  WRONG {name}: {q['text'][:70]!r} gold={q['speaker']} got={pred[best][1]}")
    for (text, speaker), p in zip(pred, pw, strict=True):
        t.qp += 1
        if coverage(p, gw)[0] >= COVER:
            t.qp_ok += 1
        else:
            t.lines.append(f"  SPURIOUS {name}: {text[:90]!r} by {speaker}")


def score_figures(name: str, gold: list[dict], pred: list[tuple[str, float, str]], t: Tally) -> None:
    """Figure precision/recall for one article: each predicted figure matches at most one gold one."""
    used: set[int] = set()
    t.fg += len(gold)
    t.fp += len(pred)
    for f in gold:
        value = float(f["value"])
        hit = None
        for j, (_kind, v, unit) in enumerate(pred):
            if j in used or abs(v - value) > 1e-3 * max(1.0, abs(value)):
                continue
            if f["kind"] in ("percent", "money") and unit_class(unit) != unit_class(f.get("unit")):
                continue
            hit = j
            break
        if hit is None:
            t.lines.append(
                f"  MISSED FIGURE {name}: {f.get('raw')} ({f['kind']} {f['value']} {f.get('unit')})"
            )
        else:
            used.add(hit)
            t.fg_ok += 1
    t.fp_ok += len(used)
    for j, (kind, v, unit) in enumerate(pred):
        if j not in used:
            t.lines.append(f"  EXTRA FIGURE {name}: {kind} {v} {unit}")


def article_name(gold_path: Path) -> str:
    return gold_path.name.removesuffix(".gold.json")


def article_text(gold_path: Path) -> str:
    """The article beside gold_path: NAME.txt as written, or NAME.html cleaned as the pipeline does."""
    name = article_name(gold_path)
    page = gold_path.with_name(name + ".html")
    if page.exists():
        cleaned = clean_html(page.read_bytes(), "http://127.0.0.1/" + page.name)
        return cleaned["text"] if cleaned else ""
    return gold_path.with_name(name + ".txt").read_text(encoding="utf-8")


def score_article(gold_path: Path) -> Tally:
    """Extract the article beside gold_path (text, or a page cleaned first) and score it."""
    name = article_name(gold_path)
    text = article_text(gold_path)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    extraction = extract_article(text)
    pred_q = [(q.text, q.speaker.name if q.speaker else None) for q in extraction.quotes]
    pred_f = [(f.kind, float(f.value), f.unit) for f in extraction.figures]
    t = Tally()
    score_quotes(name, gold.get("quotes", []), pred_q, t)
    score_figures(name, gold.get("figures", []), pred_f, t)
    return t


def ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def report(label: str, t: Tally) -> str:
    """One line of scores."""
    return (
        f"{label:<8} quotes P {ratio(t.qp_ok, t.qp):.3f} R {ratio(t.qg_ok, t.qg):.3f} "
        f"({t.qp} pred, {t.qg} gold)  attribution {ratio(t.attr_ok, t.qg_ok):.3f}  "
        f"figures P {ratio(t.fp_ok, t.fp):.3f} R {ratio(t.fg_ok, t.fg):.3f} ({t.fp} pred, {t.fg} gold)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=ROOT / "tests" / "heldout")
    ap.add_argument("--verbose", action="store_true", help="list every miss, wrong speaker and spurious row")
    args = ap.parse_args()
    golds = sorted(args.dir.glob("*.gold.json"))
    if not golds:
        sys.exit(f"no *.gold.json files in {args.dir}")
    groups: dict[str, Tally] = defaultdict(Tally)
    total = Tally()
    for path in golds:
        t = score_article(path)
        groups[path.name.split("-", 1)[0]].add(t)
        total.add(t)
    if args.verbose:
        print("\n".join(total.lines))
    if len(groups) > 1 and all(t.qg + t.fg >= MIN_GROUP_ROWS for t in groups.values()):
        for label in sorted(groups):
            print(report(label, groups[label]))
    print(report("all", total))


if __name__ == "__main__":
    main()
