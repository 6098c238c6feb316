"""The main job, top to bottom: read, clean, skip what is stored, extract, store.

Kept apart from the CLI so tests, the HTTP API and the Spark job run the very same
steps. Bad input is reported through ``on_problem`` and counted, never raised.

Built for archives: inputs are streamed, articles are parsed in batches through
``nlp.pipe`` inside a spaCy memory zone (so the string store does not grow with the
corpus), batches can be extracted in worker processes, and every article is stored
in its own transaction as it comes back, so an interrupted run resumes where it
stopped.
"""
from __future__ import annotations

import multiprocessing
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice

from toll.extract import extract
from toll.guard import guarded
from toll.ingest import Failure, Limits, Notice, read_inputs
from toll.ingest.clean import outlet_line_keys, strip_outlet_lines
from toll.model import Article, Extraction
from toll.nlp import pipeline
from toll.store import Store

BATCH_SIZE = 16
"""Articles parsed together: larger batches gain little speed and cost peak memory on long texts."""


class ExtractionError(Exception):
    """Extraction failed on one article; the message names the error in one line."""


def extract_safely(article: Article) -> Extraction:
    """Extract, turning a bug met on one odd article into an error for that article
    alone: the batch goes on, and a rerun (after a fix) picks the article up again."""
    try:
        return guarded(extract(article))
    except Exception as err:  # noqa: BLE001 - any extractor bug must stay with its article
        raise ExtractionError(f"extraction failed ({type(err).__name__}: {err})") from err


@dataclass
class Failed:
    """An article extraction failed on, with the one-line reason."""
    article: Article
    reason: str


def extract_batch(articles: list[Article]) -> list[Extraction | Failed]:
    """Extractions for a batch, parsed together in a memory zone; a failed article
    gives a :class:`Failed` instead. Runs in worker processes too."""
    nlp = pipeline()
    results: list[Extraction | Failed] = []
    with nlp.memory_zone():
        try:
            docs = list(nlp.pipe(a.text for a in articles))
        except Exception:  # noqa: BLE001 - one bad text must not cost its batch: parse one by one
            docs = [None] * len(articles)
        for article, doc in zip(articles, docs):
            try:
                results.append(guarded(extract(article, doc)))
            except Exception as err:  # noqa: BLE001
                results.append(Failed(article, f"extraction failed ({type(err).__name__}: {err})"))
    return results


def error_line(err: Exception) -> str:
    """One line for an error met storing an article: the database's own words (never
    SQLAlchemy's, which repeat the statement and its parameters, the text included)."""
    words = str(getattr(err, "orig", None) or err).strip().splitlines()
    return f"{type(err).__name__}: {words[0][:300] if words else ''}"


@dataclass
class IngestReport:
    new: int = 0
    duplicates: int = 0
    failed: int = 0
    warnings: int = 0

    def __str__(self) -> str:
        return (f"{self.new} new, {self.duplicates} duplicate{'s' * (self.duplicates != 1)}, "
                f"{self.failed} failed" + (f", {self.warnings} with warnings" if self.warnings else ""))


def prepare(store: Store, article: Article, in_flight: Counter | None = None) -> tuple[Article, list[str]]:
    """The article as it will be stored, and its short lines for the outlet's counts.

    Its identity is its cleaned text; lines the outlet repeats across many articles
    are removed only after that, so a rerun finds the same identity. ``in_flight``
    counts (outlet, line key) over articles read before this one but not stored yet.
    """
    keys = outlet_line_keys(article.text) if article.outlet else []
    if keys:
        seen = store.outlet_line_counts(article.outlet, keys)
        if in_flight:
            seen = {k: seen.get(k, 0) + in_flight[(article.outlet, k)] for k in keys}
        article = replace(article, text=strip_outlet_lines(article.text, seen))
    return article, keys


