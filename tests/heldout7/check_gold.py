"""Check the x7 held-out gold files against their article texts.

Gold that does not match its own text measures nothing, so every row is checked against the
article it claims to annotate: quote texts must be real quoted spans, figure raws must occur
verbatim (in the speaker's quote when a speaker is set, in narration otherwise), every quoted
span must be either a gold quote or a listed non-quote, and the JSON must have the seed shape.

Usage: python check_gold.py [--table] [--uncovered]
  --table      print the per-article coverage table (markdown) and totals
  --uncovered  list digit-bearing tokens that no figure raw covers, for manual review
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "x7-"
MIN_WORDS, MAX_WORDS = 450, 650
KINDS = {"percent", "money", "count", "quantity"}
SPEAKER_KEYS = {"name", "aliases", "title", "organization"}
STRAIGHT, OPEN, CLOSE = '"', "\u201c", "\u201d"
CONTEXT_WINDOW = 160


@dataclass(frozen=True)
class Span:
    """A stretch of text between double quotation marks (or to the end of its paragraph)."""

    start: int
    end: int
    text: str


@dataclass
class Report:
    """Errors collected for one article, so one run shows every problem at once."""

    article: str
    errors: list[str] = field(default_factory=list)

    def fail(self, message: str) -> None:
        self.errors.append(f"{self.article}: {message}")


def line_spans(line: str, offset: int) -> list[Span]:
    """Quoted spans of one paragraph; an unclosed quote runs to the end of the paragraph."""
    spans: list[Span] = []
    start: int | None = None
    for i, char in enumerate(line):
        if start is None and char in (STRAIGHT, OPEN):
            start = i + 1
        elif start is not None and char in (STRAIGHT, CLOSE):
            spans.append(Span(offset + start, offset + i, line[start:i]))
            start = None
    if start is not None:
        spans.append(Span(offset + start, offset + len(line), line[start:]))
    return spans


def quoted_spans(text: str) -> list[Span]:
    """All quoted spans of an article, paragraph by paragraph."""
    spans: list[Span] = []
    offset = 0
    for line in text.split("\n"):
        spans.extend(line_spans(line, offset))
        offset += len(line) + 1
    return spans


def narration(text: str, spans: list[Span]) -> str:
    """The article with every quoted span blanked out, keeping offsets."""
    chars = list(text)
    for span in spans:
        chars[span.start : span.end] = " " * (span.end - span.start)
    return "".join(chars)


def check_text(text: str, report: Report) -> None:
    """Body format: one paragraph per line, no blank lines, one quote style, word budget."""
    lines = text.split("\n")
    if any(not line.strip() or line != line.strip() for line in lines):
        report.fail("blank line or stray whitespace at a paragraph edge")
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        report.fail(f"{words} words, outside {MIN_WORDS}-{MAX_WORDS}")
    has_straight = STRAIGHT in text or "'" in text
    has_curly = any(mark in text for mark in (OPEN, CLOSE, "\u2018", "\u2019"))
    if has_straight and has_curly:
        report.fail("mixes straight and curly quotes or apostrophes")


def check_shape(stem: str, gold: dict, report: Report) -> None:
    """Top-level keys and url_suffix as in the seed gold file."""
    expected = {"url_suffix", "speakers", "quotes", "figures", "notes"}
    if set(gold) != expected:
        report.fail(f"top-level keys {sorted(gold)} != {sorted(expected)}")
    if gold.get("url_suffix") != f"{stem}.html":
        report.fail(f"url_suffix {gold.get('url_suffix')!r} != {stem}.html")
    if not isinstance(gold.get("notes"), str) or not gold.get("notes"):
        report.fail("notes must be a non-empty string")


def check_speakers(gold: dict, report: Report) -> set[str]:
    """Speaker rows: known keys, unique names, aliases a list, kind only 'organization'."""
    names: list[str] = []
    for row in gold.get("speakers", []):
        missing = SPEAKER_KEYS - set(row)
        extra = set(row) - SPEAKER_KEYS - {"kind"}
        if missing or extra:
            report.fail(f"speaker {row.get('name')!r}: missing {missing}, extra {extra}")
        if row.get("kind", "organization") != "organization":
            report.fail(f"speaker {row.get('name')!r}: kind must be 'organization' if set")
        if not isinstance(row.get("aliases"), list):
            report.fail(f"speaker {row.get('name')!r}: aliases must be a list")
        names.append(row.get("name", ""))
    for name, count in Counter(names).items():
        if count > 1:
            report.fail(f"speaker {name!r} listed {count} times")
    return set(names)


def check_quotes(gold: dict, spans: list[Span], names: set[str], report: Report) -> None:
    """Quotes are real spans, speakers exist, and every speaker has at least one quote."""
    available = Counter(span.text for span in spans)
    wanted = Counter(row.get("text") for row in gold.get("quotes", []))
    for text, count in wanted.items():
        if available[text] < count:
            report.fail(f"quote not a quoted span ({available[text]}/{count}): {text!r}")
    used: set[str] = set()
    for row in gold.get("quotes", []):
        if set(row) - {"speaker", "text", "partial"}:
            report.fail(f"quote has unknown keys: {sorted(row)}")
        if row.get("speaker") is not None:
            used.add(row["speaker"])
            if row["speaker"] not in names:
                report.fail(f"quote speaker {row['speaker']!r} not in speakers")
        if "partial" in row and row["partial"] is not True:
            report.fail(f"partial must be true when present: {row.get('text')!r}")
    for name in sorted(names - used):
        report.fail(f"speaker {name!r} has no quote")


def check_coverage(gold: dict, spans: list[Span], nonquotes: list[str], report: Report) -> None:
    """Every quoted span in the text is accounted for as a quote or a deliberate non-quote."""
    accounted = Counter(row.get("text") for row in gold.get("quotes", [])) + Counter(nonquotes)
    present = Counter(span.text for span in spans)
    for text, count in present.items():
        if accounted[text] != count:
            report.fail(f"quoted span seen {count}x, annotated {accounted[text]}x: {text!r}")
    for text in set(accounted) - set(present):
        report.fail(f"annotated span not in text: {text!r}")


def check_figure_row(row: dict, text: str, names: set[str], report: Report) -> None:
    """One figure row: kind, value, unit, speaker and context are well formed."""
    raw = row.get("raw", "")
    if row.get("kind") not in KINDS:
        report.fail(f"figure {raw!r}: unknown kind {row.get('kind')!r}")
    value = row.get("value")
    if isinstance(value, bool) or not isinstance(value, int | float):
        report.fail(f"figure {raw!r}: value must be a number")
    unit = row.get("unit")
    if not isinstance(unit, str) or not unit:
        report.fail(f"figure {raw!r}: unit must be a non-empty string")
    elif row.get("kind") == "percent" and unit != "percent":
        report.fail(f"figure {raw!r}: percent unit must be 'percent'")
    elif row.get("kind") == "money" and not re.fullmatch(r"[A-Z]{3}", unit):
        report.fail(f"figure {raw!r}: money unit must be an ISO code")
    if raw != raw.strip() or not raw:
        report.fail(f"figure raw empty or padded: {raw!r}")
    speaker = row.get("speaker")
    if speaker is not None and speaker not in names:
        report.fail(f"figure {raw!r}: speaker {speaker!r} not in speakers")
    context = row.get("context")
    if context is not None and not context_near(text, raw, context):
        report.fail(f"figure {raw!r}: context {context!r} not near the raw in the text")
    extra = set(row) - {"raw", "kind", "value", "unit", "context", "speaker"}
    if extra:
        report.fail(f"figure {raw!r}: unknown keys {sorted(extra)}")


def context_near(text: str, raw: str, context: str) -> bool:
    """The context phrase occurs within a short window of some occurrence of the raw."""
    for match in re.finditer(re.escape(raw), text):
        lo = max(0, match.start() - CONTEXT_WINDOW)
        if context in text[lo : match.end() + CONTEXT_WINDOW]:
            return True
    return False


def check_figures(gold: dict, text: str, spans: list[Span], names: set[str], report: Report) -> None:
    """Raws occur verbatim, in the speaker's quotes when a speaker is set, else in narration."""
    by_speaker: dict[str, str] = {}
    for row in gold.get("quotes", []):
        if row.get("speaker") is not None:
            by_speaker[row["speaker"]] = by_speaker.get(row["speaker"], "") + "\n" + row["text"]
    plain = narration(text, spans)
    wanted = Counter((row.get("raw", ""), row.get("speaker")) for row in gold.get("figures", []))
    for (raw, speaker), count in wanted.items():
        where = plain if speaker is None else by_speaker.get(speaker, "")
        found = where.count(raw)
        if found < count:
            place = "narration" if speaker is None else f"quotes of {speaker}"
            report.fail(f"figure raw {raw!r} in {place}: found {found}, gold has {count}")
    for row in gold.get("figures", []):
        check_figure_row(row, text, names, report)
        parsed = parse_value(row.get("raw", ""), row.get("kind", ""))
        if parsed is not None and round(parsed, 2) != round(float(row.get("value", 0)), 2):
            report.fail(f"figure {row.get('raw')!r}: value {row.get('value')} != parsed {parsed}")


