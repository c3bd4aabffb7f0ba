"""Dev scoring: clean a folder of pages, extract, and score against gold without running the pipeline.

    .venv/bin/python bench/quick_score.py --pages DIR --gold DIR [--verbose] [--score PATH]

Each DIR/*.html is cleaned with tasks.clean.clean_html and extracted with tasks.extract.extract_batch;
the frames go into a temporary DuckDB file (articles, speakers, quotes, figures; url =
http://127.0.0.1/ + file name, so gold url_suffix matches) which the eval kit's score.py reads.
This is a measuring aid for rule work; `sitrep run` with the harness is the real measurement.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb
import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tasks.clean import clean_html  # noqa: E402
from tasks.extract import extract_batch  # noqa: E402
from tasks.ids import stable_id  # noqa: E402

DEFAULT_SCORE = ROOT.parent / "shared" / "eval" / "score.py"


def load_articles(pages: Path) -> pl.DataFrame:
    """One row per page that cleans to an article: article_id, url, text."""
    rows = []
    for page in sorted(pages.glob("*.html")):
        url = "http://127.0.0.1/" + page.name
        doc = clean_html(page.read_text(encoding="utf-8", errors="replace"), url)
        if doc is not None:
            rows.append({"article_id": stable_id(url), "url": url, "text": doc["text"]})
    return pl.DataFrame(rows, schema={"article_id": pl.String, "url": pl.String, "text": pl.String})


def write_warehouse(path: Path, articles: pl.DataFrame, frames: dict[str, pl.DataFrame]) -> None:
    """The four tables score.py reads, created from registered frames (no values in SQL)."""
    con = duckdb.connect(str(path))
    for name, df in {"articles": articles, **frames}.items():
        con.register("frame_view", df.to_arrow())
        con.execute(f"create table {name} as select * from frame_view")
        con.unregister("frame_view")
    con.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", required=True, type=Path)
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--score", type=Path, default=DEFAULT_SCORE, help="path to the eval kit's score.py")
    args = ap.parse_args()
    articles = load_articles(args.pages)
    frames = extract_batch(articles)
    with tempfile.TemporaryDirectory() as tmp:
        warehouse = Path(tmp) / "quick.duckdb"
        write_warehouse(warehouse, articles, frames)
        cmd = [str(ROOT / ".venv" / "bin" / "python"), str(args.score), "--warehouse", str(warehouse)]
        cmd += ["--gold", str(args.gold)] + (["--verbose"] if args.verbose else [])
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    print(result.stdout, end="")
    print(result.stderr, end="", file=sys.stderr)
    sys.exit(result.returncode)


if __name__ == "__main__":
    main()
