"""Fetching URLs, against a real HTTP server on 127.0.0.1 (nothing else is ever contacted)."""
from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from toll.ingest import Failure, IngestError, Limits, Notice, read_inputs
from toll.ingest.web import body_kind, describe_error, read_url, sniff_kind
from toll.model import Article

ARTICLE = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Blast in Harbour Town</title>"
           "</head><body><nav><a href='/'>Home</a></nav><article><h1>Blast in Harbour Town</h1>"
           + "".join(f"<p>Rescue workers said {k + 4} people were killed and {k + 9} wounded after "
                     f"the explosion tore through the harbour warehouses on the morning of day {k}, "
                     f"the regional governor told reporters at an evening briefing.</p>"
                     for k in range(6))
           + "</article></body></html>").encode()

FEED = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Harbour Wire</title>
<item><title>One</title><link>http://127.0.0.1/one</link><description>&lt;p&gt;Two were killed.&lt;/p&gt;</description></item>
<item><title>Two</title><description>Five were injured.</description></item>
<item><title>Three</title></item>
</channel></rss>"""

CYRILLIC = ("<html><head><title>Взрыв</title></head><body><article>"
            + "".join(f"<p>По данным властей, погибли {k + 3} "
                      f"человека и ещё {k + 8} ранены в результате "
                      f"взрыва в порту утром дня {k}, сообщил губернатор "
                      f"на вечернем брифинге для журналистов.</p>"
                      for k in range(6))
            + "</article></body></html>")

PLAIN = "Officials said 7 civilians were killed in Caf\u00e9 Street.\nThe ministry confirmed it."


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args):  # keep test output quiet
        pass

    def send(self, status: int, body: bytes, content_type: str | None, headers=()):
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.server.user_agents.append(self.headers.get("User-Agent"))
        path = self.path
        try:
            if path == "/article":
                self.send(200, ARTICLE, "text/html; charset=utf-8")
            elif path == "/unlabelled":
                self.send(200, ARTICLE, None)
            elif path == "/cp1251":  # the charset is only in the header
                self.send(200, CYRILLIC.encode("cp1251"), "text/html; charset=windows-1251")
            elif path == "/feed":
                self.send(200, FEED, "application/rss+xml")
            elif path == "/feed-as-text":
                self.send(200, FEED, "text/plain")
            elif path == "/plain":
                self.send(200, PLAIN.encode("utf-8"), "text/plain; charset=utf-8")
            elif path == "/latin1":
                self.send(200, PLAIN.encode("latin-1"), "text/plain; charset=iso-8859-1")
            elif path == "/bad-utf8":
                self.send(200, PLAIN.encode("latin-1"), "text/plain")
            elif path == "/image":
                self.send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
            elif path == "/empty":
                self.send(200, b"", "text/html")
            elif path == "/missing":
                self.send(404, b"<h1>Not here</h1>", "text/html")
            elif path == "/broken":
                self.send(500, b"oops", "text/plain")
            elif path == "/redirect":
                self.send(302, b"", None, [("Location", "/article")])
            elif path == "/loop":
                self.send(302, b"", None, [("Location", "/loop")])
            elif path == "/to-file":
                self.send(302, b"", None, [("Location", "file:///etc/passwd")])
            elif path == "/big":
                self.send(200, b"<p>" + b"x" * 5000 + b"</p>", "text/html")
            elif path == "/big-unannounced":  # no Content-Length: only streaming can stop it
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(50):
                    self.wfile.write(b"<p>" + b"y" * 1000 + b"</p>")
            elif path == "/slow":
                time.sleep(1.5)
                self.send(200, ARTICLE, "text/html")
            elif path == "/drip":  # each byte in time for the read timeout, never done in time
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                for _ in range(30):
                    self.wfile.write(b"word ")
                    self.wfile.flush()
                    time.sleep(0.1)
            else:
                self.send(404, b"", "text/plain")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as the limit tests intend


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.user_agents = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch):
    """A proxy in the environment must not route the local server's traffic elsewhere."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture
def base(server):
    return server[1]


def test_html_page_becomes_an_article(base):
    [article] = read_url(f"{base}/article", Limits())
    assert isinstance(article, Article)
    assert "Rescue workers said 4 people were killed" in article.text
    assert article.title == "Blast in Harbour Town"
    assert article.source == article.url == f"{base}/article"


def test_charset_from_the_content_type_header(base):
    [article] = read_url(f"{base}/cp1251", Limits())
    assert "\u043f\u043e\u0433\u0438\u0431\u043b\u0438 3 \u0447\u0435\u043b\u043e\u0432\u0435\u043a\u0430" in article.text


def test_redirect_is_followed_and_final_url_kept(base):
    [article] = read_url(f"{base}/redirect", Limits())
    assert article.source == f"{base}/redirect"
    assert article.url == f"{base}/article"


def test_unlabelled_html_is_sniffed(base):
    [article] = read_url(f"{base}/unlabelled", Limits())
    assert "killed" in article.text


@pytest.mark.parametrize("path", ["/feed", "/feed-as-text"])
def test_feed_url_yields_its_entries(base, path):
    results = list(read_url(f"{base}{path}", Limits()))
    assert [type(r) for r in results] == [Article, Article, Failure]
    assert results[0].text == "Two were killed." and results[0].outlet == "Harbour Wire"
    assert results[0].source == "http://127.0.0.1/one"
    assert results[1].source == f"{base}{path}#2"
    assert results[2].item == f"{base}{path}#3"


