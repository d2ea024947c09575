"""Ingestion: files, HTML pages, URLs, feeds and exports turned into raw article text plus provenance."""

from quotetrack.ingest.batch import Item, plan, read_item
from quotetrack.ingest.fetch import USER_AGENT, FetchLimits, fetch, is_url
from quotetrack.ingest.sources import Source, decode_bytes, discover, read_source, source_from_bytes
from quotetrack.ingest.tables import TableOptions

__all__ = [
    "USER_AGENT",
    "FetchLimits",
    "Item",
    "Source",
    "TableOptions",
    "decode_bytes",
    "discover",
    "fetch",
    "is_url",
    "plan",
    "read_item",
    "read_source",
    "source_from_bytes",
]
