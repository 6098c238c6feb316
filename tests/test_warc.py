"""Web archives: 200 HTML responses become articles; a broken archive keeps what came before."""
from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from toll.ingest import Failure, IngestError, Limits, Notice, read_inputs
from toll.ingest.warc import read_warc
from toll.model import Article

TOWNS = ["Avalon", "Brightwater", "Cedar Falls", "Dunmore", "Eastport"]


def page(n: int, extra: str = "") -> bytes:
    """A news page trafilatura finds a story in; ``n`` makes each one different."""
    town = TOWNS[n % len(TOWNS)]
    paragraphs = "".join(
        f"<p>Officials in {town} said {n + k} people were killed and {2 * n + k} injured when "
        f"shells struck the market district on the morning of day {k}, according to a statement "
        f"released by the regional administration late in the evening.</p>"
        for k in range(6))
    return (f"<!DOCTYPE html><html><head><title>Report {n} from {town}</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>Report {n} from {town}</h1>{paragraphs}{extra}</article>"
            f"<footer>Copyright Example News</footer></body></html>").encode()


def response(writer: WARCWriter, uri: str, body: bytes, status: str = "200 OK",
             content_type: str | None = "text/html; charset=utf-8", extra_headers=()):
    headers = [("Content-Type", content_type)] if content_type else []
    headers += list(extra_headers)
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                  http_headers=http))


def write_warc(path: Path, records, gz: bool) -> list[int]:
    """Write ``records`` (uri, body, kwargs) to ``path``; the offset after each record."""
    offsets = []
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for uri, body, kwargs in records:
            response(writer, uri, body, **kwargs)
            offsets.append(handle.tell())
    return offsets


def pages(count: int):
    return [(f"https://news.example/story/{n}", page(n), {}) for n in range(count)]


