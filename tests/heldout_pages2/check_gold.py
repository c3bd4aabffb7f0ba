"""Check the p8 gold files against their pages, using only the standard library.

The article body of each page is the text of the <p> elements inside the page's body
container, minus furniture nested in it (figures, asides, promos, transcripts). Every gold
quote must be a quoted span of that body, every figure raw and context must occur in it, and
every quoted span the gold leaves out must be named in the notes, so no omission is silent.
"""

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent

# slug -> (attribute, value) that marks the body container, and classes of furniture inside it.
BODY = {
    "bundestag-drones": (("class", "rw-article__body"), {"rw-also-read", "rw-newsletter"}),
    "dac-procurement": (("itemprop", "articleBody"), {"also-read", "app-promo", "inline-ad"}),
    "hokkaido-drills": (("class", "article-body"), {"pullquote", "premium-box"}),
    "frigate-deal": (("data-component", "ArticleBody"), {"key-points", "read-more"}),
    "arctic-radar": (("class", "c-article-body"), {"c-related", "c-newsletter"}),
    "jordan-border-drones": (("class", "the-content"), {"related-inline", "community-box"}),
    "depot-hiring": (("class", "story-body"), {"video-transcript", "app-promo", "related", "copyright"}),
    "dmz-warning-shots": (("class", "amp-article-body"), {"amp-related", "amp-ad-slot"}),
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
    "amp-ad",
    "amp-img",
    "amp-social-share",
    "amp-analytics",
}
VOID = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "col", "embed", "param", "track"}
KINDS = {"percent", "money", "count", "quantity"}
SPAN = re.compile(r"“([^”]*)(?:”|$)|\"([^\"]*)(?:\"|$)|«\s?([^»]*?)\s?(?:»|$)")


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


def check_page(gold_path: Path) -> tuple[list[str], dict[str, int]]:
    """Problems found in one gold file, and the page's counts for the README table."""
    slug = gold_path.name.removeprefix("p8-").removesuffix(".gold.json")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    html_path = gold_path.with_name(f"p8-{slug}.html")
    paragraphs = body_paragraphs(html_path.read_text(encoding="utf-8"), slug)
    body = "\n".join(paragraphs)
    spans = quoted_spans(paragraphs)
    problems = []
    if gold.get("url_suffix") != html_path.name:
        problems.append(f"url_suffix {gold.get('url_suffix')!r} is not {html_path.name!r}")
    names = {s["name"] for s in gold["speakers"]}
    speaking = {q["speaker"] for q in gold["quotes"]} - {None}
    problems += [f"quote speaker {n!r} not in speakers" for n in sorted(speaking - names)]
    problems += [f"speaker {n!r} has no quote" for n in sorted(names - speaking)]
    for q in gold["quotes"]:
        if q["text"] not in spans:
            problems.append(f"quote is not a quoted span of the body: {q['text']!r}")
    gold_texts = [q["text"] for q in gold["quotes"]]
    for span in spans:
        if span not in gold_texts and span not in gold["notes"]:
            problems.append(f"quoted span neither in gold nor named in notes: {span!r}")
    for f in gold["figures"]:
        if f["raw"] not in body:
            problems.append(f"figure raw not in body: {f['raw']!r}")
        if f.get("context") and f["context"] not in body:
            problems.append(f"figure context not in body: {f['context']!r}")
        if f["kind"] not in KINDS:
            problems.append(f"unknown kind {f['kind']!r} for {f['raw']!r}")
        if f.get("speaker") is not None and f["speaker"] not in speaking:
            problems.append(f"figure speaker {f['speaker']!r} speaks no quote")
    counts = {
        "words": len(body.split()),
        "quotes": len(gold["quotes"]),
        "partials": sum(bool(q.get("partial")) for q in gold["quotes"]),
        "null": sum(q["speaker"] is None for q in gold["quotes"]),
        "speakers": len(gold["speakers"]),
        "institutions": sum(s.get("kind") == "organization" for s in gold["speakers"]),
        "figures": len(gold["figures"]),
    }
    return [f"{gold_path.name}: {p}" for p in problems], counts


def main() -> int:
    """Check every gold file here; print per-page counts and totals, exit 1 on any problem."""
    golds = sorted(HERE.glob("p8-*.gold.json"))
    pages = sorted(HERE.glob("p8-*.html"))
    problems = [] if len(golds) == len(pages) else [f"{len(pages)} pages but {len(golds)} gold files"]
    totals: dict[str, int] = {}
    for path in golds:
        found, counts = check_page(path)
        problems += found
        print(path.name.removesuffix(".gold.json"), counts)
        for key, value in counts.items():
            totals[key] = totals.get(key, 0) + value
    print("TOTAL", {"pages": len(golds), **totals})
    print("\n".join(problems) or "OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
