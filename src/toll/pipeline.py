"""The main job, top to bottom: read, clean, skip what is stored, extract, store.

Kept apart from the CLI so tests, the HTTP API and the Spark job run the very same
steps. Bad input is reported through ``on_problem`` and counted, never raised.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from toll.extract import extract
from toll.ingest import Failure, Limits, Notice, read_inputs
from toll.ingest.clean import outlet_line_keys, strip_outlet_lines
from toll.model import Article
from toll.store import Store


class ExtractionError(Exception):
    """Extraction failed on one article; the message names the error in one line."""


def extract_safely(article: Article):
    """Extract, turning a bug met on one odd article into an error for that article
    alone: the batch goes on, and a rerun (after a fix) picks the article up again."""
    try:
        return extract(article)
    except Exception as err:  # noqa: BLE001 - any extractor bug must stay with its article
        raise ExtractionError(f"extraction failed ({type(err).__name__}: {err})") from err


@dataclass
class IngestReport:
    new: int = 0
    duplicates: int = 0
    failed: int = 0
    warnings: int = 0

    def __str__(self) -> str:
        return (f"{self.new} new, {self.duplicates} duplicate{'s' * (self.duplicates != 1)}, "
                f"{self.failed} failed" + (f", {self.warnings} with warnings" if self.warnings else ""))


def store_article(store: Store, article: Article) -> bool:
    """Extract from ``article`` and store both; False when it was already stored.

    The article's identity is its cleaned text; lines the outlet repeats across many
    articles are removed only after that, so a rerun finds the same identity.
    """
    if store.has_article(article.id):
        return False
    keys = outlet_line_keys(article.text) if article.outlet else []
    if keys:
        seen = store.outlet_line_counts(article.outlet, keys)
        article = replace(article, text=strip_outlet_lines(article.text, seen))
    return store.add_article(article, outlet_line_keys=keys, extraction=extract_safely(article))


def ingest(items: Iterable[str], store: Store, limits: Limits | None = None, *,
           on_problem: Callable[[str, str], None] = lambda item, reason: None,
           on_item: Callable[[str], None] = lambda item: None) -> IngestReport:
    """Ingest paths and URLs into ``store``.

    ``on_problem(item, reason)`` is called once for each failure and each warning;
    ``on_item(item)`` after each input path or URL is done (for progress bars).
    """
    report = IngestReport()
    for item in items:
        for result in read_inputs([item], limits):
            if isinstance(result, Failure):
                report.failed += 1
                on_problem(result.item, result.reason)
            elif isinstance(result, Notice):
                report.warnings += 1
                on_problem(result.item, f"warning: {result.message}")
            else:
                try:
                    stored = store_article(store, result)
                except ExtractionError as err:
                    report.failed += 1
                    on_problem(result.source, str(err))
                    continue
                if stored:
                    report.new += 1
                else:
                    report.duplicates += 1
        on_item(item)
    return report
