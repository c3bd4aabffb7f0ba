"""Near-duplicate detection, pure: content hash first, then MinHash similarity."""

from __future__ import annotations

from datetime import UTC, datetime

import polars as pl

from tasks.duplicates import FINGERPRINTS, link_duplicates, window

STORY = (
    "Defense ministers meeting in Brussels agreed on Thursday to a new set of capability targets, "
    "committing the alliance to buy more air defense, long-range fires and ammunition over the next "
    "five years. Officials said the targets, drawn up by military planners over eighteen months, would "
    "require most members to raise spending well above current levels. Several delegations argued that "
    "the timeline was too short for their parliaments, while eastern allies pressed for faster delivery. "
    "The secretary general told reporters that the plan was affordable if governments started now, and "
    "that industry had signalled it could expand production lines once long-term contracts were signed. "
    "A senior diplomat said the debate over who pays would dominate the summit in June, where leaders "
    "are expected to endorse a new spending benchmark and a schedule for reaching it."
)
OTHER = " ".join(
    f"Line {i}: the shipyard hired welders and launched a frigate after delays." for i in range(12)
)

NOTHING_KNOWN = pl.DataFrame(schema=FINGERPRINTS | {"content_hash": pl.String, "duplicate_of": pl.String})


def frame(rows: list[tuple[str, int, str]]) -> pl.DataFrame:
    return pl.DataFrame(
        [
            {
                "article_id": a,
                "published_at": datetime(2026, 11, day, tzinfo=UTC),
                "content_hash": str(hash(t)),
                "text": t,
            }
            for a, day, t in rows
        ]
    )


def test_same_text_links_by_hash_and_edited_copy_by_minhash() -> None:
    edited = STORY.replace("argued", "quarrelled", 1) + " One more paragraph was added by the second outlet."
    prints, dups = link_duplicates(
        frame([("b", 21, STORY), ("a", 20, STORY), ("c", 22, edited), ("d", 22, OTHER)]),
        NOTHING_KNOWN,
    )
    assert prints["article_id"].to_list() == ["a", "b", "c", "d"]
    got = {r["article_id"]: (r["duplicate_of"], r["method"]) for r in dups.to_dicts()}
    assert got == {"b": ("a", "content_hash"), "c": ("a", "minhash")}
    assert 0.8 <= dups.filter(pl.col("article_id") == "c")["similarity"][0] < 1.0


def test_batch_links_to_earlier_known_articles_and_their_story() -> None:
    first, _ = link_duplicates(
        frame([("a", 20, STORY)]),
        NOTHING_KNOWN,
    )
    known = first.with_columns(content_hash=pl.lit(str(hash(STORY))), duplicate_of=pl.lit(None, pl.String))
    known = pl.concat([known, known.with_columns(article_id=pl.lit("b"), duplicate_of=pl.lit("a"))])
    _, dups = link_duplicates(frame([("c", 23, STORY + " A closing line.")]), known)
    assert dups.select("article_id", "duplicate_of").rows() == [("c", "a")]


def test_reprocessing_an_article_does_not_link_it_to_itself() -> None:
    prints, _ = link_duplicates(
        frame([("a", 20, STORY)]),
        NOTHING_KNOWN,
    )
    known = prints.with_columns(content_hash=pl.lit(str(hash(STORY))), duplicate_of=pl.lit(None, pl.String))
    _, dups = link_duplicates(frame([("a", 20, STORY)]), known)
    assert dups.height == 0


def test_different_stories_stay_apart_and_window_widens_dates() -> None:
    _, dups = link_duplicates(
        frame([("a", 20, STORY), ("d", 21, OTHER)]),
        NOTHING_KNOWN,
    )
    assert dups.height == 0
    lo, hi = window(frame([("a", 20, STORY), ("d", 25, OTHER)]), days=3)
    assert (lo.day, hi.day) == (17, 28)


def test_re_processing_an_original_does_not_make_it_a_copy_of_its_own_copy() -> None:
    prints, _ = link_duplicates(frame([("x", 20, STORY)]), NOTHING_KNOWN)
    known = pl.concat(
        [
            prints.with_columns(content_hash=pl.lit(str(hash(STORY))), duplicate_of=pl.lit(None, pl.String)),
            prints.with_columns(
                article_id=pl.lit("y"), content_hash=pl.lit(str(hash(STORY))), duplicate_of=pl.lit("x")
            ),
        ]
    )
    _, dups = link_duplicates(frame([("x", 20, STORY)]), known)
    assert dups.height == 0