@pytest.mark.parametrize("gz", [True, False])
def test_html_200_responses_become_articles_and_the_rest_is_skipped(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    records = [
        ("https://news.example/story/1", page(1), {}),
        ("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200,
         {"content_type": "image/png"}),
        ("https://news.example/gone", page(7), {"status": "404 Not Found"}),
        ("https://news.example/moved", page(8), {"status": "301 Moved Permanently",
                                                 "extra_headers": [("Location", "/story/1")]}),
        ("https://news.example/data.json", b'{"killed": 3}', {"content_type": "application/json"}),
        ("https://news.example/story/2", page(2), {}),
    ]
    write_warc(path, records, gz)
    # a request record, which is never a page
    with open(path, "ab") as handle:
        writer = WARCWriter(handle, gzip=gz)
        writer.write_record(writer.create_warc_record(
            "https://news.example/story/3", "request", payload=io.BytesIO(b"GET /story/3 HTTP/1.1\r\n\r\n")))
    results = list(read_warc(path, Limits()))
    assert all(isinstance(r, Article) for r in results)
    assert [a.url for a in results] == ["https://news.example/story/1", "https://news.example/story/2"]
    first = results[0]
    assert first.source == f"{path}#https://news.example/story/1"
    assert "Officials in Brightwater said 1 people were killed" in first.text
    assert "Home" not in first.text.split("\n")[0]
    assert first.title == "Report 1 from Brightwater"


def test_gzip_encoded_and_unlabelled_payloads(tmp_path):
    path = tmp_path / "enc.warc.gz"
    write_warc(path, [
        ("https://news.example/gz", gzip.compress(page(3)),
         {"extra_headers": [("Content-Encoding", "gzip")]}),
        ("https://news.example/nolabel", page(4), {"content_type": None}),
        ("https://news.example/binary", b"\x00\x01\x02" * 100, {"content_type": None}),
    ], gz=True)
    results = list(read_warc(path, Limits()))
    assert [type(r) for r in results] == [Article, Article]
    assert "Officials in Dunmore said 3 people were killed" in results[0].text
    assert results[1].url == "https://news.example/nolabel"


def test_charset_declared_in_the_http_header(tmp_path):
    path = tmp_path / "latin.warc"
    body = page(2, extra="<p>At the Caf\u00e9 Central, residents said they\u2019d heard three blasts "
                         "before dawn and that the windows of every shop were broken.</p>")
    write_warc(path, [("https://news.example/latin", body.decode().encode("cp1252"),
                       {"content_type": "text/html; charset=ISO-8859-1"})], gz=False)
    [article] = read_warc(path, Limits())
    assert "At the Caf\u00e9 Central, residents said they\u2019d heard" in article.text


def test_oversized_record_and_page_without_text_are_failures(tmp_path):
    path = tmp_path / "mixed.warc.gz"
    big = page(5, extra="<p>" + "padding words " * 5000 + "</p>")
    empty = b"<html><head><title>Index</title></head><body><script>var x = 1;</script></body></html>"
    write_warc(path, [
        ("https://news.example/big", big, {}),
        ("https://news.example/index", empty, {}),
        ("https://news.example/story/1", page(1), {}),
    ], gz=True)
    limits = Limits(max_bytes=len(big) - 1)
    big_failure, empty_failure, article = read_warc(path, limits)
    assert big_failure == Failure(f"{path}#https://news.example/big",
                                  f"record payload is over the limit of {limits.max_bytes:,} bytes")
    assert empty_failure.item == f"{path}#https://news.example/index"
    assert "no main text" in empty_failure.reason
    assert isinstance(article, Article) and article.url == "https://news.example/story/1"
    # the limit is per record: the archive itself is bigger than max_bytes
    assert path.stat().st_size > Limits(max_bytes=len(page(1)) + 1).max_bytes
    assert len([r for r in read_warc(path, Limits(max_bytes=len(page(1)) + 1))
                if isinstance(r, Article)]) == 1


def test_truncated_warc_gz_yields_articles_before_the_cut_then_raises(tmp_path):
    path = tmp_path / "cut.warc.gz"
    offsets = write_warc(path, pages(3), gz=True)
    data = path.read_bytes()
    path.write_bytes(data[: (offsets[1] + offsets[2]) // 2])  # in the middle of record 3
    seen = []
    with pytest.raises(IngestError, match="truncated or corrupt"):
        for result in read_warc(path, Limits()):
            seen.append(result)
    assert [a.url for a in seen] == ["https://news.example/story/0", "https://news.example/story/1"]


@pytest.mark.parametrize("where", ["headers", "payload"])
def test_truncated_plain_warc_is_reported(tmp_path, where):
    path = tmp_path / "cut.warc"
    offsets = write_warc(path, pages(3), gz=False)
    cut = offsets[1] + (40 if where == "headers" else (offsets[2] - offsets[1]) // 2)
    path.write_bytes(path.read_bytes()[:cut])
    seen = []
    with pytest.raises(IngestError, match="truncated or corrupt"):
        for result in read_warc(path, Limits()):
            seen.append(result)
    assert len(seen) == 2 and all(isinstance(r, Article) for r in seen)


def test_garbage_between_records_stops_with_a_reason(tmp_path):
    path = tmp_path / "garbage.warc"
    offsets = write_warc(path, pages(2), gz=False)
    data = path.read_bytes()
    path.write_bytes(data[: offsets[0]] + b"not a record\r\nstill not one\r\n" + data[offsets[0]:])
    seen = []
    with pytest.raises(IngestError, match="corrupt archive after 1 record"):
        for result in read_warc(path, Limits()):
            seen.append(result)
    assert [a.url for a in seen] == ["https://news.example/story/0"]


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"<html><body>not an archive</body></html>", "not a WARC or ARC file"),
    (b"\x1f\x8b\x08\x00 broken gzip header", "not a WARC or ARC file"),
    (b"WARC/1.0\r\nWARC-Type: resp", "truncated or corrupt archive"),
])
def test_not_an_archive(tmp_path, content, reason):
    path = tmp_path / "bad.warc"
    path.write_bytes(content)
    with pytest.raises(IngestError, match=reason):
        list(read_warc(path, Limits()))


def test_archive_without_pages_gives_a_notice(tmp_path):
    path = tmp_path / "images.warc.gz"
    write_warc(path, [("https://news.example/a.png", b"\x89PNG" + b"\x00" * 50,
                       {"content_type": "image/png"})], gz=True)
    [notice] = read_warc(path, Limits())
    assert isinstance(notice, Notice) and notice.item == str(path)


def test_dispatcher_keeps_articles_before_a_truncation_and_names_the_file(tmp_path):
    good = tmp_path / "a.warc.gz"
    write_warc(good, pages(2), gz=True)
    cut = tmp_path / "b.warc.gz"
    offsets = write_warc(cut, pages(3), gz=True)
    cut.write_bytes(cut.read_bytes()[: offsets[2] - 40])
    results = list(read_inputs([str(good), str(cut)]))
    assert [type(r) for r in results] == [Article, Article, Article, Article, Failure]
    assert results[2].source == f"{cut}#https://news.example/story/0"
    assert results[-1].item == str(cut)
    assert "truncated or corrupt" in results[-1].reason
