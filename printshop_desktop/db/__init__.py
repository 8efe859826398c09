"""Database layer: SQLAlchemy models, engine and sessions, migrations. No Qt here."""
