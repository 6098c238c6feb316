"""Archives bigger than one machine: the extraction on Spark (:mod:`.spark`), Parquet
rows (:mod:`.rows`), and loading Spark's output into a ledger (:mod:`.load`)."""
