"""Bad rows through the real flow: each kind lands in `quarantine` while the rest loads, and a
batch over the threshold fails the run and loads nothing.

Article-level faults come from real pages (too short, wrong language, dated in the future or
before 1990). Row-level faults the extractor does not make on its own (runaway quotes, bad
offsets, "He" as a speaker, ...) are injected by wrapping the real extractor's output.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import polars as pl
import pytest

from flows.backfill import backfill
from flows.nightly import nightly
from sitrep.demo import DEMO_SITE, serve
from tasks import extract
from tasks.publish import working_path
from tasks.validate import BatchRejected

pytestmark = pytest.mark.usefixtures("prefect_harness", "polite_env")

GOOD = sorted((DEMO_SITE / "allied-wire").glob("*.html"))[:6]
PARAGRAPH = (
    "<p>Officials said the exercise would test how quickly the brigade could move across the border "
    "region, with engineers bridging two rivers and logistics units refuelling vehicles at night.</p>"
)


def page(title: str, body: str, lang: str = "en") -> str:
    return (
        f'<!doctype html><html lang="{lang}"><head><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


BAD_PAGES = {
    "short.html": (
        "Brief",
        page("Brief", "<p>Too short to be an article.</p>"),
        "Mon, 23 Nov 2026 08:00:00 GMT",
    ),
    "french.html": (
        "Exercice",
        page(
            "Exercice",
            "<p>Les ministres de la Défense ont annoncé mardi un nouvel exercice militaire dans la région, "
            "avec des milliers de soldats et des dizaines de navires venus de plusieurs pays alliés.</p>"
            "<p>Le commandement a précisé que les manœuvres dureraient deux semaines et mobiliseraient "
            "des unités terrestres, aériennes et navales, ainsi que des équipes de logistique.</p>"
            "<p>Les observateurs attendent des précisions sur le calendrier et sur la participation "
            "de plusieurs pays partenaires qui n'ont pas encore confirmé leur venue.</p>",
            lang="fr",
        ),
        "Mon, 23 Nov 2026 09:00:00 GMT",
    ),
    "future.html": ("Future", page("Future", PARAGRAPH * 3), "Mon, 23 Nov 2099 09:00:00 GMT"),
    "ancient.html": ("Ancient", page("Ancient", PARAGRAPH * 3), "Mon, 19 Nov 1985 09:00:00 GMT"),
}


def build_site(root: Path, bad: bool = True) -> None:
    (root / "feeds").mkdir(parents=True)
    (root / "pages").mkdir()
    items = []
    for src in GOOD:
        shutil.copy(src, root / "pages" / src.name)
        items.append((src.stem, src.name, "Tue, 24 Nov 2026 10:00:00 GMT"))
    for name, (title, html, date) in (BAD_PAGES if bad else {}).items():
        (root / "pages" / name).write_text(html, encoding="utf-8")
        items.append((title, name, date))
    xml = "".join(
        f"<item><title>{t}</title><link>{{{{BASE}}}}/pages/{n}</link><pubDate>{d}</pubDate></item>"
        for t, n, d in items
    )
    (root / "feeds" / "gate.rss").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>gate</title>{xml}</channel></rss>',
        encoding="utf-8",
    )


def corrupt(frames: dict[str, pl.DataFrame], articles: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """One bad row of each row-level kind, appended to the real extraction of the first article."""
    aid = articles["article_id"][0]
    text = articles["text"][0]
    quotes, figures, speakers = frames["quotes"], frames["figures"], frames["speakers"]
    q = quotes.filter(pl.col("article_id") == aid).row(0, named=True)
    f = figures.filter(pl.col("article_id") == aid).row(0, named=True)
    bad_quotes = [
        q | {"quote_id": "runaway", "start_char": 0, "end_char": len(text), "text": text},
        q | {"quote_id": "outside", "start_char": len(text) + 5, "end_char": len(text) + 9, "text": "gone"},
        q | {"quote_id": "mismatch", "text": q["text"] + " (edited)"},
    ]
    if len(text) <= 1000:
        bad_quotes[0] = q | {"quote_id": "runaway", "end_char": q["start_char"] + 1500, "text": "x" * 1500}
    bad_figures = [
        f | {"figure_id": "kind", "kind": "vibes"},
        f | {"figure_id": "infinite", "value": float("inf")},
        f | {"figure_id": "percent", "kind": "percent", "unit": "percent", "value": 5000.0},
    ]
    bad_speakers = [{"speaker_id": "he", "name": "He", "title": None, "organization": None, "kind": "person"}]
    return {
        "quotes": pl.concat([quotes, pl.DataFrame(bad_quotes, schema=quotes.schema)]),
        "figures": pl.concat([figures, pl.DataFrame(bad_figures, schema=figures.schema)]),
        "speakers": pl.concat([speakers, pl.DataFrame(bad_speakers, schema=speakers.schema)]),
    }


def run_night(root: Path, warehouse_path: Path, max_failed_share: float) -> dict:
    """One real nightly run over the site under root/site, served on loopback for the run."""
    with serve(root / "site") as site:
        feeds = root / "feeds.yaml"
        feeds.write_text(site.feeds_yaml(), encoding="utf-8")
        return nightly(
            feeds_path=str(feeds), warehouse_path=str(warehouse_path), max_failed_share=max_failed_share
        )


@pytest.fixture
def corrupting_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    real = extract.extract_batch
    monkeypatch.setattr(extract, "extract_batch", lambda articles: corrupt(real(articles), articles))


def test_each_kind_of_bad_row_is_quarantined_and_the_rest_loads(tmp_path: Path, corrupting_extractor) -> None:
    build_site(tmp_path / "site")
    wh = tmp_path / "w.duckdb"
    result = run_night(tmp_path, wh, max_failed_share=0.5)
    assert result["outcome"] == "completed" and result["rows_quarantined"] > 0
    con = duckdb.connect(str(wh), read_only=True)
    held = con.execute('SELECT "table", expectation, row_key FROM quarantine').fetchall()
    urls = {u.rsplit("/", 1)[-1] for (u,) in con.execute("SELECT url FROM articles").fetchall()}
    keys_by_table = {}
    for table, expectation, key in held:
        keys_by_table.setdefault(table, {})[key] = expectation
    article_reasons = keys_by_table["articles"]
    assert len(article_reasons) == 4  # short, french, future, ancient
    assert {e.split("(")[1].rstrip(")") for e in article_reasons.values()} == {
        "text_length",
        "language",
        "published_ok",
    }
    assert keys_by_table["quotes"]["runaway"].endswith("(text_length)")
    assert keys_by_table["quotes"]["outside"].endswith("(offsets_in_text)")
    assert keys_by_table["quotes"]["mismatch"].endswith("(text_matches_article)")
    assert keys_by_table["figures"]["kind"].endswith("(kind)")
    assert keys_by_table["figures"]["infinite"].endswith("(value_finite)")
    assert keys_by_table["figures"]["percent"].endswith("(percent_sane)")
    assert keys_by_table["speakers"]["he"].endswith("(looks_like_name)")
    assert urls == {p.name for p in GOOD}  # every good article loaded, no bad one
    loaded_quotes = {k for (k,) in con.execute("SELECT quote_id FROM quotes").fetchall()}
    assert not {"runaway", "outside", "mismatch"} & loaded_quotes and len(loaded_quotes) > 10
    assert con.execute("SELECT count(*) FROM speakers WHERE name = 'He'").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM dq_results WHERE NOT success").fetchone()[0] >= 7
    con.close()


def test_a_batch_over_the_threshold_fails_the_run_and_loads_nothing(
    tmp_path: Path, corrupting_extractor
) -> None:
    build_site(tmp_path / "site")
    wh = tmp_path / "w.duckdb"
    with pytest.raises(BatchRejected, match=r"worst: .*articles\."):
        run_night(tmp_path, wh, max_failed_share=0.01)
    assert not wh.exists()  # a failed run publishes nothing for analysts
    con = duckdb.connect(str(working_path(wh)), read_only=True)  # the flows' own file keeps the diagnostics
    counts = [
        con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "quotes", "figures")
    ]
    assert counts == [0, 0, 0]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone()[0] > 0
    assert con.execute("SELECT outcome FROM runs").fetchall() == [("failed",)]
    assert con.execute("SELECT count(*) FROM feeds WHERE etag IS NOT NULL").fetchone() == (0,)
    con.close()


def test_backfill_recovers_a_quarantined_article_once_the_gate_lets_it_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_site(tmp_path / "site")
    wh = tmp_path / "w.duckdb"
    run_night(tmp_path, wh, max_failed_share=0.5)
    monkeypatch.setenv("SITREP_LANGUAGES", "en,fr")  # the fix: French articles are now wanted
    result = backfill(since="2026-01-01", until="2027-01-01", warehouse_path=str(wh), max_failed_share=0.5)
    assert result["outcome"] == "completed"
    con = duckdb.connect(str(wh), read_only=True)
    urls = {u.rsplit("/", 1)[-1] for (u,) in con.execute("SELECT url FROM articles").fetchall()}
    assert urls == {p.name for p in GOOD} | {"french.html"}  # short.html fails again; 2099/1985 out of range
    again = con.execute(
        "SELECT count(*) FROM quarantine WHERE \"table\" = 'articles' AND row_key = "
        "(SELECT row_key FROM quarantine WHERE row_json LIKE '%short.html%' LIMIT 1)"
    ).fetchone()
    assert again == (2,)  # quarantined by the nightly and again by the backfill
    con.close()
