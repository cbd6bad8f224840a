"""Alembic migrations of the autocrawl store (run through autocrawl.db.schema)."""
