"""The extraction on Spark, for archives bigger than one machine.

    toll spark INPUT OUTPUT            (or: spark-submit -m toll.scale.spark INPUT OUTPUT)

INPUT is a file or folder of anything ``toll ingest`` reads (text with sidecars,
JSONL, HTML, WARC, gzipped or not) on any filesystem Hadoop reaches (a local path,
``file://``, ``hdfs://``, ``s3a://``). Each executor loads the spaCy model once and
runs the very same readers and extraction as ``toll ingest``, in batches; OUTPUT gets
three Parquet datasets, ``articles``, ``casualties`` and ``statements``, partitioned
by ``date`` (the article's publication day). ``toll load OUTPUT`` merges them into a
ledger without duplicates.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path, PurePosixPath

from toll.scale.rows import article_row_of, date_of, spark_schemas

SIDECAR = ".meta.json"


def _local_name(uri: str) -> str:
    """A Hadoop path as toll names sources: local files by their plain path."""
    return uri[len("file:"):] if uri.startswith("file:") else uri


def _sidecar_key(uri: str) -> str:
    name = uri[: -len(SIDECAR)] if uri.endswith(SIDECAR) else uri
    for suffix in (".txt.gz", ".txt"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def read_file(uri: str, data: bytes, sidecars: dict[str, bytes]):
    """Articles and failures of one input file, read by toll's own readers from a
    temporary copy (with its sidecar), so Spark reads exactly what ``toll ingest`` reads."""
    from toll.ingest import read_inputs

    with tempfile.TemporaryDirectory() as tmp:
        local = Path(tmp) / PurePosixPath(uri).name
        local.write_bytes(data)
        meta = sidecars.get(_sidecar_key(uri))
        if meta is not None:
            (Path(tmp) / (_sidecar_key(PurePosixPath(uri).name) + SIDECAR)).write_bytes(meta)
        for result in read_inputs([str(local)]):
            source = getattr(result, "source", None) or getattr(result, "item", "")
            renamed = source.replace(str(local), _local_name(uri))
            if hasattr(result, "source"):
                yield replace(result, source=renamed)
            else:
                yield replace(result, item=renamed)


def extract_partition(files: Iterable[tuple[str, bytes]], sidecars: dict[str, bytes],
                      batch_size: int = 16) -> Iterator[tuple[str, str]]:
    """(table, JSON row) for every article, claim and statement of a partition's files.

    The model is loaded once per Python worker (``toll.nlp.pipeline`` caches it) and
    articles are parsed in batches, as in ``toll ingest``.
    """
    from toll.ingest import Failure, Notice
    from toll.pipeline import Failed, extract_batch
    from toll.store import claim_row, statement_row

    def articles():
        for uri, data in files:
            if uri.endswith(SIDECAR):
                continue
            for result in read_file(uri, data, sidecars):
                if isinstance(result, Failure):
                    print(f"{result.item}: {result.reason}", file=sys.stderr)
                elif not isinstance(result, Notice):
                    yield result

    batch = []
    for article in articles():
        batch.append(article)
        if len(batch) == batch_size:
            yield from _rows(extract_batch(batch), Failed, claim_row, statement_row)
            batch = []
    if batch:
        yield from _rows(extract_batch(batch), Failed, claim_row, statement_row)


def _rows(extracted, failed_type, claim_row, statement_row) -> Iterator[tuple[str, str]]:
    for result in extracted:
        if isinstance(result, failed_type):
            print(f"{result.article.source}: {result.reason}", file=sys.stderr)
            continue
        article = result.article
        day = date_of(article.published)
        yield "articles", json.dumps({**article_row_of(article), "date": day})
        for claim in result.casualties:
            yield "casualties", json.dumps({**claim_row(article.id, claim), "date": day})
        for statement in result.statements:
            yield "statements", json.dumps({**statement_row(article.id, statement), "date": day})


def run(spark, input_uri: str, output_uri: str) -> dict[str, int]:
    """Extract every file under ``input_uri`` into Parquet under ``output_uri``;
    returns the number of rows written per table."""
    from pyspark import StorageLevel
    from pyspark.sql.functions import col

    sc = spark.sparkContext
    reader = spark.read.format("binaryFile").option("recursiveFileLookup", "true")
    sidecars = {_sidecar_key(r.path): bytes(r.content) for r in
                reader.option("pathGlobFilter", f"*{SIDECAR}").load(input_uri).select("path", "content").collect()}
    shared = sc.broadcast(sidecars)
    files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(input_uri)
             .filter(~col("path").endswith(SIDECAR)).select("path", "content").rdd
             .map(lambda r: (r.path, bytes(r.content))))
    rows = files.mapPartitions(lambda part: extract_partition(part, shared.value)) \
        .persist(StorageLevel.MEMORY_AND_DISK)
    written = {}
    for table, schema in spark_schemas().items():
        data = rows.filter(lambda r, t=table: r[0] == t).map(lambda r: json.loads(r[1]))
        frame = spark.createDataFrame(data, schema=schema)
        frame.write.mode("overwrite").partitionBy("date").parquet(f"{output_uri.rstrip('/')}/{table}")
        written[table] = frame.count()
    rows.unpersist()
    return written


def session(master: str | None = None):
    """A SparkSession; ``master`` such as ``local[2]`` for one machine, else spark-submit's."""
    from pyspark.sql import SparkSession

    # Python workers must run the interpreter toll is installed in (a cluster sets its own).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = (SparkSession.builder.appName("toll").config("spark.ui.enabled", "false")
               # a news file is parsed for seconds, so small files each get a task of their own
               .config("spark.sql.files.openCostInBytes", str(8 << 20))
               .config("spark.sql.files.maxPartitionBytes", str(8 << 20)))
    if master:
        builder = builder.master(master)
    return builder.getOrCreate()


def main(argv: list[str] | None = None) -> None:
    """The spark-submit entry point: INPUT OUTPUT."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        raise SystemExit("usage: spark-submit … -m toll.scale.spark INPUT OUTPUT")
    spark = session()
    try:
        counts = run(spark, args[0], args[1])
    finally:
        spark.stop()
    print(", ".join(f"{n} {table}" for table, n in counts.items()))


if __name__ == "__main__":
    main()
