"""Check the p9 gold files against their pages, using only the standard library.

The article body of each page is the text of the <p> elements inside the page's body
container, minus furniture nested in it (figures, asides, promos, bio boxes, share bars).
Every gold quote must be a quoted span of that body, every figure raw and context must occur
in it, every quoted span the gold leaves out must be named in the notes, speakers and quotes
must agree, kinds and units must be well formed, and a figure's speaker must be the speaker of
a quote that contains its raw (a figure without a speaker must occur in narration or in a
quote whose speaker is null).

    python3 check_gold.py            # exit 0 = OK
    python3 check_gold.py --numbers  # also list number tokens of each body that no gold raw covers
"""

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "p9-"

# slug -> (attribute, value) that marks the body container, and classes of furniture inside it.
BODY = {
    "himars-multiyear": (("id", "article-body"), {"inline-related", "newsletter-signup"}),
    "base-drone-incursions": (("class", "RichTextStoryBody"), {"Related-coverage", "ad-slot"}),
    "navy-supply-ships": (("id", "maincontent"), {"rich-link", "newsletter-embed", "contributions-epic"}),
    "drone-wall-commentary": (("class", "commentary-body"), {"pullquote", "inline-cta"}),
    "river-crossing-release": (("class", "story-text"), set()),
    "submarine-hearing": (
        ("data-testid", "article-body"),
        {"hearing-box", "story-related", "newsletter-inline"},
    ),
    "edf-selection": (("class", "press-release__content"), set()),
    "adaptive-engine-test": (("class", "article__body"), {"article__inline-ad", "register-wall"}),
}
FURNITURE_TAGS = {
    "figure",
    "figcaption",
    "aside",
    "nav",
    "script",
    "style",
    "noscript",
    "form",
    "button",
    "header",
    "footer",
    "template",
    "svg",
    "iframe",
    "blockquote",
}
VOID = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "col", "embed", "param", "track"}
KINDS = {"percent", "money", "count", "quantity"}
ISO = re.compile(r"^[A-Z]{3}$")
SPAN = re.compile(r"“([^”]*)(?:”|$)|\"([^\"]*)(?:\"|$)|«\s?([^»]*?)\s?(?:»|$)|„([^“]*)(?:“|$)")
NUMBER = re.compile(r"[$€£¥]?\d(?:[\d,.]*\d)?(?:-\w+)?%?")


