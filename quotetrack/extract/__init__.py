"""Statement extraction: direct quotes and reported speech with their speakers."""

from quotetrack.extract.model import Extraction, Statement
from quotetrack.extract.pipeline import extract

__all__ = ["Extraction", "Statement", "extract"]
