"""Rendering pages safely: one autoescaping Jinja2 environment and strict headers.

Article text, names and URLs come from the news and may hold ``<script>``, HTML or
SQL. Autoescaping is on for every template and no template marks data ``|safe``; the
Content-Security-Policy allows scripts and styles from this server only, so even an
escaping mistake could not run inline code or fetch from elsewhere.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from toll.ingest.door import BIDI_CONTROLS
from toll.ledger.reconcile import ARTICLE_VOICE
from toll.render import figure_text

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
                               "form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

OWN_VOICE = "the outlet's own voice"
"""How figures an article states without a claimant are shown."""


def href(path: str, **params) -> str:
    """``path`` with the non-empty ``params`` as its query string, in a stable order."""
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return f"{path}?{urlencode(kept)}" if kept else path


def source_href(key: str) -> str | None:
    """The page of a canonical source; None for the outlets' own voice (not a source)."""
    return None if key in (None, ARTICLE_VOICE) else "/sources/" + quote(key, safe=":")


def sentence_href(article_id: str, item_id: str) -> str:
    """An article page scrolled to one claim's or statement's highlight."""
    return f"/articles/{quote(article_id, safe='')}#t-{quote(item_id, safe='')}"


def outside_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) address, else None: a stored ``javascript:`` URL
    must never become a link."""
    return url if url and urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def without_bidi_controls(value):
    """Every value a page shows, its bidi embeddings, overrides and isolates removed.

    The ingest door removes them from what it stores; this covers ledgers filled
    before it did, so an outlet's U+202E can never show "2022-03-02" as
    "20-30-2202". Names and titles are also shown in ``<bdi>`` (isolated)."""
    if isinstance(value, Markup):  # a macro's output: already escaped, removing characters keeps it safe
        return Markup(BIDI_CONTROLS.sub("", str(value)))
    return BIDI_CONTROLS.sub("", value) if isinstance(value, str) else value


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      finalize=without_bidi_controls)
    env.globals.update(href=href, source_href=source_href, sentence_href=sentence_href, figure_text=figure_text,
                       OWN_VOICE=OWN_VOICE)
    env.filters.update(outside_url=outside_url)
    return env


ENV = _environment()


def render(template: str, status_code: int = 200, **context) -> HTMLResponse:
    """A page from ``template`` with ``context``, sent with the security headers."""
    html = ENV.get_template(template).render(**context)
    return HTMLResponse(html, status_code=status_code, headers=SECURITY_HEADERS)
