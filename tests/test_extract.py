"""extract_article links figures to quotes; extract_batch builds conformed frames with stable ids."""

from __future__ import annotations

import polars as pl

from tasks.extract import EXTRACTOR_VERSION, extract_article, extract_batch
from tasks.ids import fold, stable_id
from tasks.schema import TABLES
from tasks.spans import ArticleExtraction, Figure, Quote, Speaker

TEXT = (
    "Defense Secretary Pete Hegseth spoke in Brussels, where 20,000 troops are based.\n"
    '"Every country has to contribute at that level of 5% of GDP," Hegseth said.\n'
    '"We agree," NATO Secretary General Mark Rutte said.'
)


def test_extract_article_links_a_figure_to_the_quote_it_is_said_in() -> None:
    got = extract_article(TEXT)
    assert [q.speaker.name for q in got.quotes] == ["Pete Hegseth", "Mark Rutte"]
    by_raw = {f.raw: f for f in got.figures}
    assert by_raw["5%"].quote_index == 0
    assert by_raw["20,000 troops"].quote_index is None
    for q in got.quotes:
        assert TEXT[q.start : q.end] == q.text


def test_extract_batch_frames_ids_and_versions() -> None:
    articles = pl.DataFrame({"article_id": ["a1", "a2"], "text": [TEXT, '"We agree," Mark Rutte said.']})
    frames = extract_batch(articles)
    for table in ("speakers", "quotes", "figures"):
        assert frames[table].schema == pl.Schema(TABLES[table])
    speakers = frames["speakers"]
    assert sorted(speakers["name"].to_list()) == ["Mark Rutte", "Pete Hegseth"]
    rutte = speakers.filter(pl.col("name") == "Mark Rutte").row(0, named=True)
    assert rutte["speaker_id"] == stable_id(fold("Mark Rutte"))
    assert (rutte["title"], rutte["organization"]) == ("Secretary General", "NATO")
    quotes = frames["quotes"]
    assert quotes.height == 3
    assert set(quotes["extractor_version"]) == {EXTRACTOR_VERSION}
    first = quotes.row(0, named=True)
    assert first["quote_id"] == stable_id("a1", first["start_char"], first["end_char"])
    figures = frames["figures"]
    pct = figures.filter(pl.col("raw") == "5%").row(0, named=True)
    assert pct["quote_id"] == first["quote_id"]
    assert pct["speaker_id"] == stable_id(fold("Pete Hegseth"))
    assert pct["figure_id"] == stable_id("a1", pct["start_char"], pct["end_char"], pct["kind"], pct["value"])
    assert set(figures["extractor_version"]) == {EXTRACTOR_VERSION}


def test_extract_batch_on_no_articles_gives_empty_conformed_frames() -> None:
    frames = extract_batch(
        pl.DataFrame({"article_id": [], "text": []}, schema={"article_id": pl.String, "text": pl.String})
    )
    assert all(frames[t].height == 0 and frames[t].schema == pl.Schema(TABLES[t]) for t in frames)


def test_a_bare_dollar_is_the_outlet_country_s_dollar() -> None:
    text = "Canberra signed a $10 billion deal and paid US$2 billion for engines."
    articles = pl.DataFrame(
        {
            "article_id": ["au", "us"],
            "text": [text, text],
            "canonical_url": ["https://www.abc.net.au/news/frigates", "https://www.cnn.com/frigates"],
        }
    )
    figures = extract_batch(articles)["figures"].sort("article_id", "start_char")
    assert figures.select("article_id", "unit").rows() == [
        ("au", "AUD"),
        ("au", "USD"),
        ("us", "USD"),
        ("us", "USD"),
    ]


def test_records_are_values_and_turn_into_plain_dicts() -> None:
    hegseth = Speaker("Pete Hegseth", "Defense Secretary")
    quote = Quote(4, 20, "we will deliver", speaker=hegseth)
    assert quote == Quote(4, 20, "we will deliver", False, Speaker("Pete Hegseth", "Defense Secretary"))
    assert quote != Quote(4, 20, "we will deliver", False, Speaker("Pete Hegseth"))
    assert len({hegseth, Speaker("Pete Hegseth", "Defense Secretary", None, "person")}) == 1
    assert hegseth != ("Pete Hegseth", "Defense Secretary", None, "person")  # not a tuple
    assert quote.as_dict() == {
        "start": 4,
        "end": 20,
        "text": "we will deliver",
        "is_partial": False,
        "speaker": {
            "name": "Pete Hegseth",
            "title": "Defense Secretary",
            "organization": None,
            "kind": "person",
        },
    }
    figure = Figure(0, 3, "5%", "percent", 5.0, "percent", "of GDP")
    assert figure.as_dict()["quote_index"] is None and repr(figure).startswith("Figure(0, 3, '5%'")
    extraction = ArticleExtraction([quote], [figure])
    assert extraction.as_dict() == {"quotes": [quote.as_dict()], "figures": [figure.as_dict()]}
    assert extraction == ArticleExtraction([quote], [figure]) and ArticleExtraction() != extraction
