#!/usr/bin/env bash
# For ../shared/eval/run.sh: `quotetrack extract` with each article's publication date taken from
# its gold file's metadata ("published"), as an ingest from an export would have it, so the
# scorer's `date` figure measures statement dating rather than guessing the publication date
# from the text.   usage: ../shared/eval/run.sh bench/extract_with_published.sh
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
args=()
for f in "$@"; do
  d=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("published") or "")' "${f%.txt}.gold.json" 2>/dev/null)
  [ -n "$d" ] && args+=(--published "$(basename "$f")=$d")
done
exec "$here/.venv/bin/quotetrack" extract --format jsonl "${args[@]}" "$@"
