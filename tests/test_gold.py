"""The extractor against the project's own gold set (tests/gold, rules in tests/gold/README.md).

Each gold article is checked exactly: quotes (text, speaker, partial), offsets, figures
(raw, kind, value, unit, speaker), figure contexts, and speakers' titles and organizations.
A separate test checks that every gold file is well-formed, so a broken annotation fails on
its own rather than as a mysterious extractor miss.
"""

from __future__ import annotations

import importlib
import json
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from tasks.spans import ArticleExtraction, Figure

GOLD_DIR = Path(__file__).parent / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.gold.json"))
KINDS = {"percent", "money", "count", "quantity"}
SPEAKER_KINDS = {"person", "organization"}


def _ids(paths: list[Path]) -> list[str]:
    return [p.name.removesuffix(".gold.json") for p in paths]


def load_gold(path: Path) -> tuple[str, dict]:
    """The article text and its gold annotation."""
    text = path.with_name(path.name.removesuffix(".gold.json") + ".txt").read_text(encoding="utf-8")
    return text, json.loads(path.read_text(encoding="utf-8"))


@cache
def extract(path: Path) -> tuple[str, dict, ArticleExtraction]:
    """Run the extractor once per article; imported lazily so the validator runs without it."""
    text, gold = load_gold(path)
    extract_article = importlib.import_module("tasks.extract").extract_article
    return text, gold, extract_article(text)


def _fold(value: str | None) -> str | None:
    return None if value is None else value.casefold()


def figure_speaker(extraction: ArticleExtraction, figure: Figure) -> str | None:
    """A figure's speaker is the speaker of the quote it was said in."""
    if figure.quote_index is None:
        return None
    speaker = extraction.quotes[figure.quote_index].speaker
    return None if speaker is None else speaker.name


def figure_key(raw: str, kind: str, value: float, unit: str, speaker: str | None) -> tuple:
    return (raw, kind, round(float(value), 2), unit, speaker)


def gold_figure_key(fig: dict) -> tuple:
    return figure_key(fig["raw"], fig["kind"], fig["value"], fig["unit"], fig.get("speaker"))


def multiset_diff(name: str, expected: list[tuple], got: list[tuple]) -> str:
    """Empty when equal; otherwise a readable list of missing and extra rows."""
    exp, act = Counter(expected), Counter(got)
    missing, extra = exp - act, act - exp
    if not missing and not extra:
        return ""
    lines = [f"{name}: {len(missing)} missing, {len(extra)} extra"]
    lines += [f"  MISSING {row}" for row in sorted(missing.elements(), key=repr)]
    lines += [f"  EXTRA   {row}" for row in sorted(extra.elements(), key=repr)]
    return "\n".join(lines)


def match_contexts(wanted: list[str], candidates: list[str | None]) -> bool:
    """Whether each wanted context can be paired with its own compatible candidate (bipartite)."""
    owner: dict[int, int] = {}

    def fits(want: str, cand: str | None) -> bool:
        return cand is not None and (want.casefold() in cand.casefold() or cand.casefold() in want.casefold())

    def assign(i: int, seen: set[int]) -> bool:
        for j, cand in enumerate(candidates):
            if j in seen or not fits(wanted[i], cand):
                continue
            seen.add(j)
            if j not in owner or assign(owner[j], seen):
                owner[j] = i
                return True
        return False

    return all(assign(i, set()) for i in range(len(wanted)))


# --- the gold files themselves -------------------------------------------------------------


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_gold_file_is_well_formed(path: Path) -> None:
    text, gold = load_gold(path)
    problems: list[str] = []
    if gold.get("url_suffix") != path.name.removesuffix(".gold.json") + ".html":
        problems.append(f"url_suffix {gold.get('url_suffix')!r}")
    if "" in text.rstrip("\n").split("\n"):
        problems.append("blank line in article text")
    names = [s["name"] for s in gold["speakers"]]
    if len(names) != len(set(names)):
        problems.append(f"duplicate speaker names {names}")
    for s in gold["speakers"]:
        if s.get("kind", "person") not in SPEAKER_KINDS:
            problems.append(f"speaker {s['name']!r}: kind {s.get('kind')!r}")
    quoted = {q["speaker"] for q in gold["quotes"]} - {None}
    for q in gold["quotes"]:
        if q["text"] not in text:
            problems.append(f"quote not in text: {q['text']!r}")
        if q["speaker"] is not None and q["speaker"] not in names:
            problems.append(f"quote speaker not in speakers: {q['speaker']!r}")
    for name in set(names) - quoted:
        problems.append(f"speaker {name!r} has no quote")
    for f in gold["figures"]:
        if f["raw"] not in text:
            problems.append(f"figure raw not in text: {f['raw']!r}")
        if f["kind"] not in KINDS:
            problems.append(f"figure {f['raw']!r}: kind {f['kind']!r}")
        if not isinstance(f["value"], int | float) or not f.get("unit"):
            problems.append(f"figure {f['raw']!r}: value/unit {f['value']!r}/{f.get('unit')!r}")
        if f.get("context") and f["context"] not in text:
            problems.append(f"figure {f['raw']!r}: context not in text: {f['context']!r}")
        if f.get("speaker") is not None and f["speaker"] not in quoted:
            problems.append(f"figure {f['raw']!r}: speaker {f['speaker']!r} has no quote")
    if problems:
        pytest.fail(f"{path.name}:\n  " + "\n  ".join(problems), pytrace=False)