def test_plain_text(base):
    [article] = read_url(f"{base}/plain", Limits())
    assert article.text == PLAIN and article.url == f"{base}/plain"
    [article] = read_url(f"{base}/latin1", Limits())
    assert article.text == PLAIN
    notice, article = read_url(f"{base}/bad-utf8", Limits())
    assert isinstance(notice, Notice) and "invalid UTF-8" in notice.message
    assert "Caf\ufffd Street" in article.text


def test_user_agent_is_sent(server):
    httpd, base = server
    list(read_url(f"{base}/plain", Limits(user_agent="toll-test/9.9 (+contact)")))
    assert httpd.user_agents[-1] == "toll-test/9.9 (+contact)"
    list(read_url(f"{base}/plain", Limits()))
    assert httpd.user_agents[-1] == Limits().user_agent


@pytest.mark.parametrize("path, reason", [
    ("/missing", "HTTP 404 Not Found"),
    ("/broken", "HTTP 500 Internal Server Error"),
    ("/empty", "empty response body"),
    ("/image", "unsupported content type 'image/png'"),
    ("/loop", "too many redirects (more than 5)"),
])
def test_http_failures_have_one_line_reasons(base, path, reason):
    with pytest.raises(IngestError) as caught:
        list(read_url(f"{base}{path}", Limits()))
    assert str(caught.value) == reason


def test_redirect_to_another_scheme_is_refused(base):
    with pytest.raises(IngestError, match="unsupported URL"):
        list(read_url(f"{base}/to-file", Limits()))


@pytest.mark.parametrize("path", ["/big", "/big-unannounced"])
def test_body_over_the_limit_stops_the_fetch(base, path):
    with pytest.raises(IngestError, match="over the limit of 4,000"):
        list(read_url(f"{base}{path}", Limits(max_bytes=4000)))


def test_slow_response_times_out(base):
    started = time.monotonic()
    with pytest.raises(IngestError) as caught:
        list(read_url(f"{base}/slow", Limits(timeout=0.3)))
    assert str(caught.value) == "timed out after 0.3s"
    assert time.monotonic() - started < 1.4


def test_dripping_body_is_bounded_by_the_total_timeout(base):
    started = time.monotonic()
    with pytest.raises(IngestError, match=r"^timed out after 0.5s$"):
        list(read_url(f"{base}/drip", Limits(timeout=0.5)))
    assert time.monotonic() - started < 2.5  # the drip alone takes 3s


def test_closed_port_is_connection_refused():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(IngestError) as caught:
        list(read_url(f"http://127.0.0.1:{port}/", Limits(timeout=5)))
    assert str(caught.value) == "connection refused"


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/file", "file:///etc/passwd", "127.0.0.1/x"])
def test_non_http_schemes_are_refused(url):
    with pytest.raises(IngestError, match="unsupported URL scheme"):
        list(read_url(url, Limits()))


@pytest.mark.parametrize("url", ["http://[::1/", "http://", "https:///path"])
def test_invalid_url(url):
    with pytest.raises(IngestError, match="^invalid URL"):
        list(read_url(url, Limits()))


def test_describe_error_without_network():
    limits = Limits(timeout=20)
    url = "http://nowhere.invalid/story"
    dns = httpx.ConnectError("[Errno -2] Name or service not known")
    assert describe_error(dns, url, limits) == "cannot resolve host 'nowhere.invalid'"
    dns = httpx.ConnectError("[Errno -3] Temporary failure in name resolution")
    assert describe_error(dns, url, limits) == "cannot resolve host 'nowhere.invalid'"
    assert describe_error(httpx.ConnectTimeout("x"), url, limits) == "timed out after 20s"
    assert describe_error(httpx.ConnectError("[Errno 111] Connection refused"), url, limits) \
        == "connection refused"
    assert describe_error(httpx.RemoteProtocolError("Server disconnected"), url, limits) \
        == "bad HTTP response: Server disconnected"


def test_sniffing_and_content_types():
    assert sniff_kind(b"\xef\xbb\xbf  <!DOCTYPE html><html>") == "html"
    assert sniff_kind(b"<?xml version='1.0'?><rss version='2.0'>") == "feed"
    assert sniff_kind(b"<?xml version='1.0'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>") == "feed"
    assert sniff_kind(b"Ten were killed.") == "text"
    assert sniff_kind(b"\x89PNG\r\n\x1a\n\x00\x00\x00") is None
    assert body_kind("application/atom+xml; charset=utf-8", b"") == "feed"
    assert body_kind("application/xhtml+xml", b"") == "html"
    assert body_kind("text/plain", b"<rss version='2.0'>") == "feed"
    with pytest.raises(IngestError, match="binary response"):
        body_kind("application/octet-stream", b"\x00\x01\x02\x03" * 10)
    with pytest.raises(IngestError, match="unsupported content type 'application/pdf'"):
        body_kind("application/pdf", b"%PDF-1.7")


def test_dispatcher_reads_urls(base):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}/"
    results = list(read_inputs([f"{base}/article", f"{base}/feed", f"{base}/missing", closed],
                               Limits(timeout=5)))
    assert [type(r) for r in results] == [Article, Article, Article, Failure, Failure, Failure]
    assert results[0].url == f"{base}/article"
    assert results[3] == Failure(f"{base}/feed#3", "feed entry 3 ('Three'): no content")
    assert results[4] == Failure(f"{base}/missing", "HTTP 404 Not Found")
    assert results[5] == Failure(closed, "connection refused")
