"""The dashboard's pages, in process (FastAPI's test client): status codes, links,
facets, and untrusted article text shown inert."""
from __future__ import annotations

import functools
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from fastapi.testclient import TestClient

from toll.api import create_app
from toll.model import Article
from toll.pipeline import ingest, store_article
from toll.store import Store
from toll.web import facets, routes
from toll.web.highlight import Mark, pieces

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

HOSTILE = ("<script>alert(1)</script> Officials said 12 civilians were killed in the attack on Monday. "
           "<img src=x onerror=alert(2)> The mayor said \"'; DROP TABLE casualties; --\" was scrawled on a wall.")


class Links(HTMLParser):
    """The hrefs and element ids of a page."""

    def __init__(self, html: str):
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.scripts: list[str] = []
        self.inline: list[str] = []  # style elements and attributes, event handler attributes
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "href" in attrs:
            self.hrefs.append(attrs["href"])
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "script":
            self.scripts.append(attrs.get("src") or "")
        self.inline += [f"{tag} {name}" for name in attrs if name == "style" or name.startswith("on")]
        if tag == "style":
            self.inline.append(tag)


class Facets(HTMLParser):
    """The facet values of the dashboard: {facet: {value: (count, href, chosen, label)}}."""

    def __init__(self, html: str):
        super().__init__()
        self.found: dict[str, dict[str, tuple]] = {}
        self._facet = self._item = self._value = None
        self._label = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section" and "data-facet" in attrs:
            self._facet = self.found.setdefault(attrs["data-facet"], {})
        elif tag == "li" and "data-value" in attrs and self._facet is not None:
            self._item = [int(attrs["data-count"]), None, attrs.get("class") == "chosen", ""]
            self._value = attrs["data-value"]
        elif tag == "a" and self._item is not None:
            self._item[1], self._label = attrs["href"], True

    def handle_data(self, data):
        if self._label:
            self._item[3] += data

    def handle_endtag(self, tag):
        self._label = False
        if tag == "section":
            self._facet = None
        elif tag == "li" and self._item is not None:
            self._facet[self._value] = tuple(self._item)
            self._item = None


@pytest.fixture
def ledger_db(any_db):
    with Store(any_db) as store:
        ingest([str(EXAMPLES)], store)
        store_article(store, Article(text=HOSTILE, source="hostile", outlet="<b>Evil</b> Wire",
                                     title="<script>alert('title')</script>", published="2024-05-06",
                                     url="javascript:alert(3)"))
    return any_db


@pytest.fixture
def client(ledger_db):
    return TestClient(create_app(ledger_db, token=""))


def hostile_id(client) -> str:
    return next(a["id"] for a in client.get("/api/articles").json() if a["source"] == "hostile")


def claim_links(html: str) -> list[str]:
    return [h for h in Links(html).hrefs if h.startswith("/articles/") and "#t-c" in h]


def test_pages_answer_and_send_a_strict_policy(client):
    for url in ("/", "/timeline", "/timeline?subject=killed/Russia/military", "/sources/person:shoigu",
                f"/articles/{hostile_id(client)}"):
        page = client.get(url)
        assert page.status_code == 200, url
        assert page.headers["content-type"].startswith("text/html")
        assert "script-src 'self'" in page.headers["content-security-policy"]
        assert page.headers["x-content-type-options"] == "nosniff"
    for asset in ("/static/style.css", "/static/timeline.js", "/static/article.js", "/static/favicon.svg"):
        assert client.get(asset).status_code == 200, asset


def test_unknown_things_answer_404_pages(client):
    for url in ("/articles/nope", "/sources/person:nobody", "/timeline?subject=captured/Mars/military"):
        page = client.get(url)
        assert page.status_code == 404 and "Nothing to show" in page.text, url
    assert client.get("/timeline?subject=a/b/c/d/e").status_code == 422
    assert client.get("/?page=0").status_code == 422


def test_pages_load_nothing_from_elsewhere(client):
    for url in ("/", "/timeline", f"/articles/{hostile_id(client)}", "/sources/person:shoigu"):
        html = client.get(url).text
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), url
        found = Links(html)
        assert found.inline == [], url  # the policy would block them: all style and code is in /static
        assert all(src.startswith("/static/") for src in found.scripts), url


