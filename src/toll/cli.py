"""The ``toll`` command."""
from __future__ import annotations

import csv
import functools
import json
import re
import sys
from pathlib import Path

import click

from toll import __version__
from toll.ingest import Failure, Limits, Notice, expand_inputs, read_inputs
from toll.ingest.items import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_MAX_LINES, DEFAULT_MAX_SENTENCES
from toll.render import figure_text, terminal_safe
from toll.store import DEFAULT_DB, Store

db_option = click.option("--db", envvar="TOLL_DB", default=DEFAULT_DB, show_default=True,
                         help="SQLite file or SQLAlchemy URL (postgresql://…); env TOLL_DB.")
limit_options = [
    click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                 help="Largest file, page or record read."),
    click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
                 help="Seconds a whole web fetch may take."),
    click.option("--max-chars", type=click.IntRange(min=1), default=DEFAULT_MAX_CHARS, show_default=True,
                 help="Characters of one article parsed; the rest is cut with a warning."),
    click.option("--max-lines", type=click.IntRange(min=1), default=DEFAULT_MAX_LINES, show_default=True,
                 help="Lines of one article parsed; the rest is cut with a warning."),
    click.option("--max-sentences", type=click.IntRange(min=1), default=DEFAULT_MAX_SENTENCES, show_default=True,
                 help="Sentences of one article parsed; the rest is cut with a warning."),
]


def with_limits(func):
    """The limit options, handed to the command as one ``limits`` (a :class:`Limits`)."""
    @functools.wraps(func)
    def command(*args, max_bytes, timeout, max_chars, max_lines, max_sentences, **kwargs):
        limits = Limits(max_bytes=max_bytes, timeout=timeout, max_chars=max_chars, max_lines=max_lines,
                        max_sentences=max_sentences)
        return func(*args, limits=limits, **kwargs)

    for option in reversed(limit_options):
        command = option(command)
    return command


def echo(text: str = "", err: bool = False) -> None:
    """``click.echo`` for anything that may hold text from the news: escaped for the
    terminal (see :func:`toll.render.terminal_safe`)."""
    click.echo(terminal_safe(text), err=err)


def problem_line(item: str, reason: str) -> str:
    """One line naming the item and the reason, whatever characters they hold."""
    return terminal_safe(f"{item}: {reason}", one_line=True)


def problem(item: str, reason: str) -> None:
    """One line naming the item and the reason, on stderr."""
    click.echo(problem_line(item, reason), err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="toll")
