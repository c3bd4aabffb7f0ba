"""A loopback web server for the bundled demo corpus (and the tests): real HTTP on 127.0.0.1.

Serves `demo/site/` with ETag and Last-Modified validators and answers conditional GETs with
304, as real feed hosts do; feed files have `{{BASE}}` replaced by the server's own address.
"""

from __future__ import annotations

import email.utils
import hashlib
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sitrep.settings import PROJECT_ROOT

DEMO_SITE = PROJECT_ROOT / "demo" / "site"
FEED_TYPES = {".rss": "application/rss+xml", ".atom": "application/atom+xml", ".rdf": "application/rdf+xml"}
TEXT_TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/xml"} | FEED_TYPES


@dataclass(frozen=True)
class Site:
    """A running loopback site: its base URL and the feed URLs it serves."""

    base: str
    root: Path

    def feed_urls(self) -> dict[str, str]:
        """name -> URL of every feed file under feeds/ (name: the file's stem)."""
        return {p.stem: f"{self.base}/feeds/{p.name}" for p in sorted((self.root / "feeds").glob("*"))}

    def feeds_yaml(self) -> str:
        """A feeds file pointing at this site's feeds."""
        lines = ["feeds:"]
        for name, url in self.feed_urls().items():
            lines += [f"  - name: {name}", f'    url: "{url}"', "    tags: [demo]"]
        return "\n".join(lines) + "\n"


def _handler(root: Path, base_holder: dict):
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            path = (root / self.path.split("?", 1)[0].lstrip("/")).resolve()
            if root not in path.parents or not path.is_file():
                self.send_error(404)
                return
            body = path.read_bytes()
            if path.suffix in FEED_TYPES:
                body = body.replace(b"{{BASE}}", base_holder["base"].encode())
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            modified = email.utils.formatdate(path.stat().st_mtime, usegmt=True)
            if self.headers.get("If-None-Match") == etag or (
                "If-None-Match" not in self.headers and self.headers.get("If-Modified-Since") == modified
            ):
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", TEXT_TYPES.get(path.suffix, "application/octet-stream"))
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", modified)
            self.end_headers()
            self.wfile.write(body)

    return Handler


@contextmanager
def serve(root: Path = DEMO_SITE, port: int = 0, host: str = "127.0.0.1") -> Iterator[Site]:
    """Serve `root` on a loopback address (port 0: any free port) for the duration of the block."""
    if not host.startswith("127."):
        raise ValueError(f"the demo site serves loopback only, not {host}")
    root = Path(root).resolve()
    holder: dict = {}
    server = http.server.ThreadingHTTPServer((host, port), _handler(root, holder))
    holder["base"] = f"http://{host}:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, name="sitrep-demo-site", daemon=True)
    thread.start()
    try:
        yield Site(base=holder["base"], root=root)
    finally:
        server.shutdown()
        server.server_close()
