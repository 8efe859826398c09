"""Engines and sessions for SQLite (embedded default) and PostgreSQL (several PCs)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker


def sqlite_url(path: Path) -> URL:
    """The SQLAlchemy URL of an SQLite file."""
    return URL.create("sqlite+pysqlite", database=str(path))


def describe_url(url: URL | str) -> str:
    """A short name of a database for the status bar and messages, never with a password."""
    url = make_url(url)
    if url.get_backend_name() == "sqlite":
        return f"SQLite {url.database or 'in memory'}"
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    user = f"{url.username}@" if url.username else ""
    return f"PostgreSQL {user}{host}{port}/{url.database}"


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def use_wal(engine: Engine) -> None:
    """Switch an SQLite file to write-ahead logging (kept in the file from then on).

    Called only once the schema check accepted the file: a file the app refuses (from a
    newer version, or not ours) is never written, not even its header.
    """
    if engine.url.get_backend_name() != "sqlite":
        return
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")
    except Exception:
        pass  # a read-only file keeps its journal mode; writes fail later with a clear error


def make_engine(url: URL | str, *, connect_timeout: int = 5) -> Engine:
    """Create an engine with the settings each backend needs.

    SQLite: foreign keys on, WAL, ``synchronous=FULL`` (a laptop at a stall may lose power).
    PostgreSQL: a short connect timeout so an unreachable server fails fast.
    """
    url = make_url(url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 5})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": connect_timeout, "application_name": "printshop"},
    )


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit (rows are mapped to dataclasses anyway)."""
    return sessionmaker(engine, expire_on_commit=False)
