"""The exception tree every layer raises; the web and CLI map each class to one response.

QuotetrackError
 +-- IngestError        an article could not be read or stored (carries the source)
 +-- QueryError         a search query is malformed (HTTP 400)
 +-- NotFound           a requested row does not exist (HTTP 404)
 +-- Conflict           a write clashes with stored state (HTTP 409)
 +-- PermissionDenied   the caller may not do this (HTTP 403)
 +-- ClusterError       `ingest --dask`: the extra is missing or the scheduler does not answer
"""

from __future__ import annotations


class QuotetrackError(Exception):
    """Base class of every error QuoteTrack raises on purpose."""

    status_code = 500


class IngestError(QuotetrackError):
    status_code = 422

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        # Batches send errors back from worker processes; the default pickling would call
        # __init__ with the formatted message alone.
        return (type(self), (self.source, self.reason))


class QueryError(QuotetrackError):
    status_code = 400


class NotFound(QuotetrackError):
    status_code = 404


class Conflict(QuotetrackError):
    status_code = 409


class PermissionDenied(QuotetrackError):
    status_code = 403


class ClusterError(QuotetrackError):
    status_code = 503
