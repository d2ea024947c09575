"""What may leave QuoteTrack as a link or as XML: the one article-URL check and the one
control-character filter, used on input (ingest, uploads, the API) and by every renderer."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Characters XML 1.0 cannot carry (C0 controls but tab, newline and return; lone surrogates;
# U+FFFE and U+FFFF): one of them in a title made a whole feed unreadable.
_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Browsers drop tabs and newlines inside a URL ("java\tscript:" runs), so any whitespace or
# control character inside one means it is not a plain web address.
_INSIDE = re.compile(r"[\x00-\x20\x7f]")


def strip_controls(text: str) -> str:
    """`text` without the characters XML cannot carry (C0 controls but \\t \\n \\r, U+FFFE/U+FFFF, surrogates)."""
    return _XML_INVALID.sub("", text)


def clean_field(value: str | None) -> str | None:
    """A metadata field (title, author, outlet...) without control characters; None when nothing is left."""
    if value is None:
        return None
    cleaned = strip_controls(value).strip()
    return cleaned or None


def web_url(value: str | None) -> str | None:
    """`value` as an article URL when it is an absolute http(s) URL with a host, else None.

    Surrounding whitespace is stripped and the scheme lower-cased ("HTTPS://x" is fine); a
    `javascript:`, `data:` or relative URL never becomes a link.
    """
    if not value:
        return None
    text = value.strip()
    if _INSIDE.search(text) or _XML_INVALID.search(text):
        return None
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    return scheme + text[len(parts.scheme) :]
