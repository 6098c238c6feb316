"""Break 8 of issue 11: the HTTP API checks the token before reading a body, caps it,
never echoes it, answers 422 for every invalid value and accepts only Bearer."""
import pytest
from fastapi.testclient import TestClient

from toll.api import RequestGuard, create_app

AUTH = {"Authorization": "Bearer s3cret"}
STORY = "Officials said {} civilians were killed in the attack on Monday."


@pytest.fixture
def client(any_db):
    return TestClient(create_app(any_db, token="s3cret"))


def test_only_the_bearer_scheme_is_accepted(client):
    body = {"text": STORY.format(12)}
    assert client.post("/api/articles", json=body, headers={"Authorization": "s3cret"}).status_code == 401
    assert client.post("/api/articles", json=body, headers={"Authorization": "Basic s3cret"}).status_code == 401
    assert client.post("/api/articles", json=body, headers={"Authorization": "bearer s3cret"}).status_code == 201


def test_a_huge_figure_or_a_lone_surrogate_is_no_server_error(client):
    huge = client.post("/api/articles", json={"text": STORY.format("99999999999999999999")}, headers=AUTH)
    assert huge.status_code == 201 and huge.json()["warnings"]
    surrogate = client.post("/api/articles", content='{"text": "a \\ud800 ' + STORY.format(3) + '"}',
                            headers={**AUTH, "Content-Type": "application/json"})
    assert surrogate.status_code == 422 and surrogate.json()["detail"][0]["loc"] == ["body", "text"]


@pytest.mark.parametrize("path", ["/api/claims?claimant=a%00b", "/api/articles/ab%00", "/api/search?q=ab%00c",
                                  "/?search=x%00", "/api/statements?speaker=%00"])
def test_nul_in_any_parameter_is_a_422(client, path):
    assert client.get(path).status_code == 422


def test_an_invalid_body_is_named_not_echoed(client):
    answer = client.post("/api/articles", json={"text": 5, "outlet": "x" * 10_000}, headers=AUTH)
    assert answer.status_code == 422 and "xxxxxxxxxx" not in answer.text and len(answer.text) < 2000


def test_an_anonymous_body_is_not_read(any_db):
    app = create_app(any_db, token="s3cret")
    read = []

    async def receive():
        read.append(1)
        return {"type": "http.request", "body": b"x" * 1000, "more_body": True}

    sent = []

    async def send(message):
        sent.append(message)

    import asyncio
    scope = {"type": "http", "method": "POST", "path": "/api/articles", "raw_path": b"/api/articles",
             "query_string": b"", "headers": [(b"content-type", b"application/json")]}
    guard = next(m for m in app.user_middleware if m.cls is RequestGuard)
    asyncio.run(RequestGuard(app.router, **guard.kwargs)(scope, receive, send))
    assert sent[0]["status"] == 401 and not read


def test_a_body_over_the_cap_is_refused(any_db):
    app = create_app(any_db, token="s3cret")
    guard = next(m for m in app.user_middleware if m.cls is RequestGuard)
    guard.kwargs["max_body"] = 1000
    client = TestClient(app)
    assert client.post("/api/articles", json={"text": "x" * 2000}, headers=AUTH).status_code == 413
    assert client.post("/api/articles", json={"text": STORY.format(4)}, headers=AUTH).status_code == 201


@pytest.mark.parametrize("path", ["/api/claims?claimant=%ED%A0%80", "/api/articles/%ED%A0%80", "/?search=%FF%FE",
                                  "/sources/%ED%A0%80", "/api/search?q=%ED%A0%80%ED%A0%80"])
def test_invalid_utf8_in_a_parameter_is_no_server_error(client, path):
    assert client.get(path).status_code < 500


def test_nul_and_controls_in_a_posted_field_are_stored_clean(client):
    body = {"text": STORY.format(7), "title": "A\u0000 title\u202e", "outlet": "Wire\x1b[2J"}
    made = client.post("/api/articles", json=body, headers=AUTH)
    assert made.status_code == 201
    article = client.get(f"/api/articles/{made.json()['id']}").json()["article"]
    assert (article["title"], article["outlet"]) == ("A title", "Wire[2J")
