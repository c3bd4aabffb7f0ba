"""Check the p10 gold files against their pages, using only the standard library.

The article body of each page is the text of the <p> elements inside the page's body
container, minus furniture nested in it (figures, asides, boxes, promos). Every gold quote
must be a quoted span of that body, every figure raw and context must occur in it, every
quoted span the gold leaves out must be named in the notes, speakers and quotes agree,
kinds and units are well formed, and a figure's speaker is the speaker of a quote holding
its raw. `python3 check_gold.py` (exit 0 = OK); `--numbers` also lists, per page, the digit
tokens and number words of the body that no gold raw covers, for review against the notes.
"""

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "p10-"

# slug -> (attribute, value) that marks the body container, and classes of furniture inside it.
BODY = {
    "brigade-rotation": (("class", "article-content"), {"related-box", "newsletter-inline", "ad-slot"}),
    "drone-order-hill": (("class", "story-text"), {"watching-box", "promo-inline", "related-inline"}),
    "shipyard-repair-deals": (("class", "article-body__text"), {"related-articles", "paywall-note"}),
    "interceptor-drones": (("class", "post-content"), {"read-also", "support-banner"}),
    "gulf-air-defence": (("class", "wysiwyg"), {"more-on", "article-newsletter"}),
    "frigate-contract": (("class", "article-text"), {"key-points", "data-box", "related-intel"}),
    "drum-schools": (("class", "story-body"), {"community-notes", "related", "subscribe-box"}),
    "spain-defence-plan": (("class", "a_c"), {"a_related", "a_newsletter", "a_ad"}),
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
    "blockquote",
    "table",
}
VOID = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "col", "embed", "param", "track"}
KINDS = {"percent", "money", "count", "quantity"}
SPAN = re.compile(r"“([^”]*)(?:”|$)|\"([^\"]*)(?:\"|$)|«\s?([^»]*?)\s?(?:»|$)")
NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|hundred|dozen|half|third|quarter|thirds|quarters)\b",
    re.I,
)


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


def uncovered_numbers(body: str, raws: list[str]) -> list[str]:
    """Digit tokens and number words of the body that lie outside every occurrence of a gold raw."""
    covered = [False] * len(body)
    for raw in set(raws):
        for m in re.finditer(re.escape(raw), body):
            for i in range(m.start(), m.end()):
                covered[i] = True
    found = []
    for m in list(re.finditer(r"\d[\d,.]*", body)) + list(NUMBER_WORDS.finditer(body)):
        if not any(covered[m.start() : m.end()]):
            found.append(body[max(0, m.start() - 25) : m.end() + 25].replace("\n", " "))
    return found


def check_page(gold_path: Path, numbers: bool) -> tuple[list[str], dict[str, int]]:
    """Problems found in one gold file, and the page's counts for the README table."""
    slug = gold_path.name.removeprefix(PREFIX).removesuffix(".gold.json")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    html_path = gold_path.with_name(f"{PREFIX}{slug}.html")
    if slug not in BODY or not html_path.exists():
        return [f"{gold_path.name}: no page or no body marker for {slug!r}"], {}
    paragraphs = body_paragraphs(html_path.read_text(encoding="utf-8"), slug)
    body = "\n".join(paragraphs)
    spans = quoted_spans(paragraphs)
    problems = []
    if gold.get("url_suffix") != html_path.name:
        problems.append(f"url_suffix {gold.get('url_suffix')!r} is not {html_path.name!r}")
    names = [s["name"] for s in gold["speakers"]]
    if len(names) != len(set(names)):
        problems.append("duplicate speaker names")
    for s in gold["speakers"]:
        if s.get("kind") not in (None, "organization", "person"):
            problems.append(f"speaker {s['name']!r} has unknown kind {s.get('kind')!r}")
    speaking = {q["speaker"] for q in gold["quotes"]} - {None}
    problems += [f"quote speaker {n!r} not in speakers" for n in sorted(speaking - set(names))]
    problems += [f"speaker {n!r} has no quote" for n in sorted(set(names) - speaking)]
    gold_texts = [q["text"] for q in gold["quotes"]]
    for q in gold["quotes"]:
        if spans.count(q["text"]) < gold_texts.count(q["text"]):
            problems.append(f"quote is not a quoted span of the body: {q['text']!r}")
    for span in spans:
        if span not in gold_texts and span not in gold["notes"]:
            problems.append(f"quoted span neither in gold nor named in notes: {span!r}")
    for f in gold["figures"]:
        raw = f["raw"]
        if raw not in body:
            problems.append(f"figure raw not in body: {raw!r}")
        if f.get("context") and f["context"] not in body:
            problems.append(f"figure context not in body: {f['context']!r}")
        if f["kind"] not in KINDS:
            problems.append(f"unknown kind {f['kind']!r} for {raw!r}")
        if not isinstance(f.get("value"), (int, float)):
            problems.append(f"value of {raw!r} is not a number")
        if f["kind"] == "percent" and f.get("unit") != "percent":
            problems.append(f"percent {raw!r} has unit {f.get('unit')!r}")
        if f["kind"] == "money" and not re.fullmatch(r"[A-Z]{3}", f.get("unit") or ""):
            problems.append(f"money {raw!r} has unit {f.get('unit')!r}, not an ISO code")
        if f["kind"] in ("count", "quantity") and not f.get("unit"):
            problems.append(f"{f['kind']} {raw!r} has no unit")
        speaker = f.get("speaker")
        if speaker is not None:
            if not any(q["speaker"] == speaker and raw in q["text"] for q in gold["quotes"]):
                problems.append(f"figure {raw!r} has speaker {speaker!r} but no quote of theirs holds it")
        else:
            in_attributed = [q for q in gold["quotes"] if q["speaker"] is not None and raw in q["text"]]
            narration = body
            for q in in_attributed:
                narration = narration.replace(q["text"], "")
            if in_attributed and raw not in narration:
                problems.append(f"figure {raw!r} has no speaker but occurs only inside attributed quotes")
    if numbers:
        for hit in uncovered_numbers(body, [f["raw"] for f in gold["figures"]]):
            print(f"  {slug}: not a gold raw: ...{hit}...")
    counts = {
        "words": len(body.split()),
        "quotes": len(gold["quotes"]),
        "partials": sum(bool(q.get("partial")) for q in gold["quotes"]),
        "null": sum(q["speaker"] is None for q in gold["quotes"]),
        "speakers": len(gold["speakers"]),
        "institutions": sum(s.get("kind") == "organization" for s in gold["speakers"]),
        "figures": len(gold["figures"]),
        "fig_speaker": sum(f.get("speaker") is not None for f in gold["figures"]),
    }
    return [f"{gold_path.name}: {p}" for p in problems], counts


def main() -> int:
    """Check every gold file here; print per-page counts and totals, exit 1 on any problem."""
    numbers = "--numbers" in sys.argv[1:]
    golds = sorted(HERE.glob(f"{PREFIX}*.gold.json"))
    pages = sorted(HERE.glob(f"{PREFIX}*.html"))
    problems = [] if len(golds) == len(pages) else [f"{len(pages)} pages but {len(golds)} gold files"]
    totals: dict[str, int] = {}
    kinds: dict[str, int] = {}
    for path in golds:
        found, counts = check_page(path, numbers)
        problems += found
        print(path.name.removesuffix(".gold.json"), counts)
        for key, value in counts.items():
            totals[key] = totals.get(key, 0) + value
        for f in json.loads(path.read_text(encoding="utf-8"))["figures"]:
            kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print("TOTAL", {"pages": len(golds), **totals})
    print("KINDS", kinds)
    print("\n".join(problems) or "OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
