"""Reading files into articles, and every class of bad input."""
import gzip
import json
import os
import socket

import pytest

from conftest import SEEDS
from toll.ingest import Failure, Limits, Notice, expand_inputs, read_inputs
from toll.model import Article

STORY = ("Officials said on Monday that four people were killed when shelling hit the town. "
         "Rescue teams were still searching the rubble, the regional governor said.")


def results(*inputs, **limits):
    return list(read_inputs([str(i) for i in inputs], Limits(**limits)))


def articles_of(res):
    return [r for r in res if isinstance(r, Article)]


def failures_of(res):
    return {r.item: r.reason for r in res if isinstance(r, Failure)}


def test_text_file_with_sidecar(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "a.meta.json").write_text(json.dumps(
        {"outlet": "Example Post", "title": "Four killed", "published": "March 3, 2022", "url": "https://example.org/a"}))
    [article] = articles_of(results(tmp_path / "a.txt"))
    assert (article.outlet, article.title, article.published, article.url) == \
        ("Example Post", "Four killed", "2022-03-03", "https://example.org/a")
    assert article.text == STORY
    assert article.source.endswith("a.txt")


def test_seeds_read_with_their_metadata():
    arts = articles_of(results(SEEDS))
    assert [a.published for a in arts] == ["2015-03-06", "2022-02-27"]
    assert arts[1].outlet == "The Daily Beast"


def test_directories_are_walked_recursively_skipping_sidecars_and_hidden(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "b.txt").write_text(STORY)
    (tmp_path / "a.txt").write_text(STORY + " More.")
    (tmp_path / "a.meta.json").write_text("{}")
    (tmp_path / ".hidden.txt").write_text(STORY)
    listed = list(expand_inputs([str(tmp_path)]))
    assert [p.rsplit("/", 1)[-1] for p in listed] == ["a.txt", "b.txt"]


def test_jsonl_text_and_html_records_and_bad_lines(tmp_path):
    html = f"<html><head><title>T</title></head><body><article><p>{STORY}</p><p>{STORY}</p></article></body></html>"
    lines = [json.dumps({"text": STORY, "outlet": "Wire", "published": "2023-01-02"}),
             "{not json",
             json.dumps({"title": "no body"}),
             "",
             json.dumps({"html": html, "outlet": "Web Wire"})]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines))
    res = results(path)
    arts = articles_of(res)
    assert [a.outlet for a in arts] == ["Wire", "Web Wire"]
    assert arts[0].published == "2023-01-02"
    assert "four people were killed" in arts[1].text
    fails = failures_of(res)
    assert set(fails) == {f"{path}:2", f"{path}:3"}
    assert "invalid JSON" in fails[f"{path}:2"]
    assert "no 'text' or 'html'" in fails[f"{path}:3"]


def test_gzipped_text_is_read(tmp_path):
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(STORY.encode()))
    [article] = articles_of(results(path))
    assert article.text == STORY


# ---------------------------------------------------------------- bad input, one class each

def test_missing_path_is_named():
    assert failures_of(results("/nonexistent/story.txt")) == {"/nonexistent/story.txt": "no such file or directory"}


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 10)
    assert "binary" in failures_of(results(path))[str(path)]


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n")
    assert failures_of(results(path))[str(path)] == "empty file"


def test_file_over_size_limit_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(STORY * 100)
    reason = failures_of(results(path, max_bytes=1000))[str(path)]
    assert "over the limit of 1,000" in reason


def test_gzip_bomb_is_stopped_at_the_limit(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 1_000_000))
    assert "over the limit" in failures_of(results(path, max_bytes=10_000))[str(path)]


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(STORY.encode() + b" Caf\xe9 owner \xff said so.")
    res = results(path)
    [article] = articles_of(res)
    assert "Caf\ufffd owner" in article.text
    [notice] = [r for r in res if isinstance(r, Notice)]
    assert notice.item == str(path) and "invalid UTF-8" in notice.message


def test_broken_html_gives_an_article_or_a_named_failure(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<html><body><div><p>" + STORY + "<p><b>unclosed <i>" + STORY + "</div><<<>>")
    res = results(path)
    assert len(res) == 1
    assert isinstance(res[0], Article) or res[0].item == str(path)


def test_html_without_text_is_a_named_failure(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body>   </body></html>")
    assert "no main text" in failures_of(results(path))[str(path)]


def test_truncated_gzip_is_a_named_failure(tmp_path):
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(gzip.compress(STORY.encode() * 50)[:60])
    assert "truncated gzip" in failures_of(results(path))[str(path)]


def test_unsupported_type_is_named(tmp_path):
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK\x03\x04")
    assert "unsupported file type '.docx'" in failures_of(results(path))[str(path)]


def test_unreachable_url_is_named():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/story"
    fails = failures_of(results(url, timeout=2))
    assert list(fails) == [url]


def test_text_that_is_all_boilerplate_is_refused(tmp_path):
    path = tmp_path / "promo.txt"
    path.write_text("Related: Another story\nSign up for our newsletter.\n")
    assert failures_of(results(path))[str(path)] == "no text left after cleaning"


@pytest.mark.parametrize("sidecar", ["[1, 2]", "{broken"])
def test_bad_sidecar_is_a_named_failure(tmp_path, sidecar):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "a.meta.json").write_text(sidecar)
    assert "sidecar" in failures_of(results(tmp_path / "a.txt"))[str(tmp_path / "a.txt")]


def test_jsonl_is_streamed_with_a_per_line_limit(tmp_path):
    path = tmp_path / "big.jsonl"
    lines = [json.dumps({"text": STORY + f" Line {n}."}) for n in range(3)]
    lines.insert(1, json.dumps({"text": "x " * 5000}))
    path.write_text("\n".join(lines) + "\n")
    res = results(path, max_bytes=2000)
    assert len(articles_of(res)) == 3
    assert "over the limit of 2,000" in failures_of(res)[f"{path}:2"]


def test_gzipped_jsonl_cut_short_keeps_what_was_read(tmp_path):
    path = tmp_path / "batch.jsonl.gz"
    noise = lambda n: os.urandom(24).hex()  # noqa: E731 - incompressible, so a cut loses lines
    body = "\n".join(json.dumps({"text": STORY + f" Item {n} {noise(n)}."}) for n in range(200)).encode()
    packed = gzip.compress(body)
    path.write_bytes(packed[: len(packed) // 2])
    res = results(path)
    assert 0 < len(articles_of(res)) < 200
    assert "truncated or corrupt" in failures_of(res)[str(path)]