class LinesInFlight:
    """The outlet lines of articles read but not yet stored, counted with the stored ones.

    Articles are read (and their outlet's repeated lines stripped) ahead of storage:
    a batch at a time, and with worker processes by a feeder thread running further
    ahead. Were only stored articles counted, what an article loses would depend on
    how far storage had got; counting those in flight too makes it depend on the
    input order alone, the same with one process or many. A lock keeps a count from
    being seen both in flight and stored. The lines of an article that then fails
    still count for the rest of the run.
    """

    def __init__(self):
        self.counts: Counter = Counter()
        self.lock = threading.Lock()

    def prepare(self, store: Store, article: Article) -> tuple[Article, list[str]]:
        with self.lock:
            article, keys = prepare(store, article, self.counts)
            self.counts.update((article.outlet, k) for k in set(keys))
        return article, keys

    def store(self, store: Store, extraction: Extraction, keys: list[str]) -> bool:
        with self.lock:
            added = store.add_article(extraction.article, outlet_line_keys=keys, extraction=extraction)
            self.counts.subtract((extraction.article.outlet, k) for k in set(keys))
        return added


def store_article(store: Store, article: Article,
                  on_warning: Callable[[str], None] = lambda warning: None) -> bool:
    """Extract from one article and store both; False when it was already stored.
    ``on_warning`` hears what the extraction withheld (a figure beyond belief)."""
    if store.has_article(article.id):
        return False
    article, keys = prepare(store, article)
    extraction = extract_safely(article)
    for warning in extraction.warnings:
        on_warning(warning)
    return store.add_article(article, outlet_line_keys=keys, extraction=extraction)


def _batches(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while batch := list(islice(articles, size)):
        yield batch


def ingest(items: Iterable[str], store: Store, limits: Limits | None = None, *,
           processes: int = 1, batch_size: int | None = None,
           on_problem: Callable[[str, str], None] = lambda item, reason: None,
           on_item: Callable[[str], None] = lambda item: None,
           report: IngestReport | None = None) -> IngestReport:
    """Ingest paths and URLs into ``store``.

    ``processes`` > 1 extracts batches in that many worker processes (each loads the
    model once); the store is written by this process alone. ``on_problem(item,
    reason)`` is called once for each failure and each warning; ``on_item(item)``
    after each input path or URL has been read (for progress bars). ``report`` is
    filled as the run goes, so a caller interrupted mid-run can still show it.
    """
    report = report if report is not None else IngestReport()
    in_flight = LinesInFlight()
    keys_of: dict[str, list[str]] = {}  # articles read but not yet stored: id -> outlet line keys

    def new_articles() -> Iterator[Article]:
        for item in items:
            for result in read_inputs([item], limits):
                if isinstance(result, Failure):
                    report.failed += 1
                    on_problem(result.item, result.reason)
                    continue
                if isinstance(result, Notice):
                    report.warnings += 1
                    on_problem(result.item, f"warning: {result.message}")
                    continue
                try:
                    if result.id in keys_of or store.has_article(result.id):
                        report.duplicates += 1
                        continue
                    article, keys_of[result.id] = in_flight.prepare(store, result)
                except Exception as err:  # noqa: BLE001 - one article the store refuses fails alone
                    report.failed += 1
                    on_problem(result.source, f"not stored ({error_line(err)})")
                    continue
                yield article
            on_item(item)

    batches = _batches(new_articles(), batch_size or BATCH_SIZE)
    pool = multiprocessing.get_context("spawn").Pool(processes) if processes > 1 else None
    try:
        done = pool.imap(extract_batch, batches) if pool else map(extract_batch, batches)
        for extracted in done:
            for result in extracted:
                keys = keys_of.pop(result.article.id, [])
                if isinstance(result, Failed):
                    report.failed += 1
                    on_problem(result.article.source, result.reason)
                    continue
                for warning in result.warnings:
                    report.warnings += 1
                    on_problem(result.article.source, f"warning: {warning}")
                try:
                    added = in_flight.store(store, result, keys)
                except Exception as err:  # noqa: BLE001 - rolled back; the batch goes on
                    report.failed += 1
                    on_problem(result.article.source, f"not stored ({error_line(err)})")
                    continue
                report.new += added
                report.duplicates += not added
    finally:
        if pool is not None:
            pool.terminate()
    return report
