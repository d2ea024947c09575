"""The JSON API under /api/v1: the same reads the pages use, as Public shapes."""
