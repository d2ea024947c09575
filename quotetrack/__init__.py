"""QuoteTrack: a searchable, citable database of what public officials say."""

__version__ = "0.1.0"
