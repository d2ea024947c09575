"""One settings object for the whole application, overridable by QUOTETRACK_* variables."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# The shipped secret key: anyone can read it here, so a server refuses to start with it unless
# told it runs for development (QUOTETRACK_DEV=1 or `quotetrack serve --dev`).
DEFAULT_SECRET_KEY = "change-me-in-production"


def _default_data_dir() -> Path:
    return Path.cwd() / "data"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="QUOTETRACK_", env_file=".env", extra="ignore")

    # Where the embedded SQLite database lives when no URL is given.
    data_dir: Path = Field(default_factory=_default_data_dir)
    # Any SQLAlchemy URL, e.g. postgresql+psycopg://user@127.0.0.1:5432/quotetrack.
    database_url: str | None = None
    # Largest article file that ingest accepts, in bytes.
    max_article_bytes: int = 20 * 1024 * 1024
    # Longest search query accepted, in characters.
    max_query_chars: int = 500
    # Rows a list page or API call returns at most.
    page_size_max: int = 200
    # Secret for signing session cookies and CSRF tokens; set it in production.
    secret_key: str = DEFAULT_SECRET_KEY
    # A development machine: the default secret key is allowed (`make run` sets it).
    dev: bool = False
    # The site's public address ("https://quotes.example.org"): every permalink, citation, export
    # and feed id is built from it, never from the request's Host header (which a client chooses).
    base_url: str | None = None
    # Without a base_url, production mode answers only requests whose Host is one of these
    # (comma-separated), so a forged Host cannot reach the permalinks built from it.
    allowed_hosts: str = "localhost,127.0.0.1,[::1]"
    production: bool = False
    # Alerts by e-mail go through this SMTP server; without a host, readers can follow by webhook only.
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_starttls: bool = True  # upgrade the connection with STARTTLS before logging in
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_from: str = "QuoteTrack <alerts@localhost>"
    smtp_timeout: float = 20.0
    # An "immediate" follow gets one message at most every this many minutes (statements wait and go together).
    alert_interval_minutes: int = Field(default=15, ge=0)
    # A webhook that failed this many times in a row is disabled and its owner told.
    webhook_max_failures: int = Field(default=5, ge=1)
    # The first retry of a failed delivery waits this long; each further one twice as long (at most a day).
    alert_retry_seconds: int = Field(default=60, ge=0)
    # Webhooks on private, loopback or link-local addresses are refused unless this is set (an intranet).
    webhook_allow_private: bool = False

    @field_validator("base_url")
    @classmethod
    def _absolute_http_url(cls, value: str | None) -> str | None:
        if not value:
            return None
        value = value.strip().rstrip("/")
        scheme, sep, rest = value.partition("://")
        if scheme.lower() not in {"http", "https"} or not sep or not rest or any(c in rest for c in "?#"):
            raise ValueError(f"QUOTETRACK_BASE_URL must be an http(s) address without ?query or #part, not {value!r}")
        return value

    @property
    def allowed_host_list(self) -> list[str]:
        return [h.strip().lower() for h in self.allowed_hosts.split(",") if h.strip()]

    @property
    def sqlalchemy_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'quotetrack.db').resolve()}"


@cache
def get_settings() -> Settings:
    return Settings()