# --- the extractor against the gold ---------------------------------------------------------


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_quotes_match_gold(path: Path) -> None:
    _, gold, got = extract(path)
    expected = [(q["text"], q["speaker"], bool(q.get("partial", False))) for q in gold["quotes"]]
    actual = [(q.text, q.speaker.name if q.speaker else None, q.is_partial) for q in got.quotes]
    diff = multiset_diff(f"{path.name} quotes (text, speaker, partial)", expected, actual)
    if diff:
        pytest.fail(diff, pytrace=False)


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_offsets_point_at_the_text(path: Path) -> None:
    text, _, got = extract(path)
    bad = [
        f"quote [{q.start}:{q.end}] {q.text!r} != {text[q.start : q.end]!r}"
        for q in got.quotes
        if text[q.start : q.end] != q.text
    ]
    bad += [
        f"figure [{f.start}:{f.end}] {f.raw!r} != {text[f.start : f.end]!r}"
        for f in got.figures
        if text[f.start : f.end] != f.raw
    ]
    bad += [
        f"figure {f.raw!r}: quote_index {f.quote_index} out of range"
        for f in got.figures
        if f.quote_index is not None and not 0 <= f.quote_index < len(got.quotes)
    ]
    if bad:
        pytest.fail(f"{path.name}:\n  " + "\n  ".join(bad), pytrace=False)


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_figures_match_gold(path: Path) -> None:
    _, gold, got = extract(path)
    expected = [gold_figure_key(f) for f in gold["figures"]]
    actual = [figure_key(f.raw, f.kind, f.value, f.unit, figure_speaker(got, f)) for f in got.figures]
    diff = multiset_diff(f"{path.name} figures (raw, kind, value, unit, speaker)", expected, actual)
    if diff:
        pytest.fail(diff, pytrace=False)


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_figure_contexts_match_gold(path: Path) -> None:
    """A gold context must be contained in the extracted one, or contain it (case-insensitive).

    Figures not extracted at all are test_figures_match_gold's to report.
    """
    _, gold, got = extract(path)
    failures = []
    for key in {gold_figure_key(f) for f in gold["figures"] if f.get("context")}:
        wanted = [f["context"] for f in gold["figures"] if f.get("context") and gold_figure_key(f) == key]
        found = [
            f.context
            for f in got.figures
            if figure_key(f.raw, f.kind, f.value, f.unit, figure_speaker(got, f)) == key
        ]
        if found and not match_contexts(wanted, found):
            failures.append(f"{key}: gold context {wanted} vs extracted {found}")
    if failures:
        pytest.fail(f"{path.name} figure contexts:\n  " + "\n  ".join(sorted(failures)), pytrace=False)


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_speaker_titles_match_gold(path: Path) -> None:
    """Where gold gives a title or organization, every Speaker on that name's quotes has it; kind too."""
    _, gold, got = extract(path)
    failures = []
    for spk in gold["speakers"]:
        attached = [q.speaker for q in got.quotes if q.speaker is not None and q.speaker.name == spk["name"]]
        if not attached:
            failures.append(f"{spk['name']!r}: no extracted quote carries this speaker")
            continue
        for field in ("title", "organization", "kind"):
            want = spk.get(field, "person" if field == "kind" else None)
            if want is None:
                continue
            seen = sorted({str(getattr(s, field)) for s in attached})
            if any(_fold(getattr(s, field)) != _fold(want) for s in attached):
                failures.append(f"{spk['name']!r}: {field} should be {want!r}, extracted {seen}")
    if failures:
        pytest.fail(f"{path.name} speakers:\n  " + "\n  ".join(failures), pytrace=False)
