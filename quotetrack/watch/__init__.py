"""Watching sources: feeds and listing pages polled on a schedule, their new articles ingested.

`quotetrack watch` runs `loop.run_watch`; each due source gets one `poll.Watcher.poll`, whose
state (validators, backoff, next poll time) is committed before the next source is polled.
"""
