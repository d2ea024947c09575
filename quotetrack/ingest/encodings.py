"""Bytes to text: UTF-8 (with or without BOM), declared charsets, legacy code pages detected.

Binary data and broken UTF-8 are refused with a reason instead of being decoded into mojibake;
stray NUL bytes in text (bad exports) are removed with a warning.
"""

from __future__ import annotations

import codecs
import logging
import re

from charset_normalizer import from_bytes

from quotetrack.errors import IngestError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# A well-formed multi-byte UTF-8 sequence; legacy single-byte text almost never contains one.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Detectors tell cp1250, cp1252, latin-1 and the Mac code pages apart by letter statistics that
# Indonesian and English text does not have; for those languages the answer is Windows-1252.
_WESTERN = re.compile(r"^(cp125[0-8]|latin_1|iso8859_(1|2|9|15)|mac_\w+|ascii)$")
# Binary formats that are often misnamed .txt or .html, told by their first bytes, so that the
# refusal says what the file is.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word, Excel or OpenDocument file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Excel document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program (ELF)"),
    (b"MZ", "a Windows program"),
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\n\r\t\f")
log = logging.getLogger(__name__)


def stream_encoding(head: bytes) -> str | None:
    """The codec to read a whole file as text when its first bytes settle it, else None.

    A byte-order mark names its UTF (the codec given skips it); BOM-less UTF-16 shows as NUL
    bytes in every other position (Latin text: the high byte of nearly every code unit). Files
    that need a line-by-line look (UTF-8, legacy code pages) get None.
    """
    for bom, name in _BOMS:
        if head.startswith(bom):
            return {
                "utf-8": "utf-8-sig",
                "utf-16-le": "utf-16",
                "utf-16-be": "utf-16",
                "utf-32-le": "utf-32",
                "utf-32-be": "utf-32",
            }[name]
    sample = head[: len(head) // 2 * 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd >= 0.7 * half and even <= 0.1 * half:
        return "utf-16-le"
    if even >= 0.7 * half and odd <= 0.1 * half:
        return "utf-16-be"
    return None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def _refuse_controls(text: str, location: str) -> None:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > len(sample) * 0.05:
        raise IngestError(location, "looks like a binary file (control bytes), not article text")


def binary_format(data: bytes) -> str | None:
    """What a file is, by its first bytes, when that is a well-known binary format."""
    for magic, name in _SIGNATURES:
        if data.startswith(magic):
            return name
    if data[257:262] == b"ustar":  # a tar archive's mark comes after its first member's name
        return "a tar archive"
    return None


def _without_stray_nuls(data: bytes, location: str) -> bytes:
    """`data` without its NUL bytes, a common artefact of bad exports (zero padding, a NUL at each
    line's end); IngestError when the rest is not text either, which is what a binary file shows."""
    kind = binary_format(data)
    if kind is not None:
        raise IngestError(location, f"a binary file ({kind}), not article text")
    kept = data.replace(b"\x00", b"")
    if not kept.strip():
        raise IngestError(location, "looks like a binary file (nothing but NUL bytes), not article text")
    # Text whose NULs are an accident has no other control bytes; formats that are binary
    # through and through (databases, archives, images) leave plenty once the NULs are gone.
    controls = len(kept) - len(kept.translate(None, _CONTROL_BYTES))  # in C: a 20 MB file in ms
    if controls > len(kept) * 0.01:
        raise IngestError(location, "looks like a binary file (NUL and control bytes), not article text")
    log.warning("%s: %s NUL bytes removed (a damaged export?)", location, f"{len(data) - len(kept):,}")
    return kept


def decode(data: bytes, location: str, *, declared: str | None = None) -> tuple[str, str]:
    """Decode article bytes; returns (text, encoding name). Raises IngestError when it is not text."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name), name
            except UnicodeDecodeError as exc:
                raise IngestError(location, f"invalid {name} after its byte-order mark at byte {exc.start}") from exc
    if b"\x00" in data:
        wide = stream_encoding(data[:4096])
        if wide is not None:  # UTF-16 without a byte-order mark: its NULs are half its letters
            try:
                return data.decode(wide), wide
            except UnicodeDecodeError as exc:
                raise IngestError(location, f"invalid {wide} at byte {exc.start}") from exc
        data = _without_stray_nuls(data, location)
    sample = data[:4096]
    if sum(1 for b in sample if b < 32 and b not in b"\n\r\t\f") > len(sample) * 0.05:
        raise IngestError(location, "looks like a binary file (control bytes), not article text")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        codec = _codec(declared)
        if codec in ("utf-8", None) and _UTF8_SEQUENCE.search(data):
            # UTF-8 elsewhere in the file: this is damaged UTF-8, and guessing would garble it.
            raise IngestError(
                location, f"invalid UTF-8 at byte {exc.start} (the file mixes encodings or is damaged)"
            ) from exc
        if codec not in ("utf-8", None):
            try:
                text, encoding = data.decode(codec), codec
            except UnicodeDecodeError:
                text, encoding = _detect(data, location)
        else:
            text, encoding = _detect(data, location)
    _refuse_controls(text, location)
    return text, encoding


def _detect(data: bytes, location: str) -> tuple[str, str]:
    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise IngestError(location, "not text: binary data or an unknown encoding")
    name = best.encoding
    if _WESTERN.match(name):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:  # five bytes cp1252 leaves undefined
            return data.decode("latin-1"), "latin-1"
    try:
        return data.decode(name), name
    except UnicodeDecodeError as exc:
        raise IngestError(location, f"not valid text in the detected encoding {name}") from exc
