"""Placeholder until the feeds reader lands."""
from toll.ingest.items import IngestError


def read_feed_file(item, limits):
    raise IngestError("feeds input is not supported yet")
    yield
