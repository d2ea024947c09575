"""Authentication errors; both are QuotetrackErrors, so the app's one handler maps them."""

from __future__ import annotations

from quotetrack.errors import QuotetrackError


class NotAuthenticated(QuotetrackError):
    """No valid session or token came with a request that needs one (HTTP 401)."""

    status_code = 401


class TooManyAttempts(QuotetrackError):
    """Login refused by rate limiting or account lockout (HTTP 429); `key` names the UI message,
    `retry_after` the seconds until the limit may have lifted."""

    status_code = 429

    def __init__(self, message: str, key: str, retry_after: int = 900) -> None:
        super().__init__(message)
        self.key = key
        self.retry_after = retry_after


class LoginsBusy(QuotetrackError):
    """Too many password checks already running (HTTP 503 with Retry-After); nothing was recorded."""

    status_code = 503

    def __init__(self, message: str, retry_after: int = 2) -> None:
        super().__init__(message)
        self.retry_after = retry_after
