"""Statement extraction: direct quotes and reported speech with their speakers."""

from quotetrack.extract.model import ExtractedStatement, Extraction
from quotetrack.extract.pipeline import extract

__all__ = ["ExtractedStatement", "Extraction", "extract"]
