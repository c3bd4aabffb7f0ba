"""Record, or compare against, the extractor's whole output over every text the project holds.

A speed change to the rules must not change a single row. This script runs
`tasks.extract.extract_article` over the demo corpus (cleaned), the gold and held-out texts under
`tests/`, any extra folders of HTML pages given with `--pages`, and seeded shuffles that mix
paragraphs of different articles (new neighbours for the cross-paragraph rules), then writes
every quote, speaker and figure as JSON lines, or diffs them against a file written before.

    .venv/bin/python bench/extract_snapshot.py --write /tmp/before.jsonl
    .venv/bin/python bench/extract_snapshot.py --check /tmp/before.jsonl

Compare snapshots taken over the same texts: the shuffles draw from all of them, so adding an
article under tests/ changes every shuffle (write a new reference first, then change the code).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitrep.demo import DEMO_SITE  # noqa: E402
from tasks.clean import clean_html  # noqa: E402
from tasks.extract import extract_article  # noqa: E402


def project_texts(pages: list[Path]) -> list[tuple[str, str]]:
    """(name, text) for the demo pages, tests' .txt articles and the extra page folders."""
    texts = []
    for folder in [DEMO_SITE, *pages]:
        for page in sorted(folder.rglob("*.html")):
            cleaned = clean_html(page.read_bytes(), f"http://127.0.0.1/{page.name}")
            texts.append((str(page.relative_to(folder.parent)), cleaned["text"] or ""))
    for txt in sorted((ROOT / "tests").glob("*/*.txt")):
        texts.append((str(txt.relative_to(ROOT)), txt.read_text(encoding="utf-8")))
    return texts


def shuffles(texts: list[tuple[str, str]], n: int, seed: int = 3) -> list[tuple[str, str]]:
    """n articles of 4-16 paragraphs drawn from all texts: new neighbours for every rule."""
    rng = random.Random(seed)
    paragraphs = [p for _, t in texts for p in t.split("\n") if p.strip()]
    return [(f"shuffle-{i}", "\n".join(rng.sample(paragraphs, rng.randint(4, 16)))) for i in range(n)]


def rows(name: str, text: str) -> list[str]:
    """One JSON line per quote and per figure of the text, in extraction order."""
    out = extract_article(text)
    lines = [json.dumps({"article": name, "quote": q.as_dict()}, sort_keys=True) for q in out.quotes]
    lines += [json.dumps({"article": name, "figure": f.as_dict()}, sort_keys=True) for f in out.figures]
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="record the output to this file")
    mode.add_argument("--check", type=Path, help="compare the output with this file")
    ap.add_argument("--pages", type=Path, action="append", default=[], help="extra folder of HTML pages")
    ap.add_argument("--shuffles", type=int, default=3000, help="mixed-paragraph articles to add")
    args = ap.parse_args()
    texts = project_texts(args.pages)
    texts += shuffles(texts, args.shuffles)
    lines = [line for name, text in texts for line in rows(name, text)]
    print(f"{len(texts)} texts, {len(lines)} rows")
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return
    before = args.check.read_text(encoding="utf-8").splitlines()
    if before == lines:
        print("identical")
        return
    gone, new = set(before) - set(lines), set(lines) - set(before)
    for line in sorted(gone)[:20]:
        print("- " + line)
    for line in sorted(new)[:20]:
        print("+ " + line)
    sys.exit(f"differs: {len(gone)} rows gone, {len(new)} rows new (order may differ too)")


if __name__ == "__main__":
    main()
