"""RSS and Atom feeds: one article per entry, a Failure per unreadable entry."""
from __future__ import annotations

import gzip

import pytest

from toll.ingest import Failure, IngestError, Limits, Notice, read_inputs
from toll.ingest.feeds import fragment_text, read_feed, read_feed_file
from toll.model import Article

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>The  Example Gazette</title>
  <link>https://gazette.example/</link>
  <item>
    <title>Shelling kills 12 in border town</title>
    <link>https://gazette.example/shelling</link>
    <pubDate>Tue, 05 Mar 2024 23:30:00 GMT</pubDate>
    <description>Teaser only.</description>
    <content:encoded><![CDATA[<p>Officials said 12 people
      were killed in the shelling.</p><p>Another <b>30</b> were injured,<br>the ministry said.</p>
      <script>track()</script>]]></content:encoded>
  </item>
  <item>
    <title>Headline with no body</title>
    <link>https://gazette.example/empty</link>
  </item>
  <item>
    <title>Description only</title>
    <description>Three soldiers were captured &amp; later released.</description>
    <pubDate>Wed, 06 Mar 2024 08:00:00 +0100</pubDate>
  </item>
</channel>
</rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Wire</title>
  <id>urn:feed:wire</id>
  <updated>2024-02-03T00:00:00Z</updated>
  <entry>
    <title>Convoy ambushed</title>
    <link rel="alternate" href="https://wire.example/convoy"/>
    <id>urn:entry:1</id>
    <published>2024-02-01T10:00:00Z</published>
    <updated>2024-02-03T12:00:00Z</updated>
    <content type="html">&lt;p&gt;Ten soldiers were captured.&lt;/p&gt;&lt;p&gt;Two are missing.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Plain text entry</title>
    <id>urn:entry:2</id>
    <updated>2024-02-04T00:00:00Z</updated>
    <content type="text">First line of the report.
Second line of the report.</content>
  </entry>
  <entry>
    <title>XHTML entry</title>
    <id>urn:entry:3</id>
    <updated>2024-02-05T00:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One  paragraph.</p><ul><li>A list item.</li></ul></div></content>
  </entry>
