"""The four pages: claims dashboard, subject timeline, article, source.

Handlers only gather data (store rows, the ledger's figures) and hand it to a
template; cutting text, counting facets and formatting live in their own modules.
Unknown ids and subjects answer 404 with a page saying so, not a JSON error.
"""
from __future__ import annotations

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse

from toll.ledger.reconcile import ARTICLE_VOICE, Subject
from toll.ledger.sources import source_key
from toll.ledger.timeline import timeline
from toll.store import ClaimFilter, Store
from toll.web.facets import FACETS, Page, facet_counts, facet_label, narrow
from toll.web.highlight import claim_mark, pieces, statement_mark
from toll.web.ledger_view import SubjectLines, claimant_keys, source_name, statements_of
from toll.web.templating import href, render


def page_router(store: Store, ledger) -> APIRouter:
    """The pages over ``store`` and ``ledger`` (a :class:`toll.api.Ledger`), left out
    of the OpenAPI schema: they are for people, the API is for programs."""
    router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
    subject_lines = SubjectLines().of

    def problem(message: str, status_code: int = 404) -> HTMLResponse:
        return render("error.html", status_code=status_code, message=message)

    @router.get("/")
    def dashboard(q: str = Query("", max_length=200), page: int = Query(1, ge=1),
                  outcome: str = "", affiliation: str = "", role: str = "", claimant: str = ""):
        figures, sources = ledger.current()
        keys = claimant_keys(figures)
        claimant_of = lambda row: keys.get((row["article_id"], row["claim_id"]), ARTICLE_VOICE)  # noqa: E731
        chosen = {f: v for f, v in zip(FACETS, (outcome, affiliation, role, claimant)) if v}
        day = lambda row: row["reported_on"] or row["published"] or ""  # noqa: E731
        # newest day first; the sort is stable, so an article's claims keep their order
        rows = sorted(store.iter_claims(ClaimFilter(search=q.strip() or None)), key=day, reverse=True)
        shown = narrow(rows, chosen, claimant_of)
        window = Page(page, len(shown)).clamped()
        return render("dashboard.html", q=q, chosen=chosen, facets=facet_counts(rows, chosen, claimant_of),
                      facet_names=FACETS, rows=window.rows(shown), page=window, claimant_of=claimant_of,
                      label=lambda facet, value: facet_label(facet, value, lambda key: source_name(key, sources)),
                      subjects=subject_lines(figures),
                      here=lambda **changes: href("/", **{"q": q, **chosen, "page": None, **changes}))

    @router.get("/timeline")
    def timeline_page(subject: str = Query("", max_length=200)):
        figures, sources = ledger.current()
        listed = subject_lines(figures)
        if not subject and listed:
            subject = str(listed[0].subject)
        if not subject:
            return problem("The ledger holds no figures yet: ingest some articles first.")
        try:
            wanted = Subject.parse(subject)
        except ValueError as err:
            return problem(str(err), status_code=422)
        if not any(f.subject == wanted for f in figures):
            return problem(f"No figures for the subject {subject!r}.")
        return render("timeline.html", subject=str(wanted), result=timeline(wanted, figures), subjects=listed,
                      api=href("/api/timeline", subject=str(wanted)), name=lambda key: source_name(key, sources))

    @router.get("/articles/{article_id}")
    def article_page(article_id: str):
        found = store.find_article(article_id)
        found = [a for a in found if a["id"] == article_id] or found
        if len(found) != 1:
            return problem(f"No single article with id {article_id!r}.")
        article = found[0]
        extraction = store.extraction_of(article["id"])
        figures, sources = ledger.current()
        keys = claimant_keys(figures)
        marks = [claim_mark(c) for c in extraction["casualties"]] + \
            [statement_mark(s) for s in extraction["statements"]]

        def speaker_key(speaker: dict | None) -> str | None:
            key = source_key(speaker["name"], speaker["kind"]) if speaker else None
            return key if key in sources.by_key else None

        return render("article.html", article=article, pieces=pieces(article["text"], marks),
                      claims=extraction["casualties"], statements=extraction["statements"],
                      claim_key=lambda c: keys.get((article["id"], c["id"])), speaker_key=speaker_key)

    @router.get("/sources/{key:path}")
    def source_page(key: str):
        figures, sources = ledger.current()
        source = sources.by_key.get(key)
        if source is None:
            return problem(f"No source {key!r}.")
        return render("source.html", key=key, source=source, figures=[f for f in figures if f.claimant == key],
                      statements=statements_of(store, source))

    return router
