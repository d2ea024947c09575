"""Follows and alerts: readers follow an official, topic, region or search by e-mail (double
opt-in) or webhook, and each ingest batch's new matching statements go out through an outbox
that sends every statement at most once per subscription, on SQLite and PostgreSQL alike."""