class BodyParser(HTMLParser):
    """Collects the paragraphs of the body container, skipping furniture nested inside it."""

    def __init__(self, marker: tuple[str, str], furniture: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.marker, self.furniture = marker, furniture
        self.stack: list[tuple[str, bool, bool]] = []  # tag, opens body, opens furniture
        self.in_body = self.in_furniture = 0
        self.current: list[str] | None = None
        self.paragraphs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        values = {k: v or "" for k, v in attrs}
        key, wanted = self.marker
        opens_body = not self.in_body and wanted in values.get(key, "").split()
        classes = set(values.get("class", "").split())
        opens_furniture = bool(self.in_body or opens_body) and (
            tag in FURNITURE_TAGS or bool(classes & self.furniture)
        )
        self.stack.append((tag, opens_body, opens_furniture))
        self.in_body += opens_body
        self.in_furniture += opens_furniture
        if tag == "p" and self.in_body and not self.in_furniture:
            self.current = []

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID or not self.stack:
            return
        while self.stack:
            name, opened_body, opened_furniture = self.stack.pop()
            if name == "p" and self.current is not None:
                self.paragraphs.append(" ".join("".join(self.current).split()))
                self.current = None
            self.in_body -= opened_body
            self.in_furniture -= opened_furniture
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.current is not None:
            self.current.append(data)


def body_paragraphs(html: str, slug: str) -> list[str]:
    """The article body of one page, one string per paragraph."""
    marker, furniture = BODY[slug]
    parser = BodyParser(marker, furniture)
    parser.feed(html)
    parser.close()
    return [p for p in parser.paragraphs if p]


def quoted_spans(paragraphs: list[str]) -> list[str]:
    """What stands between double quotation marks; an unclosed quote ends with its paragraph."""
    spans = []
    for para in paragraphs:
        for match in SPAN.finditer(para):
            spans.append(next(g for g in match.groups() if g is not None))
    return spans


def outside_quotes(paragraphs: list[str]) -> str:
    """The body with every quoted span blanked out (narration only)."""
    return "\n".join(SPAN.sub(lambda m: " " * len(m.group(0)), para) for para in paragraphs)


def uncovered_numbers(body: str, raws: list[str]) -> list[str]:
    """Digit tokens of the body that lie outside every gold raw (for review against the notes)."""
    covered = [False] * len(body)
    for raw in set(raws):
        for m in re.finditer(re.escape(raw), body):
            for i in range(m.start(), m.end()):
                covered[i] = True
    return [m.group(0) for m in NUMBER.finditer(body) if not all(covered[m.start() : m.end()])]


def check_page(gold_path: Path, numbers: bool) -> tuple[list[str], dict[str, int]]:
    """Problems found in one gold file, and the page's counts for the README table."""
    slug = gold_path.name.removeprefix(PREFIX).removesuffix(".gold.json")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    html_path = gold_path.with_name(f"{PREFIX}{slug}.html")
    paragraphs = body_paragraphs(html_path.read_text(encoding="utf-8"), slug)
    body = "\n".join(paragraphs)
    narration = outside_quotes(paragraphs)
    spans = quoted_spans(paragraphs)
    problems = []
    if gold.get("url_suffix") != html_path.name:
        problems.append(f"url_suffix {gold.get('url_suffix')!r} is not {html_path.name!r}")
    names = [s["name"] for s in gold["speakers"]]
    if len(names) != len(set(names)):
        problems.append("duplicate speaker names")
    for s in gold["speakers"]:
        if s.get("kind") not in (None, "organization"):
            problems.append(f"speaker {s['name']!r} has unknown kind {s.get('kind')!r}")
        if not s["name"] or s["name"] != s["name"].strip() or s["name"].lower().startswith("the "):
            problems.append(f"speaker name not clean: {s['name']!r}")
    speaking = {q["speaker"] for q in gold["quotes"]} - {None}
    problems += [f"quote speaker {n!r} not in speakers" for n in sorted(speaking - set(names))]
    problems += [f"speaker {n!r} has no quote" for n in sorted(set(names) - speaking)]
    for q in gold["quotes"]:
        if set(q) - {"speaker", "text", "partial"}:
            problems.append(f"unknown quote keys {sorted(set(q) - {'speaker', 'text', 'partial'})}")
        if "partial" in q and q["partial"] is not True:
            problems.append(f"partial must be true or absent: {q['text']!r}")
        wanted = sum(x["text"] == q["text"] for x in gold["quotes"])
        if spans.count(q["text"]) < wanted:
            problems.append(f"quote is not a quoted span of the body (x{wanted}): {q['text']!r}")
    gold_texts = [q["text"] for q in gold["quotes"]]
    for span in spans:
        if span not in gold_texts and span not in gold["notes"]:
            problems.append(f"quoted span neither in gold nor named in notes: {span!r}")
    by_speaker: dict[str | None, list[str]] = {}
    for q in gold["quotes"]:
        by_speaker.setdefault(q["speaker"], []).append(q["text"])
    for f in gold["figures"]:
        raw = f["raw"]
        if set(f) - {"raw", "kind", "value", "unit", "context", "speaker"}:
            problems.append(f"unknown figure keys for {raw!r}")
        wanted = sum(x["raw"] == raw for x in gold["figures"])
        if body.count(raw) < wanted:
            problems.append(f"figure raw not in body (x{wanted}): {raw!r}")
        if raw != raw.strip():
            problems.append(f"figure raw has outer spaces: {raw!r}")
        if f.get("context") and f["context"] not in body:
            problems.append(f"figure context not in body: {f['context']!r}")
        if f["kind"] not in KINDS:
            problems.append(f"unknown kind {f['kind']!r} for {raw!r}")
        if not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool):
            problems.append(f"value is not a number for {raw!r}")
        unit = f.get("unit") or ""
        if f["kind"] == "percent" and unit != "percent":
            problems.append(f"percent unit must be 'percent' for {raw!r}")
        if f["kind"] == "money" and not ISO.match(unit):
            problems.append(f"money unit must be an ISO code for {raw!r}")
        if f["kind"] in ("count", "quantity") and not unit:
            problems.append(f"missing unit for {raw!r}")
        speaker = f.get("speaker")
        if speaker is not None:
            if speaker not in speaking:
                problems.append(f"figure speaker {speaker!r} speaks no quote")
            elif not any(raw in text for text in by_speaker.get(speaker, [])):
                problems.append(f"figure {raw!r} is in no quote of {speaker!r}")
        elif raw not in narration and not any(raw in text for text in by_speaker.get(None, [])):
            problems.append(f"figure {raw!r} has no speaker but occurs only inside named speakers' quotes")
    counts = {
        "words": len(body.split()),
        "quotes": len(gold["quotes"]),
        "partials": sum(bool(q.get("partial")) for q in gold["quotes"]),
        "null": sum(q["speaker"] is None for q in gold["quotes"]),
        "speakers": len(gold["speakers"]),
        "institutions": sum(s.get("kind") == "organization" for s in gold["speakers"]),
        "figures": len(gold["figures"]),
    }
    if numbers:
        print(
            f"  uncovered numbers in {slug}: {uncovered_numbers(body, [f['raw'] for f in gold['figures']])}"
        )
    return [f"{gold_path.name}: {p}" for p in problems], counts


def main() -> int:
    """Check every gold file here; print per-page counts and totals, exit 1 on any problem."""
    numbers = "--numbers" in sys.argv[1:]
    golds = sorted(HERE.glob(f"{PREFIX}*.gold.json"))
    pages = sorted(HERE.glob(f"{PREFIX}*.html"))
    problems = [] if len(golds) == len(pages) else [f"{len(pages)} pages but {len(golds)} gold files"]
    totals: dict[str, int] = {}
    for path in golds:
        found, counts = check_page(path, numbers)
        problems += found
        print(path.name.removesuffix(".gold.json"), counts)
        for key, value in counts.items():
            totals[key] = totals.get(key, 0) + value
    print("TOTAL", {"pages": len(golds), **totals})
    print("\n".join(problems) or "OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
