"""The HTTP API: the ledger read over HTTP, and articles posted with a token.

``create_app(db)`` builds the FastAPI application (``toll serve`` runs it). Every
route reads through :class:`toll.store.Store`, so queries are parameterised; the only
write, ``POST /api/articles``, needs ``TOLL_TOKEN`` set on the server and sent as a
bearer token, compared in constant time. The dashboard's pages (:mod:`toll.web`) are
served by the same application.
"""
from __future__ import annotations

import hmac
import os
from dataclasses import asdict

import json
from urllib.parse import unquote_to_bytes

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from toll import __version__
from toll.ledger.reconcile import Subject, reconcile
from toll.ledger.timeline import subjects, timeline
from toll.store import ClaimFilter, Store
from toll.web import add_pages

MAX_LIMIT = 1000

MAX_BODY = 24 * 1024 * 1024
"""Largest request body read: an article's HTML (20,000,000 characters, as for a
file) in JSON. A longer body is refused before it is read."""

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def authorization_problem(header: str | None, token: str | None) -> tuple[int, str] | None:
    """Why a write is refused: (status, reason), or None when ``header`` is
    ``Bearer <token>``. Only the Bearer scheme is accepted; the token is compared in
    constant time."""
    if not token:
        return 403, "this server is read-only (set TOLL_TOKEN to accept articles)"
    scheme, _, given = (header or "").strip().partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        return 401, "a valid bearer token is needed (Authorization: Bearer <token>)"
    return None


class RequestGuard:
    """What every request passes before a route reads anything from it.

    - No NUL character in its path or query (PostgreSQL refuses it in text: it would
      be a 500 deep in a query; here it is a 422 at the door).
    - A write needs its bearer token before its body is read, so an anonymous client
      cannot make the server hold a large body; and the body is capped at
      ``max_body``, refused with 413 as soon as it passes it.
    """

    def __init__(self, app, token: str | None, max_body: int = MAX_BODY):
        self.app, self.token, self.max_body = app, token, max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        raw_path = scope.get("raw_path") or scope.get("path", "").encode("utf-8", "surrogatepass")
        if b"\x00" in unquote_to_bytes(raw_path) + unquote_to_bytes(scope.get("query_string", b"")):
            return await _answer(send, 422, "a NUL character is not a valid value")
        if scope["method"] in WRITE_METHODS:
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
            problem = authorization_problem(headers.get("authorization"), self.token)
            if problem:
                return await _answer(send, *problem)
            length = headers.get("content-length", "").strip()
            if length.isdigit() and int(length) > self.max_body:
                return await _answer(send, 413, f"request body over the limit of {self.max_body:,} bytes")
            body = await _read_body(receive, self.max_body)
            if body is None:
                return await _answer(send, 413, f"request body over the limit of {self.max_body:,} bytes")
            receive = _replay(body)
        await self.app(scope, receive, send)


async def _read_body(receive, limit: int) -> bytes | None:
    """The whole body, or None as soon as it passes ``limit`` bytes."""
    chunks, size, more = [], 0, True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        more = message.get("more_body", False)
    return b"".join(chunks)


def _replay(body: bytes):
    """An ASGI ``receive`` that hands the route the body already read."""
    sent = False

    async def receive():
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}
    return receive