def main() -> None:
    """toll: a sourced ledger of casualty claims and statements from conflict news."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@with_limits
@click.option("-p", "--processes", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes extracting batches (each loads the model once).")
@click.option("--batch-size", type=click.IntRange(min=1),
              help="Articles parsed together (default: toll.pipeline.BATCH_SIZE, 16).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def ingest(inputs, db, limits, processes, batch_size, quiet):
    """Read articles from files, folders, feeds, WARCs and URLs into the ledger.

    INPUTS are .txt (with an optional <stem>.meta.json), .jsonl, .html, RSS/Atom
    feeds, .warc(.gz), folders of these, or http(s):// URLs. Articles already in
    the ledger are skipped, so a rerun resumes where an interrupted one stopped.
    Exits 1 when any item failed.
    """
    from tqdm import tqdm

    from toll.pipeline import IngestReport, ingest as run_ingest

    items = list(expand_inputs(inputs))
    report = IngestReport()
    try:
        with Store(db) as store, tqdm(total=len(items), unit="item", disable=quiet or None,
                                      file=sys.stderr, leave=False) as bar:
            run_ingest(items, store, limits,
                       processes=processes, batch_size=batch_size, report=report,
                       on_problem=lambda item, reason: bar.write(problem_line(item, reason), file=sys.stderr),
                       on_item=lambda item: bar.update())
    except KeyboardInterrupt:  # what was stored stays stored; a rerun resumes
        echo(f"interrupted: {report} ({db})", err=True)
        sys.exit(130)
    echo(f"{report} ({db})", err=True)
    sys.exit(1 if report.failed else 0)


ARTICLE_COLUMNS = ["id", "published", "outlet", "title", "source", "url"]


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def articles(db, fmt):
    """List the articles in the ledger."""
    with Store(db) as store:
        rows = list(store.iter_articles())
    if fmt == "json":
        echo(json.dumps(rows, indent=1, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=ARTICLE_COLUMNS + ["ingested_at"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        echo(render_table(rows, ["id", "published", "outlet", "title"]))
        click.echo(f"{len(rows)} article{'s' * (len(rows) != 1)}")


def render_table(rows: list[dict], columns: list[str], width: int = 60) -> str:
    """A plain fixed-width table; long cells are cut with an ellipsis."""
    def cell(value) -> str:
        text = re.sub(r"\s+", " ", "" if value is None else str(value))
        return text if len(text) <= width else text[: width - 1] + "…"

    cells = [[cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.upper().ljust(w) for c, w in zip(columns, widths)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


@main.command()
@click.argument("article_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the article as JSON.")
def show(article_id, db, as_json):
    """Show one article (ARTICLE_ID may be the first few characters of its id)."""
    with Store(db) as store:
        found = store.find_article(article_id)
        extracted = store.extraction_of(found[0]["id"]) if len(found) == 1 else {}
    if not found:
        raise click.ClickException(f"no article with id {article_id!r}")
    if len(found) > 1:
        raise click.ClickException(f"{article_id!r} matches several articles: "
                                   + ", ".join(a["id"] for a in found) + "; give more characters")
    article = found[0]
    if as_json:
        echo(json.dumps({"article": article, **extracted}, indent=1, ensure_ascii=False))
        return
    for key in ("id", "title", "outlet", "published", "url", "source", "ingested_at"):
        if article.get(key):
            echo(f"{key + ':':13}{article[key]}")
    click.echo("")
    echo(article["text"])
    click.echo("")
    echo(describe_extraction(extracted))


claim_filters = [
    click.option("--outcome", type=click.Choice(["killed", "injured", "casualties", "missing", "captured"])),
    click.option("--affiliation", help="Victims' side, e.g. Russia."),
    click.option("--role", type=click.Choice(["military", "civilian", "unknown"])),
    click.option("--group", type=click.Choice(["children", "women"])),
    click.option("--claimant", help="Part of the claimant's name."),
    click.option("--since", help="From this day (YYYY-MM-DD)."),
    click.option("--until", help="Up to this day (YYYY-MM-DD)."),
    click.option("--search", help="Words in the sentence."),
]


def with_claim_filters(func):
    for option in reversed(claim_filters):
        func = option(func)
    return func


EXPORT_COLUMNS = ["date", "claimant", "claimant_kind", "outcome", "low", "best", "high", "qualifier", "victims",
                  "role", "affiliation", "group", "stance", "location", "period", "outlet", "url", "title",
                  "published", "article_id", "claim_id", "sentence"]
"""Export columns, after UCDP GED and ACLED: one row per claim, best estimate included."""


def export_row(row: dict) -> dict:
    from toll.ledger.figures import point

    best = point(row["low"], row["high"], row["qualifier"])
    return {"date": row["reported_on"] or row["published"], "claimant": row["claimant_name"],
            "claimant_kind": row["claimant_kind"], "outcome": row["outcome"], "low": row["low"],
            "best": int(round(best)) if best is not None else row["low"], "high": row["high"],
            "qualifier": row["qualifier"], "victims": row["victims_text"], "role": row["role"],
            "affiliation": row["affiliation"], "group": row["victims_group"], "stance": row["stance"],
            "location": row["location"], "period": row["period_text"], "outlet": row["outlet"], "url": row["url"],
            "title": row["title"], "published": row["published"], "article_id": row["article_id"],
            "claim_id": row["claim_id"], "sentence": row["sentence_text"]}


def claim_filter(**options):
    from toll.store import ClaimFilter

    return ClaimFilter(**{k: v for k, v in options.items() if k in ClaimFilter.__dataclass_fields__})


@main.command()
@db_option
@with_claim_filters
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def claims(db, fmt, **filters):
    """List casualty claims across the ledger, filtered."""
    with Store(db) as store:
        rows = [export_row(r) for r in store.iter_claims(claim_filter(**filters))]
    if fmt == "json":
        echo(json.dumps(rows, indent=1, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        for r in rows:
            r["figure"] = figure_text(r["low"], r["high"], r["qualifier"])
        echo(render_table(rows, ["date", "outcome", "figure", "affiliation", "role", "claimant", "stance",
                                       "outlet"], width=36))
        click.echo(f"{len(rows)} claim{'s' * (len(rows) != 1)}")


@main.command()
@click.argument("subject", required=False)
@db_option
def timeline(subject, db):
    """Show a subject's figures over time, by claimant, with contradictions.

    SUBJECT is outcome/affiliation/role[/group], e.g. killed/Russia/military. Without
    it, lists the subjects in the ledger, most contested first.
    """
    from toll.ledger.reconcile import Subject, reconcile
    from toll.ledger.timeline import describe, subjects, timeline as build

    with Store(db) as store:
        figures, sources = reconcile(store.iter_claims())
    if not subject:
        for s, n in subjects(figures):
            echo(f"{n:>3} claimant(s)  {s}")
        return
    try:
        wanted = Subject.parse(subject)
    except ValueError as err:
        raise click.BadParameter(str(err)) from None
    known = {str(s).lower(): s for s, _ in subjects(figures)}
    wanted = known.get(str(wanted).lower(), wanted)
    result = build(wanted, figures)
    if not result.series:
        raise click.ClickException(f"no figures for {wanted}; `toll timeline` lists the subjects")
    echo(describe(result, sources))


@main.command()
@db_option
@with_claim_filters
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), default="csv", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="File to write (stdout for csv/jsonl).")
def export(db, fmt, out, **filters):
    """Export claims with UCDP/ACLED-like columns (date, claimant, outcome, low, best, high, …)."""
    with Store(db) as store:
        rows = [export_row(r) for r in store.iter_claims(claim_filter(**filters))]
    if fmt == "parquet":
        if not out:
            raise click.UsageError("--format parquet needs --out FILE")
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows, schema=_parquet_schema(pa)), out)
    else:
        stream = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
        try:
            if fmt == "csv":
                writer = csv.DictWriter(stream, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
                writer.writeheader()
                writer.writerows(rows)
            else:
                for row in rows:
                    stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        finally:
            if out:
                stream.close()
    if out:
        click.echo(f"{len(rows)} claims written to {out}", err=True)


def _parquet_schema(pa):
    ints = {"low", "best", "high"}
    return pa.schema([(c, pa.int64() if c in ints else pa.string()) for c in EXPORT_COLUMNS])


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
def serve(db, host, port):
    """Serve the dashboard and the HTTP API (schema at /openapi.json). Read-only unless TOLL_TOKEN is set."""
    import uvicorn

    from toll.api import create_app

    click.echo(f"toll serving {db}: dashboard at http://{host}:{port}/, API schema at /openapi.json", err=True)
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


@main.command()
@click.argument("input_uri")
@click.argument("output_uri")
@click.option("--master", default="local[*]", show_default=True,
              help="Spark master; under spark-submit use `-m toll.scale.spark` instead.")
def spark(input_uri, output_uri, master):
    """Extract INPUT_URI (files or a folder; local, hdfs://, s3a://) on Spark into Parquet at OUTPUT_URI."""
    from toll.scale.spark import run, session

    spark_session = session(master)
    try:
        counts = run(spark_session, input_uri, output_uri)
    finally:
        spark_session.stop()
    click.echo(", ".join(f"{n} {table}" for table, n in counts.items()) + f" written to {output_uri}", err=True)


@main.command()
@click.argument("parquet_dir", type=click.Path(exists=True, file_okay=False))
@db_option
def load(parquet_dir, db):
    """Merge the Parquet output of `toll spark` into the ledger, without duplicates."""
    from toll.scale.load import load as run_load

    with Store(db) as store:
        new, duplicates = run_load(parquet_dir, store)
    click.echo(f"{new} new, {duplicates} duplicate{'s' * (duplicates != 1)} ({db})", err=True)


def output_stem(source: str, taken: set[str]) -> str:
    """A file stem for an article's JSON: the source file's stem, made unique."""
    name = Path(source.split("#")[0].split("?")[0].rstrip("/")).name or "article"
    for suffix in (".gz", ".txt", ".html", ".htm", ".jsonl"):
        name = name[: -len(suffix)] if name.lower().endswith(suffix) else name
    stem = re.sub(r"[^\w.\-]+", "_", name).strip("._") or "article"
    candidate, n = stem, 1
    while candidate in taken:
        n += 1
        candidate = f"{stem}-{n}"
    taken.add(candidate)
    return candidate


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the claims format as JSON "
              "(an object for one article, an array for several).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Write DIR/<stem>.json per article instead of printing.")
