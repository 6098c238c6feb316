"""The HTTP API, in process (FastAPI's test client)."""
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from toll.api import create_app
from toll.pipeline import ingest
from toll.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture
def ledger_db(any_db):
    with Store(any_db) as store:
        ingest([str(EXAMPLES)], store)
    return any_db


@pytest.fixture
def client(ledger_db):
    return TestClient(create_app(ledger_db, token=""))


def test_openapi_schema_lists_the_routes(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/articles", "/api/claims", "/api/timeline", "/api/sources", "/api/search"} <= set(paths)


def test_articles_and_one_article_with_its_claims(client):
    articles = client.get("/api/articles").json()
    assert len(articles) == 5
    one = client.get(f"/api/articles/{articles[0]['id'][:8]}").json()
    assert one["article"]["text"] and one["casualties"] and one["statements"]
    for c in one["casualties"]:
        assert one["article"]["text"][c["sentence"]["start"]:c["sentence"]["end"]] == c["sentence"]["text"]
    assert client.get("/api/articles/nope").status_code == 404


def test_claims_filters_and_paging(client):
    rows = client.get("/api/claims", params={"outcome": "killed", "affiliation": "Russia"}).json()
    assert rows and all(r["outcome"] == "killed" and r["affiliation"] == "Russia" for r in rows)
    assert len(client.get("/api/claims", params={"limit": 2}).json()) == 2
    assert client.get("/api/claims", params={"limit": 0}).status_code == 422
    assert client.get("/api/claims", params={"search": "'; DROP TABLE casualties; --"}).json() == []
    assert client.get("/api/claims").json()  # the table is still there


def test_timeline_subjects_and_sources(client):
    subjects = client.get("/api/subjects").json()
    assert subjects[0]["subject"] == "killed/Russia/military"
    t = client.get("/api/timeline", params={"subject": "killed/Russia/military"}).json()
    assert t["series"] and t["contradictions"] and t["summary"]
    assert client.get("/api/timeline", params={"subject": "a/b/c/d/e"}).status_code == 422
    sources = client.get("/api/sources").json()
    staff = next(s for s in sources if "general staff" in s["name"].lower())
    page = client.get(f"/api/sources/{staff['key']}").json()
    assert page["figures"] and all(f["claimant"] == staff["key"] for f in page["figures"])


def test_search(client):
    hits = client.get("/api/search", params={"q": "Kramatorsk station"}).json()
    assert {h["kind"] for h in hits} >= {"article", "claim"}
    assert all({"kind", "article_id", "item_id", "snippet"} <= set(h) for h in hits)
    assert client.get("/api/search", params={"q": 'x" OR 1=1'}).status_code == 200
    assert client.get("/api/search", params={"q": "k"}).status_code == 422


def test_read_only_without_a_token(client):
    assert client.post("/api/articles", json={"text": "Ten people were killed."}).status_code == 403


def test_posting_needs_the_right_token(ledger_db):
    client = TestClient(create_app(ledger_db, token="s3cret"))
    body = {"text": "Officials said 12 civilians were killed in the attack on Monday.", "outlet": "Wire",
            "published": "2024-05-06"}
    assert client.post("/api/articles", json=body).status_code == 401
    assert client.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    created = client.post("/api/articles", json=body, headers={"Authorization": "Bearer s3cret"})
    assert created.status_code == 201 and created.json()["created"] is True
    again = client.post("/api/articles", json=body, headers={"Authorization": "Bearer s3cret"})
    assert again.json()["created"] is False
    article = client.get(f"/api/articles/{created.json()['id']}").json()
    assert article["article"]["published"] == "2024-05-06"
    assert [c["count"]["low"] for c in article["casualties"]] == [12]


def test_untrusted_text_is_stored_as_given(ledger_db):
    client = TestClient(create_app(ledger_db, token="t"))
    text = "<script>alert('x')</script> Robert'); DROP TABLE articles;-- said 3 people were killed."
    made = client.post("/api/articles", json={"text": text}, headers={"Authorization": "Bearer t"}).json()
    stored = client.get(f"/api/articles/{made['id']}").json()
    assert "<script>alert('x')</script>" in stored["article"]["text"]
    assert len(client.get("/api/articles").json()) == 6


def test_no_page_that_needs_a_cdn(client):
    assert client.get("/docs").status_code == 404
    assert client.get("/openapi.json").status_code == 200