async def _answer(send, status: int, reason: str) -> None:
    body = json.dumps({"detail": reason}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


async def invalid_request(_request: Request, err: RequestValidationError) -> JSONResponse:
    """422 naming each invalid field and why, never echoing the value (a body may be
    megabytes, and is the client's own anyway)."""
    return JSONResponse(status_code=422, content={"detail": [
        {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in err.errors()]})


class ArticleIn(BaseModel):
    """An article to ingest: its text (or HTML) and metadata."""
    text: str | None = Field(None, max_length=2_000_000)
    html: str | None = Field(None, max_length=20_000_000)
    source: str = Field("api", max_length=2000)
    outlet: str | None = Field(None, max_length=500)
    title: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=40)
    url: str | None = Field(None, max_length=4000)


class Ledger:
    """The reconciled ledger of one store, rebuilt only when claims were added."""

    def __init__(self, store: Store):
        self.store = store
        self._claims = -1
        self._figures: list = []
        self._sources = None

    def current(self):
        count = self.store.count_claims()
        if count != self._claims:
            self._figures, self._sources = reconcile(self.store.iter_claims())
            self._claims = count
        return self._figures, self._sources


def create_app(db: str | None = None, token: str | None = None) -> FastAPI:
    store = Store(db)
    ledger = Ledger(store)
    token = token if token is not None else os.environ.get("TOLL_TOKEN") or None
    # FastAPI's /docs and /redoc pages load their scripts from a CDN; toll works offline,
    # so it serves the OpenAPI schema itself (/openapi.json) and no such pages.
    app = FastAPI(title="toll", version=__version__, docs_url=None, redoc_url=None,
                  description="A sourced ledger of casualty claims and statements from conflict news.")
    app.state.store = store
    app.add_middleware(RequestGuard, token=token)
    app.add_exception_handler(RequestValidationError, invalid_request)

    def page(limit: int = Query(100, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0)) -> slice:
        return slice(offset, offset + limit)

    @app.get("/api/articles")
    def list_articles(window: slice = Depends(page)):
        return list(store.iter_articles())[window]

    @app.get("/api/articles/{article_id}")
    def get_article(article_id: str):
        found = store.find_article(article_id)
        if len(found) != 1:
            raise HTTPException(404, f"no single article with id {article_id!r}")
        article = found[0]
        return {"article": article, **store.extraction_of(article["id"])}

    @app.get("/api/claims")
    def list_claims(outcome: str | None = None, affiliation: str | None = None, role: str | None = None,
                    group: str | None = None, claimant: str | None = None, since: str | None = None,
                    until: str | None = None, search: str | None = None, window: slice = Depends(page)):
        wanted = ClaimFilter(outcome=outcome, affiliation=affiliation, role=role, group=group, claimant=claimant,
                             since=since, until=until, search=search)
        return list(store.iter_claims(wanted))[window]

    @app.get("/api/statements")
    def list_statements(speaker: str | None = None, search: str | None = None, window: slice = Depends(page)):
        return list(store.iter_statements(speaker=speaker, search=search))[window]

    @app.get("/api/subjects")
    def list_subjects():
        figures, _ = ledger.current()
        return [{"subject": str(s), "claimants": n} for s, n in subjects(figures)]

    @app.get("/api/timeline")
    def get_timeline(subject: str = Query(..., description="outcome/affiliation/role[/group]")):
        figures, sources = ledger.current()
        try:
            wanted = Subject.parse(subject)
        except ValueError as err:
            raise HTTPException(422, str(err)) from None
        result = timeline(wanted, figures)
        name = lambda key: sources.name_of(key) or key  # noqa: E731
        return {
            "subject": str(wanted),
            "series": [{"claimant": key, "name": name(key),
                        "figures": [_figure(f) for f in series]} for key, series in result.series.items()],
            "contradictions": [{"day": c.day, "reason": c.reason, "a": _figure(c.a), "b": _figure(c.b),
                                "a_name": name(c.a.claimant), "b_name": name(c.b.claimant)}
                               for c in result.contradictions],
            "summary": [asdict(s) for s in result.summaries],
        }

    @app.get("/api/sources")
    def list_sources():
        figures, sources = ledger.current()
        counts: dict[str, int] = {}
        for f in figures:
            counts[f.claimant] = counts.get(f.claimant, 0) + len(f.reports)
        return [{"key": key, "name": s.name, "kind": s.kind, "affiliation": s.affiliation,
                 "names": sorted(s.names), "claims": counts.get(key, 0)} for key, s in sources.by_key.items()]

    @app.get("/api/sources/{key:path}")
    def get_source(key: str):
        figures, sources = ledger.current()
        if key not in sources.by_key:
            raise HTTPException(404, f"no source {key!r}")
        source = sources.by_key[key]
        said = [s for name in source.names for s in store.iter_statements(speaker=name)
                if s["speaker_name"] == name]
        return {"key": key, "name": source.name, "kind": source.kind, "affiliation": source.affiliation,
                "names": sorted(source.names), "figures": [_figure(f) for f in figures if f.claimant == key],
                "statements": said}

    @app.get("/api/search")
    def search(q: str = Query(..., min_length=2, max_length=200),
               limit: int = Query(50, ge=1, le=MAX_LIMIT)):
        """Full-text search over articles, claim sentences and statements, best first
        (FTS5 on SQLite, text search on PostgreSQL); snippets mark hits with [ ]."""
        return store.search(q, limit)

    @app.post("/api/articles", status_code=201)  # the token is checked by RequestGuard, before the body is read
    def post_article(body: ArticleIn):
        from toll.ingest.dates import iso_date
        from toll.ingest.door import admit
        from toll.ingest.html import article_from_html
        from toll.ingest.items import IngestError, Limits
        from toll.model import Article
        from toll.pipeline import ExtractionError, store_article

        try:
            if body.text and body.text.strip():
                article = Article(text=body.text, source=body.source)
            elif body.html:
                article = article_from_html(body.html, source=body.source, url=body.url)
            else:
                raise HTTPException(422, "give 'text' or 'html'")
            article = Article(text=article.text, source=article.source, outlet=body.outlet or article.outlet,
                              title=body.title or article.title,
                              published=iso_date(body.published) or article.published, url=body.url or article.url)
            article, warnings = admit(article, Limits())
            created = store_article(store, article, on_warning=warnings.append)
        except (IngestError, ExtractionError) as err:
            raise HTTPException(422, str(err)) from None
        return {"id": article.id, "created": created, "warnings": warnings}

    @app.get("/api/health")
    def health():
        return {"status": "ok", "version": __version__, "articles": store.count_articles()}

    add_pages(app, store, ledger)
    return app


def _figure(f) -> dict:
    return {"subject": str(f.subject), "claimant": f.claimant, "low": f.low, "high": f.high,
            "qualifier": f.qualifier, "stance": f.stance, "as_of": f.as_of,
            "reports": [asdict(r) for r in f.reports]}