</feed>
"""


def test_rss_entries_become_articles_with_metadata():
    results = list(read_feed(RSS, "feed.rss"))
    assert [type(r) for r in results] == [Article, Failure, Article]
    first = results[0]
    # content:encoded wins over the teaser in <description>; paragraphs are lines; script gone
    assert first.text == ("Officials said 12 people were killed in the shelling.\n"
                          "Another 30 were injured,\nthe ministry said.")
    assert first.title == "Shelling kills 12 in border town"
    assert first.outlet == "The Example Gazette"
    assert first.url == first.source == "https://gazette.example/shelling"
    assert first.published == "2024-03-05"
    third = results[2]
    assert third.text == "Three soldiers were captured & later released."
    # no link: the entry is named by the feed and its position
    assert third.source == "feed.rss#3" and third.url is None
    # the date is taken in UTC, as feedparser normalises it
    assert third.published == "2024-03-06"


def test_entry_without_content_is_a_failure_naming_it():
    failure = list(read_feed(RSS, "feed.rss"))[1]
    assert failure.item == "https://gazette.example/empty"
    assert "Headline with no body" in failure.reason and "no content" in failure.reason


def test_atom_entries():
    results = list(read_feed(ATOM, "wire.atom"))
    assert all(isinstance(r, Article) for r in results)
    convoy, plain, xhtml = results
    assert convoy.text == "Ten soldiers were captured.\nTwo are missing."
    assert convoy.outlet == "Atom Wire"
    assert convoy.url == "https://wire.example/convoy"
    assert convoy.published == "2024-02-01"  # published preferred over updated
    assert plain.text == "First line of the report.\nSecond line of the report."
    assert plain.published == "2024-02-04"  # only updated given
    # an opaque id is not a URL: the entry is named by position instead
    assert plain.url is None and plain.source == "wire.atom#2"
    assert xhtml.text == "One paragraph.\nA list item."


def test_dates_that_are_missing_or_unparseable_give_none():
    feed = b"""<rss version="2.0"><channel><title>T</title>
    <item><title>a</title><description>Body a.</description><pubDate>not a date</pubDate></item>
    <item><title>b</title><description>Body b.</description></item>
    </channel></rss>"""
    results = list(read_feed(feed, "f"))
    assert [a.published for a in results] == [None, None]
    assert [a.text for a in results] == ["Body a.", "Body b."]


@pytest.mark.parametrize("data", [
    b"Just some words in a file, not XML at all.",
    b"<html><head><title>x</title></head><body><p>A web page.</p></body></html>",
    b'{"json": true}',
    b"\x00\x01\x02\x03binary",
    b"/etc/passwd",  # must be parsed as content, never opened as a path
])
def test_not_a_feed_raises_ingest_error(data):
    with pytest.raises(IngestError, match="not an RSS or Atom feed"):
        list(read_feed(data, "thing"))


def test_feed_with_no_entries_is_a_notice_not_an_error():
    feed = b"<rss version='2.0'><channel><title>Quiet</title></channel></rss>"
    assert list(read_feed(feed, "quiet.rss")) == [Notice("quiet.rss", "feed has no entries")]


def test_malformed_feed_keeps_readable_entries_and_says_so():
    feed = (b"<rss version='2.0'><channel><title>T</title>"
            b"<item><title>a</title><description>Five were killed.</description></item>"
            b"<item><title>b</title><description>cut")
    results = list(read_feed(feed, "broken.rss"))
    assert isinstance(results[0], Notice) and "malformed" in results[0].message
    assert results[1].text == "Five were killed."


def test_charset_from_http_header_is_used():
    feed = ("<rss version='2.0'><channel><title>Caf\u00e9</title><item><title>t</title>"
            "<description>Bient\u00f4t.</description></item></channel></rss>").encode("latin-1")
    [article] = read_feed(feed, "u", content_type="application/rss+xml; charset=iso-8859-1")
    assert article.text == "Bient\u00f4t." and article.outlet == "Caf\u00e9"


def test_fragment_text():
    assert fragment_text("<div><p>a\n b</p>c<br/>d<!-- note --><style>x{}</style></div>") == "a b\nc\nd"
    assert fragment_text("") == ""
    assert fragment_text("no markup &amp; entities") == "no markup & entities"
    assert fragment_text("<div>" * 200 + "deep text" + "</div>" * 200) == "deep text"
    # libxml2 stops nesting at its depth limit; absurd markup costs text, never a crash
    assert isinstance(fragment_text("<div>" * 5000 + "x" + "</div>" * 5000), str)


def test_read_feed_file_plain_and_gzipped(tmp_path):
    plain = tmp_path / "news.rss"
    plain.write_bytes(RSS)
    packed = tmp_path / "wire.atom.gz"
    packed.write_bytes(gzip.compress(ATOM))
    assert len([r for r in read_feed_file(plain, Limits()) if isinstance(r, Article)]) == 2
    assert len(list(read_feed_file(packed, Limits()))) == 3
    with pytest.raises(IngestError, match="over the limit"):
        list(read_feed_file(plain, Limits(max_bytes=100)))


def test_dispatcher_reads_rss_and_xml_files(tmp_path):
    (tmp_path / "a.rss").write_bytes(RSS)
    (tmp_path / "b.xml").write_bytes(ATOM)
    (tmp_path / "c.xml").write_bytes(b"<notes><note>not a feed</note></notes>")
    results = list(read_inputs([str(tmp_path)]))
    articles = [r for r in results if isinstance(r, Article)]
    failures = [r for r in results if isinstance(r, Failure)]
    assert [a.url for a in articles] == ["https://gazette.example/shelling", None,
                                         "https://wire.example/convoy", None, None]
    assert {f.item for f in failures} == {"https://gazette.example/empty", str(tmp_path / "c.xml")}
    assert any("not an RSS or Atom feed" in f.reason for f in failures)
