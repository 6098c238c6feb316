"""Break 5 of issue 11: bidi controls cannot reorder what a page shows; long strings wrap."""
from fastapi.testclient import TestClient

from toll.api import create_app
from toll.model import Article
from toll.pipeline import extract_safely
from toll.store import Store

RLO = "\u202e"


def test_a_stored_override_cannot_reorder_the_article_page(db):
    # Stored directly, as a ledger filled before the ingest door removed these would hold it.
    article = Article(text="Officials said 19 civilians were killed in the town.", source="t",
                      outlet=f"Evil{RLO} Outlet", title=f"Title{RLO} here", published="2022-03-02")
    with Store(db) as store:
        store.add_article(article, extraction=extract_safely(article))
    client = TestClient(create_app(db))
    for path in (f"/articles/{article.id}", "/"):
        html = client.get(path).text
        assert RLO not in html
    html = client.get(f"/articles/{article.id}").text
    assert "<bdi>Evil Outlet</bdi>" in html and "<bdi>2022-03-02</bdi>" in html and 'dir="auto"' in html


def test_long_unbroken_strings_wrap(db):
    css = TestClient(create_app(db)).get("/static/style.css").text
    rules = css.split(".article .text")[0]  # for every page, not only the article's text
    assert "body, td, th" in rules and "overflow-wrap: anywhere" in rules.split("body, td, th")[1].split("}")[0]
    assert "unicode-bidi: plaintext" in css
