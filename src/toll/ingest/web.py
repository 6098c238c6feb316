"""Placeholder until the web reader lands."""
from toll.ingest.items import IngestError


def read_url(item, limits):
    raise IngestError("web input is not supported yet")
    yield
