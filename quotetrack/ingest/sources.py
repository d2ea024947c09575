"""Find article files and read them as text, whatever their encoding."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from quotetrack.errors import IngestError
from quotetrack.models import utcnow

ARTICLE_SUFFIXES = frozenset({".txt", ".text"})


@dataclass(frozen=True, slots=True)
class Source:
    """One article as read: its raw text and where it came from."""

    location: str  # the path or URL as the user gave it
    raw_text: str
    raw_sha256: str
    retrieved_at: datetime
    url: str | None = None
    outlet: str | None = None


def discover(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Article files under `paths`: files as given, folders recursively, in a stable order."""
    for p in map(Path, paths):
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES and not child.name.startswith("."):
                    yield child
        else:
            yield p


def decode_bytes(data: bytes, location: str) -> str:
    """UTF-8 (with or without BOM), else Windows-1252; binary data is refused."""
    if b"\x00" in data[:4096]:
        raise IngestError(location, "looks like a binary file (NUL bytes), not article text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    # Text that decodes only as a legacy code page but is mostly control bytes is binary.
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t")
    if controls > len(text[:4096]) * 0.05:
        raise IngestError(location, "not valid text in UTF-8 or Windows-1252")
    return text


def read_source(path: Path, *, max_bytes: int) -> Source:
    """Read one article file; raises IngestError with the reason when it cannot be used."""
    location = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(location, f"cannot read: {exc.strerror or exc}") from exc
    if size > max_bytes:
        raise IngestError(location, f"file is {size:,} bytes, over the limit of {max_bytes:,}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(location, f"cannot read: {exc.strerror or exc}") from exc
    text = decode_bytes(data, location)
    if not text.strip():
        raise IngestError(location, "the file is empty")
    return Source(
        location=location,
        raw_text=text,
        raw_sha256=hashlib.sha256(data).hexdigest(),
        retrieved_at=utcnow(),
    )
