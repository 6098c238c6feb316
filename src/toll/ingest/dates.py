"""Publication dates from whatever metadata gives us, as ISO dates."""
from __future__ import annotations

import datetime as dt
import re
import time

ISO_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}")


def iso_date(value) -> str | None:
    """``YYYY-MM-DD`` from an ISO string, a datetime, a ``time.struct_time`` or a free-form date.

    Returns None for anything that is not a plausible date, rather than guessing.
    """
    if value is None or value == "":
        return None
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    if ISO_PREFIX.match(text):
        try:
            return dt.date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            return None
    import dateparser  # slow to import; only free-form dates need it

    parsed = dateparser.parse(text, settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None