def test_article_text_and_metadata_are_escaped(client):
    page = client.get(f"/articles/{hostile_id(client)}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page
    assert "&lt;b&gt;Evil&lt;/b&gt; Wire" in page
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>Evil" not in page
    assert "javascript:" not in page  # a stored javascript: URL is never a link
    assert Links(page).scripts == ["/static/article.js"]


def test_escaped_in_the_claims_table_and_search(client):
    page = client.get("/", params={"q": "<script>"}).text
    assert "&lt;script&gt;" in page and "<script>alert" not in page
    found = client.get("/", params={"q": "12 civilians"}).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in found and "<script>alert" not in found
    assert "&lt;b&gt;Evil&lt;/b&gt; Wire" in found
    assert client.get("/", params={"q": "'; DROP TABLE casualties; --"}).status_code == 200
    assert client.get("/api/claims").json()  # the table is still there


def test_each_claim_row_links_to_its_sentence_and_back(client):
    page = client.get("/").text
    links = claim_links(page)
    assert len(links) == len(client.get("/api/claims").json())
    for link in links:
        path, anchor = link.split("#")
        article = client.get(path)
        assert article.status_code == 200
        ids = Links(article.text)
        item = anchor.removeprefix("t-")
        assert {anchor, item} <= ids.ids  # the highlight's tag and the list entry
        assert f"#{item}" in ids.hrefs and f"#{anchor}" in ids.hrefs  # each links to the other


def test_highlights_rebuild_the_text_and_name_the_claimant(client):
    article_id = client.get("/api/articles").json()[0]["id"]
    data = client.get(f"/api/articles/{article_id}").json()
    page = client.get(f"/articles/{article_id}").text
    for c in data["casualties"]:
        assert f'id="t-{c["id"]}"' in page and f'id="{c["id"]}"' in page
        if c["claimant"]:
            assert c["claimant"]["name"].replace("'", "&#39;") in page
    for s in data["statements"]:
        assert f'id="t-{s["id"]}"' in page and f'id="{s["id"]}"' in page
    text = page.split('<div class="text" id="text">', 1)[1].split("</div>", 1)[0]
    plain = re.sub(r'<a class="tag[^>]*>[^<]*</a>', "", text)
    plain = re.sub(r"</?mark[^>]*>", "", plain)
    assert plain.replace("&#39;", "'").replace("&#34;", '"') == data["article"]["text"]


def test_facets_count_and_filter(client):
    everything = client.get("/api/claims", params={"limit": 1000}).json()
    found = Facets(client.get("/").text).found
    assert list(found) == ["outcome", "affiliation", "role", "claimant"]
    for facet in ("outcome", "role"):
        assert {v: c[0] for v, c in found[facet].items()} == Counter(r[facet] for r in everything)
    assert found["affiliation"]["Russia"][0] == sum(r["affiliation"] == "Russia" for r in everything)
    assert sum(c[0] for c in found["claimant"].values()) == len(everything)

    chosen = client.get("/", params={"outcome": "killed", "affiliation": "Russia"}).text
    rows = re.findall(r'<tr class="claim" data-outcome="(\w+)" data-affiliation="([^"]+)"', chosen)
    expected = [r for r in everything if r["outcome"] == "killed" and r["affiliation"] == "Russia"]
    assert rows and len(rows) == len(expected) and set(rows) == {("killed", "Russia")}
    assert f"{len(expected)} claims" in chosen
    facets_now = Facets(chosen).found
    # each facet counts over what the other facets keep: "injured" stays one click away
    assert facets_now["outcome"]["injured"][0] == sum(r["outcome"] == "injured" and r["affiliation"] == "Russia"
                                                      for r in everything)
    assert facets_now["role"]["military"][0] == sum(r["role"] == "military" for r in expected)
    # a chosen value's link removes it and keeps the other filters
    count, off, is_chosen, _ = facets_now["outcome"]["killed"]
    assert is_chosen and count == len(expected)
    assert parse_qs(urlsplit(off).query) == {"affiliation": ["Russia"]}
    assert parse_qs(urlsplit(facets_now["role"]["military"][1]).query) == {
        "outcome": ["killed"], "affiliation": ["Russia"], "role": ["military"]}


def test_claimant_facet_is_by_canonical_source(client):
    claimants = Facets(client.get("/").text).found["claimant"]
    count, link, _, label = claimants["org:ukraine general staff"]
    assert count == 2 and "General Staff" in label  # "Ukraine's General Staff" and "Ukrainian General Staff"
    rows = client.get(link).text
    assert len(claim_links(rows)) == 2
    assert "/sources/org:ukraine%20general%20staff" in rows
    assert "the outlet" in claimants["article:"][3]  # figures stated in the outlet's own voice


def test_search_box_keeps_the_facets(client):
    page = client.get("/", params={"outcome": "killed", "q": "Kramatorsk"}).text
    assert '<input type="hidden" name="outcome" value="killed">' in page
    assert 'value="Kramatorsk"' in page
    assert all("Kramatorsk" in client.get(link.split("#")[0]).text for link in claim_links(page))


def test_paging(client, monkeypatch):
    monkeypatch.setattr(routes, "Page", functools.partial(facets.Page, size=10))
    total = len(client.get("/api/claims", params={"limit": 1000}).json())
    first = client.get("/").text
    assert len(claim_links(first)) == 10 and f"page 1 of {-(-total // 10)}" in first
    assert 'rel="next" href="/?page=2"' in first
    last = client.get("/", params={"page": 99}).text  # past the end: the last page
    assert len(claim_links(last)) == (total % 10 or 10)
    seen = {link for n in range(1, -(-total // 10) + 1) for link in claim_links(client.get(f"/?page={n}").text)}
    assert len(seen) == total


def test_subjects_most_contested_first_link_to_timelines(client):
    page = client.get("/").text
    subjects = [unquote(h.split("subject=")[1]) for h in Links(page).hrefs if h.startswith("/timeline?subject=")]
    assert subjects[0] == "killed/Russia/military"
    assert [s["subject"] for s in client.get("/api/subjects").json()][:len(subjects)] == subjects
    assert client.get(f"/timeline?subject={subjects[-1]}").status_code == 200


def test_timeline_page_lists_summary_contradictions_and_reports(client):
    api = client.get("/api/timeline", params={"subject": "killed/Russia/military"}).json()
    page = client.get("/timeline", params={"subject": "killed/Russia/military"}).text
    assert 'data-src="/api/timeline?subject=killed%2FRussia%2Fmilitary"' in page
    assert Links(page).scripts == ["/static/timeline.js"]
    assert f"Contradictions ({len(api['contradictions'])})" in page
    for s in api["summary"]:
        assert f'<td class="num best">{s["best"]:,}</td>' in page
    reports = [r for series in api["series"] for f in series["figures"] for r in f["reports"]]
    links = Links(page).hrefs
    assert all(f"/articles/{r['article_id']}#t-{r['claim_id']}" in links for r in reports)
    assert page.count('class="series-list"') == len(api["series"])
    assert client.get("/timeline").text == page  # the most contested subject by default


def test_source_page(client):
    sources = client.get("/api/sources").json()
    shoigu = next(s for s in sources if s["key"] == "person:shoigu")
    page = client.get("/sources/person:shoigu").text
    api = client.get("/api/sources/person:shoigu").json()
    assert shoigu["name"] in page and "person" in page and "Russia" in page
    for name in shoigu["names"]:
        assert name in page
    assert page.count("<tr><td class=\"date\">") == len(api["figures"])
    assert page.count('<li><a href="/articles/') == len(api["statements"]) > 0
    assert "/timeline?subject=killed%2FUkraine%2Fmilitary" in page


def test_pieces_cut_at_every_offset():
    text = "Ten were killed, he said. Nothing else."
    marks = [Mark("c1", "claim", 0, 25, ""), Mark("s1", "statement", 0, 15, ""), Mark("c9", "claim", 30, 99, "")]
    cut = pieces(text, marks)
    assert "".join(p.text for p in cut) == text
    assert [(p.text, [m.id for m in p.covering]) for p in cut] == [
        ("Ten were killed", ["c1", "s1"]), (", he said.", ["c1"]), (" Nothing else.", [])]
    assert [m.id for m in cut[0].starting] == ["c1", "s1"]  # c9's offsets lie outside the text
