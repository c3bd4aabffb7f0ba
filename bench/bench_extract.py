"""Extractor speed beside trafilatura, on the demo corpus scaled to N articles, in one run.

Issue 3's targets: the extractor (quotes + speakers + figures) costs < 10% of trafilatura's
cleaning time on the same pages, and handles >= 500 articles/second on one core. Both are
measured here in the same process, so a noisy machine moves both sides alike.

The extractor runs as the pipeline runs it, a batch of articles at a time (`extract_texts`, stage by
stage). The corpus repeats its pages, so each batch is one cycle of them and the extractor's small
name caches (functools caches in `tasks`) are emptied before each: every page is met once per
warm-up, as distinct articles of one night would be, not 70 times.

    .venv/bin/python bench/bench_extract.py [--articles 2000] [--repeat 3] [--pages DIR]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import tasks.figures
from sitrep.demo import DEMO_SITE
from tasks.clean import clean_html
from tasks.extract import extract_article, extract_texts


def corpus(n: int, root: Path = DEMO_SITE) -> tuple[list[tuple[str, bytes]], int]:
    """n (url, html) pairs cycling over the pages under `root` (the demo corpus by default),
    and the cycle's length (the number of distinct pages)."""
    pages = sorted(p for p in root.rglob("*.html"))
    if not pages:
        sys.exit(f"no pages under {root}")
    pairs = [
        (f"http://127.0.0.1/{i}/{pages[i % len(pages)].name}", pages[i % len(pages)].read_bytes())
        for i in range(n)
    ]
    return pairs, len(pages)


def extractor_caches() -> list[Callable]:
    """Every functools cache in the loaded `tasks` modules (they key on names and phrases)."""
    modules = [m for name, m in sys.modules.items() if name.startswith("tasks.")]
    return [f for m in modules for f in vars(m).values() if callable(getattr(f, "cache_clear", None))]


def extract_cycled(texts: list[str], distinct: int, caches: list[Callable]) -> None:
    """Extract the texts as the pipeline does, a batch at a time (`extract_texts`), each batch one
    cycle of the corpus (its distinct pages), with the caches emptied before each batch."""
    for i in range(0, len(texts), distinct):
        for c in caches:
            c.cache_clear()
        batch = texts[i : i + distinct]
        extract_texts(batch, ["USD"] * len(batch))


def is_compiled() -> bool:
    """Whether the extractor's rules run from their compiled build (tasks.figures is an extension)."""
    return not tasks.figures.__file__.endswith(".py")


def best_of(repeat: int, fn) -> float:
    """The fastest of `repeat` timed calls (the least disturbed by other load)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--pages", type=Path, default=DEMO_SITE, help="folder of HTML pages (default: the demo corpus)"
    )
    args = ap.parse_args()
    pages, distinct = corpus(args.articles, args.pages)
    texts = [clean_html(html, url)["text"] for url, html in pages]
    words = sum(len(t.split()) for t in texts) / len(texts)
    clean_s = best_of(args.repeat, lambda: [clean_html(html, url) for url, html in pages])
    caches = extractor_caches()
    extract_s = best_of(args.repeat, lambda: extract_cycled(texts, distinct, caches))
    quotes = sum(len(extract_article(t).quotes) for t in texts)
    build = "compiled with mypyc" if is_compiled() else "plain Python"
    print(f"extractor build: {build} (sitrep/compiled.py)")
    print(f"articles: {len(texts)} ({args.pages} cycled; {words:.0f} words each on average, {quotes} quotes)")
    print(f"trafilatura clean:  {clean_s:.3f} s  ({len(texts) / clean_s:,.0f} articles/s)")
    print(
        f"extractor:          {extract_s:.3f} s  ({len(texts) / extract_s:,.0f} articles/s, one core; "
        f"{len(caches)} name caches emptied every {distinct} articles)"
    )
    print(f"extractor / clean:  {extract_s / clean_s:.1%}   (target < 10%)")
    print(f"extractor rate:     {len(texts) / extract_s:,.0f} articles/s   (target >= 500)")


if __name__ == "__main__":
    main()
