"""Alembic environment: runs in-process with the engine the app hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from printshop_desktop.db.engine import make_engine
from printshop_desktop.db.models import Base

config = context.config
target_metadata = Base.metadata


def _engine() -> Engine:
    engine = config.attributes.get("engine")
    if engine is not None:
        return engine
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no database given to the migrations")
    return make_engine(url)


def run_migrations_online() -> None:
    """Run the migrations on a live connection (SQLite uses batch mode for ALTERs)."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    with _engine().begin() as connection:
        _run(connection)


def _run(connection: object) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        compare_server_default=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline SQL generation is not supported; run 'printshop db upgrade'")
run_migrations_online()
