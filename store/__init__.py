"""The case store: SQLModel tables and the unit of work (SQLite by default, PostgreSQL in production)."""