@with_limits
def extract(inputs, as_json, out, limits):
    """Extract casualty claims and statements without storing anything."""
    from toll.pipeline import ExtractionError, extract_safely

    failed = 0
    docs = []
    taken: set[str] = set()
    if out:
        out.mkdir(parents=True, exist_ok=True)
    for result in read_inputs(inputs, limits):
        if isinstance(result, Failure):
            failed += 1
            problem(result.item, result.reason)
            continue
        if isinstance(result, Notice):
            problem(result.item, f"warning: {result.message}")
            continue
        try:
            extraction = extract_safely(result)
        except ExtractionError as err:
            failed += 1
            problem(result.source, str(err))
            continue
        for warning in extraction.warnings:
            problem(result.source, f"warning: {warning}")
        doc = extraction.to_dict()
        if out:
            path = out / f"{output_stem(result.source, taken)}.json"
            path.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        elif as_json:
            docs.append(doc)
        else:
            echo(summarise(doc))
    if as_json and not out and docs:
        echo(json.dumps(docs[0] if len(docs) == 1 else docs, indent=1, ensure_ascii=False))
    sys.exit(1 if failed else 0)


def summarise(doc: dict) -> str:
    """A human-readable digest of one extracted article."""
    article = doc["article"]
    head = f"{article['id']}  {article.get('published') or '?'}  {article.get('title') or article['source']}"
    return head + "\n" + describe_extraction(doc)


def describe_extraction(doc: dict) -> str:
    """Claims and statements, one line each, as ``toll show`` and ``toll extract`` print them."""
    lines = [f"{len(doc.get('casualties', []))} casualty claims, {len(doc.get('statements', []))} statements"]
    for c in doc.get("casualties", []):
        victims = c["victims"]
        side = ", ".join(filter(None, [victims.get("affiliation"), victims.get("role"), victims.get("group")]))
        who = (c.get("claimant") or {}).get("name") or "(the article)"
        sub = f" part of {c['part_of']}" if c.get("part_of") else ""
        count = c["count"]
        shown = figure_text(count["low"], count["high"], count["qualifier"], count.get("text") or "")
        lines.append(f"  {c['id']:<4} {c['outcome']:<10} {shown:>10}  {victims.get('text') or '-'}"
                     f" [{side}]  — {who} ({c['stance']}){sub}")
    for st in doc.get("statements", []):
        text = re.sub(r"\s+", " ", st["content"]["text"])
        lines.append(f"  {st['id']:<4} {st['speaker']['name']} ({st['kind']}, {st['cue']}): "
                     f"{text[:100]}{'…' if len(text) > 100 else ''}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
