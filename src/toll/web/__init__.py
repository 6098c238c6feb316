"""The dashboard: server-rendered pages over the same store and ledger as the API.

Recorders and fact-checkers use it to go from a figure to the sentence that states it
and back, so every page is plain HTML that works without JavaScript (links and GET
forms; filters live in the URL, so a view can be shared). Only the timeline chart
needs JavaScript; it is drawn by our own unminified ``static/timeline.js`` from
``/api/timeline``. Nothing is loaded from outside the server: no CDN, no web fonts.
"""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from toll.store import Store
from toll.web.routes import page_router

STATIC = Path(__file__).parent / "static"


def add_pages(app: FastAPI, store: Store, ledger) -> None:
    """Serve the pages (``/``, ``/timeline``, ``/articles/{id}``, ``/sources/{key}``)
    and their CSS and JavaScript (``/static``) from ``app``; ``ledger`` is the API's
    :class:`toll.api.Ledger`, so pages and API show the same reconciled figures."""
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(page_router(store, ledger))
