"""Break 4 of issue 11: one bad record fails alone; the rest of its container is read.

Also the door's normalisation (lone surrogates, NUL, controls, bidi overrides), on
which the rest of toll relies."""
import gzip
import io
import json

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from toll.ingest import Failure, read_inputs
from toll.ingest.door import normalise_field, normalise_text
from toll.model import Article
from toll.pipeline import ingest
from toll.store import Store

STORY = "Officials said {n} civilians were killed in the town on Monday."


def _articles(results):
    return [r for r in results if isinstance(r, Article)]


def test_normalised_text_holds_only_what_can_be_stored_and_shown():
    assert normalise_text("a \ud800 b\x00c\x1b[2Jd\u202eef\u2066g\u2069\tx\ny\x0cz") == "a \ufffd bc[2Jdefg\tx\ny\nz"
    assert normalise_field("a\nb\r\nc\t\x00") == "a b c"
    assert normalise_field("\x00\u202e ") is None


def test_a_lone_surrogate_in_jsonl_fails_nothing_after_it(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"text": STORY.format(n=1)}), '{"text": "a \\ud800 ' + STORY.format(n=2) + '"}',
             json.dumps({"text": STORY.format(n=3), "title": "T\u0000itle"})]
    path.write_text("\n".join(lines) + "\n")
    results = list(read_inputs([str(path)]))
    assert not [r for r in results if isinstance(r, Failure)]
    texts = [a.text for a in _articles(results)]
    assert len(texts) == 3 and "\ufffd" in texts[1] and _articles(results)[2].title == "Title"


def test_a_line_that_breaks_a_reader_fails_alone(tmp_path, monkeypatch):
    import toll.ingest.text as text_module

    real = text_module.metadata

    def fragile(record):
        if record.get("title") == "boom":
            raise RuntimeError("a reader bug")
        return real(record)

    monkeypatch.setattr(text_module, "metadata", fragile)
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps({"text": STORY.format(n=n), "title": t})
                              for n, t in ((1, "a"), (2, "boom"), (3, "c"))) + "\n")
    results = list(read_inputs([str(path)]))
    failures = [r for r in results if isinstance(r, Failure)]
    assert len(_articles(results)) == 2 and len(failures) == 1 and failures[0].item.endswith(":2")


def test_a_feed_entry_with_a_bad_field_fails_alone(tmp_path, monkeypatch):
    import toll.ingest.feeds as feeds

    real = feeds.entry_text
    monkeypatch.setattr(feeds, "entry_text", lambda e: (_ for _ in ()).throw(ValueError("bad field"))
                        if "2" in (e.get("title") or "") else real(e))
    items = "".join(f"<item><title>Entry {n}</title><link>https://example.org/{n}</link>"
                    f"<description>{STORY.format(n=n)}</description></item>" for n in (1, 2, 3))
    path = tmp_path / "feed.rss"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Example</title>{items}</channel></rss>')
    results = list(read_inputs([str(path)]))
    assert len(_articles(results)) == 2
    assert [f.item for f in results if isinstance(f, Failure)] == ["https://example.org/2"]


def _warc(path, pages):
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        for uri, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))


def test_a_warc_record_that_breaks_the_page_reader_fails_alone(tmp_path, monkeypatch):
    import toll.ingest.warc as warc

    real = warc.article_from_html
    monkeypatch.setattr(warc, "article_from_html", lambda html, source, url: (_ for _ in ()).throw(
        UnicodeEncodeError("utf-8", "x", 0, 1, "surrogates not allowed")) if url.endswith("/2") else
        real(html, source=source, url=url))
    page = "<html><head><title>T</title></head><body><article><p>{}</p><p>{}</p></article></body></html>"
    pages = [(f"https://example.org/{n}", page.format(STORY.format(n=n), STORY.format(n=n + 10) * 3).encode())
             for n in (1, 2, 3)]
    _warc(tmp_path / "crawl.warc", pages)
    results = list(read_inputs([str(tmp_path / "crawl.warc")]))
    failures = [r for r in results if isinstance(r, Failure)]
    assert len(_articles(results)) == 2 and len(failures) == 1 and failures[0].item.endswith("/2")


def test_an_article_the_store_refuses_fails_alone(any_db, tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in (1, 2, 3):
        (folder / f"{n}.txt").write_text(STORY.format(n=n) + "\n")
    with Store(any_db) as store:
        real = store.add_article

        def fussy(article, **kwargs):
            if "said 2 " in article.text:
                raise RuntimeError("the database refused it")
            return real(article, **kwargs)

        monkeypatch.setattr(store, "add_article", fussy)
        problems = []
        report = ingest([str(folder)], store, on_problem=lambda item, reason: problems.append((item, reason)))
        assert (report.new, report.failed) == (2, 1) and store.count_articles() == 2
    assert problems[0][0].endswith("2.txt") and "not stored" in problems[0][1]


def test_nul_and_surrogates_in_metadata_store_on_every_database(any_db, tmp_path):
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "batch.jsonl"
    records = [{"text": STORY.format(n=1), "title": "NUL\u0000 title", "outlet": "Out\u0000let\u202e"},
               {"text": STORY.format(n=2), "title": "fine"}]
    path.write_text("\n".join(json.dumps(r) for r in records).replace("fine", "\\udc00fine") + "\n")
    with Store(any_db) as store:
        report = ingest([str(path)], store)
        assert (report.new, report.failed) == (2, 0)
        assert sorted(a["title"] for a in store.iter_articles()) == ["NUL title", "\ufffdfine"]
