"""Check the p12 gold files against their pages (the checker is bench/check_page_gold.py).

python3 check_gold.py            # exit 0 = OK
python3 check_gold.py --numbers  # also list digit runs / number words no gold raw covers
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "bench"))

from check_page_gold import main  # noqa: E402

PREFIX = "p12-"

# slug -> (attribute, value) that marks the body container, and classes of furniture inside it.
BODY = {
    "poland-civil-training": (("class", "vt-article__body"), {"vt-see-also", "ad", "vt-support-box"}),
    "turkey-defense-exports": (("class", "bd-article-text"), {"bd-see-also", "bd-gnews", "bd-ad"}),
    "brazil-amazon-border": (("class", "ac-texto"), {"ac-leia", "ac-licenca"}),
    "ladakh-tunnel-wire": (("class", "story-content"), {"syndication-note", "ad-unit", "also-read"}),
    "norway-home-guard": (("class", "nk-article-body"), {"nk-factbox", "nk-readalso", "nk-tip"}),
    "gulf-expo-live": (("class", "live-feed"), {"live-pinned", "live-catchup", "live-ad"}),
    "south-africa-airforce": (("class", "jd-article-content"), {"jd-insider", "jd-listen", "jd-related"}),
    "canada-pilot-training": (("class", "cw-entry-content"), {"cw-sponsored", "cw-newsletter", "cw-bio"}),
}

if __name__ == "__main__":
    sys.exit(main(HERE, PREFIX, BODY))
