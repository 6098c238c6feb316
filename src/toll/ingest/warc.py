"""Placeholder until the warc reader lands."""
from toll.ingest.items import IngestError


def read_warc(item, limits):
    raise IngestError("warc input is not supported yet")
    yield