SCALES = {"thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
NUMBER = re.compile(r"(?<![\w-])(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|m)?\b")


def parse_value(raw: str, kind: str) -> float | None:
    """Best-effort value of a digit raw, to catch typos in hand-written values."""
    match = NUMBER.search(raw)
    if match is None:
        return None
    number = float(match.group(1).replace(",", ""))
    if kind in {"money", "count"} and match.group(2):
        number *= SCALES[match.group(2)]
    if kind == "money" and "cents" in raw:
        number /= 100
    if kind == "percent" and "basis point" in raw:
        number /= 100
    return number


def check_nonquotes(rows: list[dict], stems: set[str]) -> tuple[dict[str, list[str]], list[str]]:
    """nonquotes.json rows name a known article, a text and a reason."""
    errors: list[str] = []
    by_article: dict[str, list[str]] = {}
    for row in rows:
        if set(row) != {"article", "text", "reason"} or not row.get("reason"):
            errors.append(f"nonquotes.json: bad row {row}")
        if row.get("article") not in stems:
            errors.append(f"nonquotes.json: unknown article {row.get('article')!r}")
        by_article.setdefault(row.get("article", ""), []).append(row.get("text", ""))
    return by_article, errors


def uncovered_numbers(text: str, gold: dict) -> list[str]:
    """Digit tokens outside every figure raw: each should be a deliberate non-figure."""
    covered = [False] * len(text)
    for row in gold.get("figures", []):
        for match in re.finditer(re.escape(row.get("raw", "")), text):
            covered[match.start() : match.end()] = [True] * (match.end() - match.start())
    tokens = re.finditer(r"\S*\d\S*", text)
    return [m.group() for m in tokens if not all(covered[i] for i in digit_positions(m))]


def digit_positions(match: re.Match[str]) -> list[int]:
    """Offsets of the digits in a token, so trailing punctuation does not count as uncovered."""
    return [match.start() + i for i, char in enumerate(match.group()) if char.isdigit()]


def stats(text: str, gold: dict, nonquotes: list[str]) -> dict[str, int]:
    """Counts for the README table."""
    quotes = gold.get("quotes", [])
    speakers = gold.get("speakers", [])
    return {
        "words": len(text.split()),
        "quotes": len(quotes),
        "partials": sum(1 for q in quotes if q.get("partial")),
        "null": sum(1 for q in quotes if q.get("speaker") is None),
        "speakers": len(speakers),
        "institutions": sum(1 for s in speakers if s.get("kind") == "organization"),
        "figures": len(gold.get("figures", [])),
        "nonquotes": len(nonquotes),
    }


def check_article(txt: Path, nonquotes: list[str]) -> tuple[Report, dict]:
    """All checks for one article; returns its report and parsed gold."""
    stem = txt.stem
    report = Report(stem)
    text = txt.read_text(encoding="utf-8").rstrip("\n")
    gold_path = txt.with_name(f"{stem}.gold.json")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        report.fail(f"gold file unreadable: {exc}")
        return report, {}
    spans = quoted_spans(text)
    check_text(text, report)
    check_shape(stem, gold, report)
    names = check_speakers(gold, report)
    check_quotes(gold, spans, names, report)
    check_coverage(gold, spans, nonquotes, report)
    check_figures(gold, text, spans, names, report)
    return report, gold


def print_table(rows: list[tuple[str, dict[str, int]]]) -> None:
    """Markdown table of per-article counts with a totals row."""
    keys = ["words", "quotes", "partials", "null", "speakers", "institutions", "figures", "nonquotes"]
    print("| article | " + " | ".join(keys) + " |")
    print("|---" * (len(keys) + 1) + "|")
    totals = Counter()
    for stem, counts in rows:
        totals.update(counts)
        print(f"| `{stem}` | " + " | ".join(str(counts[k]) for k in keys) + " |")
    print("| **total** | " + " | ".join(str(totals[k]) for k in keys) + " |")


def main(argv: list[str]) -> int:
    """Run every check; exit non-zero if any gold row disagrees with its text."""
    txts = sorted(HERE.glob(f"{PREFIX}*.txt"))
    stems = {txt.stem for txt in txts}
    nonquote_rows = json.loads((HERE / "nonquotes.json").read_text(encoding="utf-8"))
    by_article, errors = check_nonquotes(nonquote_rows, stems)
    rows: list[tuple[str, dict[str, int]]] = []
    for txt in txts:
        report, gold = check_article(txt, by_article.get(txt.stem, []))
        errors.extend(report.errors)
        text = txt.read_text(encoding="utf-8").rstrip("\n")
        rows.append((txt.stem, stats(text, gold, by_article.get(txt.stem, []))))
        if "--uncovered" in argv:
            print(f"{txt.stem}: {uncovered_numbers(text, gold)}")
    if "--table" in argv:
        print_table(rows)
    for error in errors:
        print(f"FAIL {error}")
    print(f"{len(txts)} articles, {len(errors)} problems")
    return 1 if errors or not txts else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
