"""Stand-in command line until the project CLI exists:
python -m quotetrack.extract --format jsonl FILE... prints one JSON object per statement."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from quotetrack.extract import extract
from quotetrack.text import prepare


def rows(path: Path, lang: str | None = None) -> Iterator[dict[str, object]]:
    """The JSON rows for one article file (the scorer's prediction format)."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    text, meta = prepare(raw)
    for s in extract(text, meta=meta, lang=lang).statements:
        yield {
            "article": str(path),
            "kind": s.kind,
            "text": s.text,
            "start": s.start,
            "end": s.end,
            "speaker": s.speaker,
            "speaker_mention": s.speaker_mention,
            # Run-wide key until the resolver exists: the same name is the same official.
            "official_id": s.speaker.casefold() if s.speaker else "",
            "role": s.role,
            "region": s.region,
            "date": s.date.isoformat() if s.date else None,
            "topics": [],
            "cue": s.cue,
            "confidence": round(s.confidence, 3),
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quotetrack.extract", description=__doc__)
    parser.add_argument("--format", choices=["jsonl"], default="jsonl")
    parser.add_argument("--lang", choices=["id", "en"], default=None)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    for path in args.files:
        for row in rows(path, args.lang):
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
