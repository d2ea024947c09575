"""Data out: flat statement rows for CSV/JSONL, streamed; Popolo JSON for the officials registry."""
