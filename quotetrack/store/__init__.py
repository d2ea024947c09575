"""Persistence: engines, migrations, and typed store functions over the SQLModel tables."""
