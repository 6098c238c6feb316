"""Fetching an article page or a feed over HTTP(S).

One GET per URL, under the same limits as a file: the body is streamed and dropped as
soon as it passes ``max_bytes``, and the whole fetch is bounded by ``timeout`` (httpx's
own timeout is per read, which a server dripping bytes never trips). What the body is
comes from its Content-Type, and from its first bytes when the server does not say.
Every way a fetch can go wrong ends as an IngestError with a one-line reason.
"""
from __future__ import annotations

import codecs
import time
from collections.abc import Iterator
from http import HTTPStatus
from urllib.parse import urlsplit

import httpcore
import httpx

from toll.ingest.feeds import read_feed
from toll.ingest.files import decode, is_binary
from toll.ingest.html import article_from_html
from toll.ingest.items import Failure, IngestError, Limits, Notice
from toll.model import Article

MAX_REDIRECTS = 5

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/feed+xml", "application/xml", "text/xml", "text/rss+xml")
UNLABELLED_TYPES = ("", "application/octet-stream", "binary/octet-stream", "text/plain",
                    "application/unknown", "unknown/unknown")
"""Types that say nothing reliable about the body, so it is sniffed. ``text/plain`` is
here because servers label feeds and pages with it by mistake; sniffing still reads a
plain-text story as text."""

SNIFF_BYTES = 1024


def read_url(url: str, limits: Limits) -> Iterator[Article | Failure | Notice]:
    """The article at ``url``, or the entries of the feed at ``url``."""
    try:
        parts = urlsplit(url)
        scheme, host = parts.scheme.lower(), parts.hostname
    except ValueError as err:
        raise IngestError(f"invalid URL ({err})") from None
    if scheme not in ("http", "https"):
        raise IngestError(f"unsupported URL scheme {scheme + ':' if scheme else '(none)'}; "
                          "only http and https are fetched")
    if not host:
        raise IngestError("invalid URL (no host)")
    body, final_url, content_type = fetch(url, limits)
    kind = body_kind(content_type, body)
    if kind == "html":
        yield article_from_html(decode_declared(body, content_type), source=url, url=final_url)
    elif kind == "feed":
        # feedparser flags a feed served as text/plain as malformed; only pass on the
        # header when it says XML, where its charset is meant for the feed.
        declared = content_type if "xml" in media_type(content_type) else None
        yield from read_feed(body, source=url, content_type=declared)
    else:
        text = decode_declared(body, content_type)
        if isinstance(text, bytes):
            text, warning = decode(text)
            if warning:
                yield Notice(url, warning)
        yield Article(text=text, source=url, url=final_url)


def _time_left(deadline: float, timeout: float | None) -> float:
    """What one network step may wait: ``timeout``, but never past ``deadline``."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the whole fetch took longer than its deadline")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write waits at most until the deadline."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: float):
        self.stream, self.deadline = stream, deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.stream.read(max_bytes, _time_left(self.deadline, timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.stream.write(buffer, _time_left(self.deadline, timeout))

    def close(self) -> None:
        self.stream.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None) -> httpcore.NetworkStream:
        tls = self.stream.start_tls(ssl_context, server_hostname, _time_left(self.deadline, timeout))
        return _DeadlineStream(tls, self.deadline)

    def get_extra_info(self, info: str):
        return self.stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """Connections bounded by one deadline for the whole fetch.

    httpx's timeout is per read: a server that sends its headers a byte a second
    never trips it. Every connect, read and write here gets only the time left."""

    def __init__(self, deadline: float):
        self.backend, self.deadline = httpcore.SyncBackend(), deadline

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        stream = self.backend.connect_tcp(host, port, _time_left(self.deadline, timeout), local_address,
                                          socket_options)
        return _DeadlineStream(stream, self.deadline)

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise httpcore.ConnectError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self.backend.sleep(seconds)


def _transport(deadline: float) -> httpx.HTTPTransport:
    """httpx's own transport (its TLS settings) on the deadline backend. (A proxy from the
    environment gets httpx's own transport, bounded per read only.)"""
    transport = httpx.HTTPTransport()
    transport._pool._network_backend = _DeadlineBackend(deadline)  # httpx offers no public hook
    return transport


def fetch(url: str, limits: Limits) -> tuple[bytes, str, str]:
    """The body, final URL (after redirects) and Content-Type of a successful GET.

    Raises IngestError for an HTTP error status, a body over ``limits.max_bytes``, an
    empty body, and any network failure.
    """
    deadline = time.monotonic() + limits.timeout
    try:
        with httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS,
                          timeout=limits.timeout, transport=_transport(deadline),
                          headers={"User-Agent": limits.user_agent}) as client:
            with client.stream("GET", url) as response:
                if not 200 <= response.status_code < 300:
                    raise IngestError(_status_reason(response))
                declared = response.headers.get("Content-Length", "").strip()
                if declared.isdigit() and int(declared) > limits.max_bytes:
                    raise IngestError(f"response is {int(declared):,} bytes, "
                                      f"over the limit of {limits.max_bytes:,}")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limits.max_bytes:
                        raise IngestError(f"response is over the limit of {limits.max_bytes:,} bytes")
                    if time.monotonic() > deadline:
                        raise IngestError(_timed_out(limits))
                    chunks.append(chunk)
                body = b"".join(chunks)
                final_url = str(response.url)
                content_type = response.headers.get("Content-Type", "")
    except httpx.InvalidURL as err:
        raise IngestError(f"invalid URL ({err})") from None
    except (httpx.HTTPError, httpx.StreamError) as err:
        raise IngestError(describe_error(err, url, limits)) from None
    if not body.strip():
        raise IngestError("empty response body")
    return body, final_url, content_type


