"""The HTTP shell over real loopback sockets: caps, allow-list, politeness, conditional GET."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from itertools import pairwise
from typing import ClassVar

import pytest

from sitrep.demo import serve
from sitrep.settings import HttpSettings
from tasks.http import Request, fetch_all, host_allowed

BIG = b"x" * 50_000


class Handler(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[tuple[str, float]]] = []

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        Handler.hits.append((self.path, time.monotonic()))
        if self.path.startswith("/loop"):
            n = int(self.path.removeprefix("/loop") or 0)
            self.send_response(302)
            self.send_header("Location", f"/loop{n + 1}")
            self.end_headers()
        elif self.path == "/away":
            self.send_response(302)
            self.send_header("Location", "http://localhost:9/elsewhere")
            self.end_headers()
        elif self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Length", str(len(BIG)))
            self.end_headers()
            self.wfile.write(BIG)
        elif self.path.startswith("/flaky"):
            failures = int(self.path.removeprefix("/flaky"))
            seen = sum(1 for path, _ in Handler.hits if path == self.path)
            self.send_response(503 if seen <= failures else 200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")
        elif self.path == "/gone":
            self.send_error(410)
        else:
            body = self.headers.get("User-Agent", "").encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)


@pytest.fixture
def base() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Handler.hits = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def settings(**kw) -> HttpSettings:
    return HttpSettings(
        **({"per_host_delay_s": 0.0, "retry_backoff_s": 0.01, "allowed_hosts": ("127.0.0.1",)} | kw)
    )


def test_user_agent_sent_and_results_in_request_order(base: str) -> None:
    got = fetch_all([Request(f"{base}/a"), Request(f"{base}/gone"), Request(f"{base}/b")], settings())
    assert [r.url for r in got] == [f"{base}/a", f"{base}/gone", f"{base}/b"]
    assert got[0].ok and got[0].content.decode().startswith("sitrep/")
    assert not got[1].ok and got[1].status == 410 and got[1].error == "HTTP 410"


def test_size_cap(base: str) -> None:
    (resp,) = fetch_all([Request(f"{base}/big")], settings(max_bytes=10_000))
    assert not resp.ok and "cap" in resp.error


def test_redirects_capped(base: str) -> None:
    (resp,) = fetch_all([Request(f"{base}/loop0")], settings(max_redirects=3))
    assert not resp.ok and "TooManyRedirects" in resp.error


def test_redirect_off_the_allow_list_is_refused(base: str) -> None:
    (resp,) = fetch_all([Request(f"{base}/away")], settings())
    assert not resp.ok and "not in SITREP_ALLOWED_HOSTS" in resp.error
    assert [path for path, _ in Handler.hits] == ["/away"]


def test_host_outside_allow_list_never_contacted() -> None:
    (resp,) = fetch_all([Request("http://192.0.2.1/x")], settings())
    assert resp.error == "host '192.0.2.1' is not allowed"
    assert host_allowed("http://anything.example/x", ())


def test_one_request_per_host_at_a_time_with_a_delay(base: str) -> None:
    fetch_all([Request(f"{base}/p{i}") for i in range(4)], settings(per_host_delay_s=0.1, concurrency=4))
    times = sorted(t for _, t in Handler.hits)
    gaps = [b - a for a, b in pairwise(times)]
    assert len(times) == 4 and min(gaps) >= 0.09


def test_demo_site_answers_conditional_gets_with_304() -> None:
    with serve() as site:
        url = next(iter(site.feed_urls().values()))
        (first,) = fetch_all([Request(url)], settings())
        assert first.ok and first.etag and first.last_modified and b"{{BASE}}" not in first.content
        assert site.base.encode() in first.content
        (again,) = fetch_all([Request(url, {"If-None-Match": first.etag})], settings())
        assert again.status == 304 and again.content == b"" and again.error is None and not again.ok


def test_transient_failures_are_retried_with_backoff_and_permanent_ones_are_not(base: str) -> None:
    recovered, exhausted, gone = fetch_all(
        [Request(f"{base}/flaky1"), Request(f"{base}/flaky5"), Request(f"{base}/gone")], settings(retries=2)
    )
    assert recovered.ok and recovered.content == b"ok"
    assert not exhausted.ok and exhausted.status == 503
    assert not gone.ok and gone.status == 410
    attempts = [path for path, _ in Handler.hits]
    assert attempts.count("/flaky1") == 2 and attempts.count("/flaky5") == 3 and attempts.count("/gone") == 1
