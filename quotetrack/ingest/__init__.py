"""Ingestion: turn files (and later pages, URLs, feeds) into raw article text plus provenance."""

from quotetrack.ingest.sources import Source, decode_bytes, discover, read_source

__all__ = ["Source", "decode_bytes", "discover", "read_source"]