def describe_error(err: Exception, url: str, limits: Limits) -> str:
    """The one-line reason for an httpx exception, in words a user can act on."""
    text = " ".join(str(err).split())
    if isinstance(err, httpx.TimeoutException):
        return _timed_out(limits)
    if isinstance(err, httpx.TooManyRedirects):
        return f"too many redirects (more than {MAX_REDIRECTS})"
    if isinstance(err, httpx.UnsupportedProtocol):
        return f"unsupported URL ({text})" if text else "unsupported URL"
    if isinstance(err, httpx.ConnectError):
        lowered = text.lower()
        if "refused" in lowered or "errno 111" in lowered or "errno 61" in lowered:
            return "connection refused"
        if any(s in lowered for s in ("name or service not known", "nodename nor servname",
                                      "name resolution", "getaddrinfo", "no address associated",
                                      "errno -2]", "errno -3]", "errno -5]", "errno 8]",
                                      "errno 11001]")):
            return f"cannot resolve host {_host(err, url)!r}"
        if "certificate" in lowered or "ssl" in lowered or "tls" in lowered:
            return f"TLS error: {text}"
        if "unreachable" in lowered:
            return "network unreachable"
        return f"cannot connect: {text or type(err).__name__}"
    if isinstance(err, httpx.RemoteProtocolError):
        return f"bad HTTP response: {text or type(err).__name__}"
    if isinstance(err, httpx.DecodingError):
        return f"corrupt response body: {text or type(err).__name__}"
    if isinstance(err, httpx.NetworkError):
        return f"connection lost: {text or type(err).__name__}"
    return f"request failed: {text or type(err).__name__}"


def media_type(content_type: str | None) -> str:
    """``text/html`` from ``text/html; charset=utf-8``; "" when there is no header."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if it names a known codec."""
    for param in (content_type or "").split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            value = value.strip().strip("\"'")
            try:
                return codecs.lookup(value).name
            except LookupError:
                return None
    return None


def sniff_kind(data: bytes) -> str | None:
    """"html", "feed" or "text" from a body's first bytes; None for binary data."""
    head = data[:SNIFF_BYTES]
    for bom in (b"\xef\xbb\xbf",):
        if head.startswith(bom):
            head = head[len(bom):]
    head = head.lstrip().lower()
    if head.startswith(b"<"):
        if any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf")):
            return "feed"
        if head.startswith((b"<!doctype html", b"<html")) or \
                any(tag in head for tag in (b"<html", b"<head", b"<body", b"<p>", b"<div")):
            return "html"
        if head.startswith(b"<?xml"):
            return "feed"
    if is_binary(data):
        return None
    return "text"


def body_kind(content_type: str | None, body: bytes) -> str:
    """How to read a body: "html", "feed" or "text"; IngestError for anything else."""
    kind = media_type(content_type)
    if kind in HTML_TYPES:
        return "html"
    if kind in FEED_TYPES or kind.endswith("+xml"):
        return "feed"
    if kind in UNLABELLED_TYPES:
        sniffed = sniff_kind(body)
        if sniffed is None:
            raise IngestError("binary response, not a page, feed or text")
        return sniffed
    raise IngestError(f"unsupported content type {kind!r}")


def decode_declared(body: bytes, content_type: str | None) -> str | bytes:
    """The body as text when it is UTF-8 or the server declared a legacy charset for it;
    the bytes otherwise, for the caller's own decoding and warnings.

    Valid UTF-8 wins over the header, as in :func:`toll.ingest.html.decode_html`:
    servers that label UTF-8 pages with an old default charset are common. A declared
    ISO-8859-1 is read as windows-1252, as browsers do (WHATWG Encoding).
    """
    if body.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return body
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    name = charset(content_type)
    if name is None or name.startswith(("utf-8", "utf-16", "utf-32")):
        return body
    if name in ("iso8859-1", "ascii"):
        try:
            return body.decode("cp1252")
        except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
            return body.decode("latin-1")
    return body.decode(name, errors="replace")


def _status_reason(response: httpx.Response) -> str:
    phrase = response.reason_phrase
    if not phrase:
        try:
            phrase = HTTPStatus(response.status_code).phrase
        except ValueError:
            phrase = ""
    return f"HTTP {response.status_code} {phrase}".strip()


def _timed_out(limits: Limits) -> str:
    return f"timed out after {limits.timeout:g}s"


def _host(err: Exception, url: str) -> str:
    try:
        return err.request.url.host  # the host that failed, after any redirects
    except (AttributeError, RuntimeError):
        return urlsplit(url).hostname or url
