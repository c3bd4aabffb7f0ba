"""Near-duplicate articles: wire copy, syndication and lightly edited republications.

One story often reaches the warehouse under several URLs. An article is linked to the earliest
article it repeats, by the same content hash first, else by MinHash (datasketch) over word
5-shingles with an estimated Jaccard similarity of at least SIMILARITY. Analysts count stories
(`story_id` = the earliest copy) rather than copies, so a syndicated quote is counted once.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import polars as pl
from datasketch import MinHash, MinHashLSH
from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks import warehouse
from tasks.ids import fold

NUM_PERM = 128
SCHEME = "affine32"
SHINGLE = 5
SIMILARITY = 0.8
CANDIDATES = 0.5  # LSH recall threshold: generous, then each candidate is checked against SIMILARITY
WORD = re.compile(r"\w+")

FINGERPRINTS = {"article_id": pl.String, "published_at": pl.Datetime("us", "UTC"), "minhash": pl.Binary}
DUPLICATES = {
    "article_id": pl.String,
    "duplicate_of": pl.String,
    "method": pl.String,
    "similarity": pl.Float64,
}


def shingles(text: str) -> list[bytes]:
    """Word 5-grams of the folded text (the whole text when it is shorter)."""
    words = WORD.findall(fold(text))
    if len(words) <= SHINGLE:
        return [" ".join(words).encode()]
    return [" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)]


def minhash(text: str) -> MinHash:
    """The article's MinHash signature."""
    sig = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    sig.update_batch(shingles(text))
    return sig


def to_bytes(sig: MinHash) -> bytes:
    return sig.hashvalues.astype(np.uint32).tobytes()


def from_bytes(blob: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(blob, dtype=np.uint32).copy(), scheme=SCHEME)


class _Index:
    """Articles seen so far: by content hash, and in an LSH index by signature."""

    def __init__(self) -> None:
        self.by_hash: dict[str, str] = {}
        self.sigs: dict[str, MinHash] = {}
        self.root: dict[str, str] = {}
        self.lsh = MinHashLSH(threshold=CANDIDATES, num_perm=NUM_PERM)

    def add(self, article_id: str, content_hash: str | None, sig: MinHash, root: str) -> None:
        if content_hash:
            self.by_hash.setdefault(content_hash, article_id)
        if article_id not in self.sigs:
            self.lsh.insert(article_id, sig)
        self.sigs[article_id] = sig
        self.root[article_id] = root

    def match(self, article_id: str, content_hash: str | None, sig: MinHash) -> tuple[str, str, float] | None:
        """(earliest copy, method, similarity) of the best earlier match, or None."""
        same = self.by_hash.get(content_hash or "")
        if same and self.root[same] != article_id and same != article_id:
            return self.root[same], "content_hash", 1.0
        best: tuple[float, str] | None = None
        for other in self.lsh.query(sig):
            if other == article_id or self.root[other] == article_id:  # its own copy
                continue
            score = sig.jaccard(self.sigs[other])
            if score >= SIMILARITY and (best is None or (score, other) > best):
                best = (score, other)
        return (self.root[best[1]], "minhash", round(best[0], 4)) if best else None


def _ordered(frame: pl.DataFrame) -> pl.DataFrame:
    """Earliest first: the first copy of a story is the one others point to."""
    return frame.sort(["published_at", "article_id"], nulls_last=True)


def link_duplicates(articles: pl.DataFrame, known: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(fingerprints, duplicates) for a batch of articles against the known articles.

    `articles`: article_id, published_at, content_hash, text. `known`: article_id, published_at,
    content_hash, minhash, duplicate_of (null for a story's first copy). Articles of the batch
    are also matched against each other, earliest first.
    """
    index = _Index()
    batch_ids = set(articles["article_id"].to_list())
    for row in _ordered(known.filter(~pl.col("article_id").is_in(list(batch_ids)))).iter_rows(named=True):
        index.add(
            row["article_id"],
            row["content_hash"],
            from_bytes(row["minhash"]),
            row["duplicate_of"] or row["article_id"],
        )
    prints, dups = [], []
    for row in _ordered(articles).iter_rows(named=True):
        sig = minhash(row["text"] or "")
        hit = index.match(row["article_id"], row["content_hash"], sig)
        root = hit[0] if hit else row["article_id"]
        if hit:
            dups.append(
                {
                    "article_id": row["article_id"],
                    "duplicate_of": root,
                    "method": hit[1],
                    "similarity": hit[2],
                }
            )
        index.add(row["article_id"], row["content_hash"], sig, root)
        prints.append(
            {"article_id": row["article_id"], "published_at": row["published_at"], "minhash": to_bytes(sig)}
        )
    return pl.DataFrame(prints, schema=FINGERPRINTS), pl.DataFrame(dups, schema=DUPLICATES)


def window(articles: pl.DataFrame, days: int = 30) -> tuple[datetime | None, datetime | None]:
    """The publication window to compare a batch against: its dates, widened by `days`."""
    dates = articles["published_at"].drop_nulls()
    if dates.is_empty():
        return None, None
    return dates.min() - timedelta(days=days), dates.max() + timedelta(days=days)


@task(name="link-duplicates", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def find_duplicates(warehouse_path: Path, articles: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Read the fingerprints of articles near the batch's dates, then link the batch's copies."""
    lo, hi = window(articles)
    lo = lo or datetime(1900, 1, 1, tzinfo=UTC)
    hi = hi or datetime(2999, 1, 1, tzinfo=UTC)
    with warehouse.connect(warehouse_path, read_only=True) as con:
        known = warehouse.select(con, warehouse.statement("known_fingerprints"), [lo, hi])
    return link_duplicates(articles, known)
