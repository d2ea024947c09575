"""The exception tree every layer raises; the web and CLI map each class to one response.

QuotetrackError
 +-- IngestError        an article could not be read or stored (carries the source)
 |    +-- HttpStatusError   the server answered with an HTTP error status (carries it)
 |    +-- AddressRefused    the URL leads to a private or local address (never fetched)
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


class HttpStatusError(IngestError):
    """The server answered 4xx or 5xx: robots.txt rules and retry policies depend on which."""

    def __init__(self, source: str, status: int, reason: str, retry_after: str | None = None) -> None:
        super().__init__(source, reason)
        self.status = status
        self.retry_after = retry_after  # the server's Retry-After header, as sent (429, 503)

    def __reduce__(self) -> tuple[type, tuple[str, int, str, str | None]]:  # type: ignore[override]
        return (type(self), (self.source, self.status, self.reason, self.retry_after))


class AddressRefused(IngestError):
    """A URL whose host resolves to a private, loopback or link-local address, refused unasked."""


class _Told(QuotetrackError):
    """An error whose message pages in other languages say in their own words: `key` and
    `values` name it (web/i18n.py, "error_<key>"); str() is the English message the API and the
    CLI print."""

    def __init__(self, message: str, *, key: str | None = None, **values: object) -> None:
        super().__init__(message)
        self.key = key
        self.values = values

    def __reduce__(self) -> tuple[object, ...]:
        return (_told, (type(self), str(self), self.key, self.values))


def _told(kind: type[_Told], message: str, key: str | None, values: dict[str, object]) -> _Told:
    return kind(message, key=key, **values)


class QueryError(_Told):
    """A malformed request."""

    status_code = 400


class NotFound(_Told):
    status_code = 404

    @classmethod
    def missing(cls, kind: str, name: object) -> NotFound:
        """ "no official #7", "no topic 'x'": a thing of `kind` (official, statement, article,
        topic, region) that is not stored, told in the reader's language on pages."""
        shown = f"#{name}" if isinstance(name, int) else repr(name)
        return cls(f"no {kind} {shown}", key=f"missing_{kind}", name=shown)


class Conflict(QuotetrackError):
    status_code = 409


class PermissionDenied(QuotetrackError):
    status_code = 403


class ClusterError(QuotetrackError):
    status_code = 503
