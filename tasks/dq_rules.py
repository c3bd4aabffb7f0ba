"""Derived check columns: the row-level facts GX cannot compute on its own, prepared in Polars.

GX checks one column at a time, but the failures this pipeline really has span columns and
tables (a quote's text against its article's slice, a percent against its context). So this
module turns each such rule into a plain boolean column, and the suites in `expectations/` only
ask GX whether those columns hold. A null flag means "not applicable" (GX skips nulls), so each
root cause fails exactly one expectation: an orphan quote fails `article_in_batch`, not also its
offsets and its text.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import polars as pl

from tasks.institutions import FIRM_NOUNS, PUBLIC_BODIES

EARLIEST_PUBLISHED = datetime(1990, 1, 1, tzinfo=UTC)
# Feeds that mislabel their time zone put items up to 14 h ahead; a day of grace keeps them.
FUTURE_GRACE = timedelta(days=1)

PRONOUNS = frozenset({
    "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "his", "hers", "its",
    "our", "their", "this", "that", "these", "those", "who", "someone", "everyone", "anyone", "nobody"
})  # fmt: skip
SPEECH_VERBS = frozenset({
    "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "stated", "states",
    "explained", "explains", "asked", "asks", "warned", "warns", "argued", "argues", "insisted",
    "insists", "wrote", "writes", "announced", "announces", "declared", "declares", "according",
    "replied", "replies", "urged", "urges", "stressed", "stresses", "claimed", "claims"
})  # fmt: skip
NAME_PARTICLES = frozenset({
    "de", "da", "del", "della", "di", "van", "von", "der", "den", "du", "la", "le", "bin", "ibn", "al",
    "el", "ter", "zu", "y"
})  # fmt: skip
# Capitalized, these are also names ("Edward Said", "Said Jalili"), so only their lowercase form blocks.
VERBS_THAT_ARE_NAMES = frozenset({"said"})
ORG_JOINERS = frozenset({"of", "the", "and", "for", "on", "in", "to", "de", "du", "des", "&"})
MAX_PERSON_WORDS = 6
MAX_ORG_WORDS = 10
MAX_OWNED_WORDS = 3  # "China's state news agency"
INSTITUTION_NOUNS = PUBLIC_BODIES | FIRM_NOUNS
_NAME_TOKEN = re.compile(r"^[^\W\d_][\w'’\-]*\.?$")
_INITIAL = re.compile(r"^[^\W\d_]{1,3}\.$")
_SENTENCE_MARKS = re.compile(r"[,;:!?\"“”()\[\]]")
_ORG_MARKS = re.compile(r"[;:!?\"“”()\[\]]")  # commas are looked at apart
_BAD_COMMA = re.compile(r",(?!\s[A-Z])")  # a comma inside a name lists its parts: "Business, Energy"
# "5% of GDP", "percent of its budget", context "of GDP" or "share": a part of a whole, so <= 100.
# A Polars (Rust) regex over "context | raw", so `^of` is where the context starts.
_SHARE_OF = r"(?i)(%|\bper\s?cent)\s+of\b|^\s*of\b|\bshare\b"


def _words(name: str) -> list[str]:
    return name.split()


def _has_blocked_word(words: list[str], capitals_pass: bool = False) -> bool:
    """A pronoun or a speech verb anywhere means a sentence fragment, not a name. An acronym is no
    pronoun ("US"); in an institution's name a capitalized verb is a word of the name
    ("Organization of American States")."""
    for word in words:
        folded = word.strip(".'’").casefold()
        if folded in PRONOUNS and not (word.isupper() and len(word) > 1):
            return True
        capital = word[0].isupper() and (capitals_pass or folded in VERBS_THAT_ARE_NAMES)
        if folded in SPEECH_VERBS and not capital:
            return True
    return False


def _is_person_token(token: str) -> bool:
    if token.casefold() in NAME_PARTICLES:
        return True
    head, sep, rest = token.partition("-")
    if sep and head.casefold() in NAME_PARTICLES and rest[:1].isupper():  # al-Harbi, el-Sisi
        return _is_person_token(rest)
    return bool(_NAME_TOKEN.match(token)) and token[0].isupper()


def looks_like_person(name: str) -> bool:
    """Capitalized name tokens (particles and initials allowed), at most six, no pronoun or verb."""
    words = _words(name)
    if not words or len(words) > MAX_PERSON_WORDS or _SENTENCE_MARKS.search(name):
        return False
    if _has_blocked_word(words) or not all(_is_person_token(w) for w in words):
        return False
    if words[0].casefold() in NAME_PARTICLES and len(words) == 1:
        return False
    return any(not _INITIAL.match(w) and len(w.strip(".")) >= 2 for w in words)


def looks_like_organization(name: str) -> bool:
    """Institution names are looser than people's ("U.S. Army", "Ministry of Defence", "Marlow &
    Finch", "Department for Business, Energy and Industrial Strategy") and may end in a few
    lowercase words naming the body ("China's defense ministry", "Hong Kong government", "Manhattan
    district attorney's office", "Russian embassy in Helsinki"), but are still not fragments
    ("Trump's remarks were wrong", "Chinese officials")."""
    words = _words(name)
    if not words or len(words) > MAX_ORG_WORDS or _ORG_MARKS.search(name) or _BAD_COMMA.search(name):
        return False
    if _has_blocked_word(words, capitals_pass=True):
        return False
    if not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    words = _without_city(words)
    lower = [i for i, w in enumerate(words) if not _proper_word(w)]
    if not lower:
        return True
    last_proper = max(i for i, w in enumerate(words) if w[0].isupper() or w[0].isdigit())
    return (
        len(lower) <= MAX_OWNED_WORDS and lower[0] > last_proper and words[-1].casefold() in INSTITUTION_NOUNS
    )


def _proper_word(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or word.rstrip(",").casefold() in ORG_JOINERS


def _without_city(words: list[str]) -> list[str]:
    """The name without the city a mission sits in ("... embassy in Helsinki")."""
    for i in range(len(words) - 2, 0, -1):
        seat = words[i + 1 :]
        if (
            words[i] == "in"
            and words[i - 1].casefold() in INSTITUTION_NOUNS
            and all(w[0].isupper() for w in seat)
        ):
            return words[:i]
    return words


def looks_like_name(name: str | None, kind: str | None) -> bool | None:
    """Whether a speaker's name is a name; null (not applicable) when the name is missing."""
    if name is None:
        return None
    name = name.strip()
    return looks_like_organization(name) if kind == "organization" else looks_like_person(name)


def prep_articles(articles: pl.DataFrame, now: datetime) -> pl.DataFrame:
    """Articles plus `text_length` and `published_ok` (unknown dates pass: trafilatura may find none)."""
    now = now if now.tzinfo else now.replace(tzinfo=UTC)
    latest = now + FUTURE_GRACE
    published = pl.col("published_at")
    return articles.with_columns(
        text_length=pl.col("text").str.len_chars().fill_null(0),
        published_ok=pl.when(published.is_null())
        .then(True)
        .otherwise(published.is_between(pl.lit(EARLIEST_PUBLISHED), pl.lit(latest))),
    )


def prep_speakers(speakers: pl.DataFrame) -> pl.DataFrame:
    """Speakers plus `looks_like_name` (person and organization names follow different rules)."""
    flags = [looks_like_name(n, k) for n, k in zip(speakers["name"], speakers["kind"], strict=True)]
    return speakers.with_columns(looks_like_name=pl.Series(flags, dtype=pl.Boolean))


def _article_texts(articles: pl.DataFrame) -> pl.DataFrame:
    """One text per article id (a conflicting duplicate is quarantined anyway; take its first)."""
    return (
        articles.filter(pl.col("article_id").is_not_null())
        .unique(subset="article_id", keep="first", maintain_order=True)
        .select("article_id", pl.col("text").alias("_article_text"))
    )


def _with_article_slice(rows: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """Rows joined to their article's text: `article_in_batch`, `offsets_in_text`, `_slice`."""
    start, end = pl.col("start_char"), pl.col("end_char")
    article_len = pl.col("_article_text").str.len_chars()
    joined = (
        rows.with_row_index("_row").join(_article_texts(articles), on="article_id", how="left").sort("_row")
    )
    in_batch = pl.col("_article_text").is_not_null()
    offsets_ok = (start >= 0) & (start < end) & (end <= article_len)
    return joined.with_columns(
        article_in_batch=pl.when(pl.col("article_id").is_null()).then(None).otherwise(in_batch),
        offsets_in_text=pl.when(in_batch).then(offsets_ok.fill_null(False)),  # null offsets fail
    ).with_columns(
        _slice=pl.when(pl.col("offsets_in_text")).then(pl.col("_article_text").str.slice(start, end - start)),
    )


def _references(column: str, parents: pl.DataFrame, key: str) -> pl.Expr:
    """True when a nullable reference points at a row of the batch, null when there is none."""
    known = parents[key].drop_nulls().unique().implode()
    return pl.when(pl.col(column).is_null()).then(None).otherwise(pl.col(column).is_in(known))


def prep_quotes(quotes: pl.DataFrame, articles: pl.DataFrame, speakers: pl.DataFrame) -> pl.DataFrame:
    """Quotes plus length, article, offset, exact-slice, paragraph and speaker checks."""
    joined = _with_article_slice(quotes, articles)
    return joined.with_columns(
        text_length=pl.col("text").str.len_chars(),
        text_matches_article=pl.when(pl.col("_slice").is_not_null() & pl.col("text").is_not_null()).then(
            pl.col("_slice") == pl.col("text")
        ),
        single_paragraph=pl.col("text").str.contains("\n", literal=True).not_(),
        speaker_in_batch=_references("speaker_id", speakers, "speaker_id"),
    ).drop("_row", "_article_text", "_slice")


def _percent_sane() -> pl.Expr:
    """A share ("5% of GDP") lies in 0..100; a change ("rose 300%") in -100..1000."""
    value = pl.col("value")
    said = pl.concat_str(pl.col("context").fill_null(""), pl.lit(" | "), pl.col("raw").fill_null(""))
    share = said.str.contains(_SHARE_OF)
    sane = pl.when(share).then(value.is_between(0, 100)).otherwise(value.is_between(-100, 1000))
    return pl.when((pl.col("kind") == "percent") & pl.col("value").is_finite()).then(sane)


def prep_figures(figures: pl.DataFrame, articles: pl.DataFrame, quotes: pl.DataFrame) -> pl.DataFrame:
    """Figures plus value, percent, sign, offset, raw-slice and quote-reference checks."""
    joined = _with_article_slice(figures, articles)
    value = pl.col("value")
    return joined.with_columns(
        value_finite=value.is_not_null() & value.is_finite().fill_null(False),
        percent_sane=_percent_sane(),
        sign_sane=pl.when(pl.col("kind").is_in(["money", "count"]) & value.is_finite()).then(value >= 0),
        raw_matches_article=pl.when(pl.col("_slice").is_not_null() & pl.col("raw").is_not_null()).then(
            pl.col("_slice") == pl.col("raw")
        ),
        quote_in_batch=_references("quote_id", quotes, "quote_id"),
    ).drop("_row", "_article_text", "_slice")


def prepare(frames: dict[str, pl.DataFrame], now: datetime) -> dict[str, pl.DataFrame]:
    """Every table with its derived check columns; rows keep their order (row i is GX index i)."""
    articles, speakers = frames["articles"], frames["speakers"]
    quotes, figures = frames["quotes"], frames["figures"]
    return {
        "articles": prep_articles(articles, now),
        "speakers": prep_speakers(speakers),
        "quotes": prep_quotes(quotes, articles, speakers),
        "figures": prep_figures(figures, articles, quotes),
    }
