"""Resolve stage: speaker mentions -> officials (names, titles, roles, regions, dates)."""
