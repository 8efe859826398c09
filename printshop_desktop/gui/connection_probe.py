""""Test connection": look at a database without changing anything in it. Runs in a worker."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL

from ..db import migrate
from ..db.engine import describe_url, make_engine
from ..db.errors import SchemaTooNew, translate

MESSAGES = {
    migrate.SchemaStatus.EMPTY: "Connected. The database is empty: PrintShop sets it up when "
    "you connect.",
    migrate.SchemaStatus.CURRENT: "Connected. This is a PrintShop database and it is up to date.",
    migrate.SchemaStatus.BEHIND: "Connected. The database is from an older PrintShop: it is "
    "upgraded when you connect (a file gets a backup copy first).",
}


def probe(url: URL) -> str:
    """A sentence saying what connecting to ``url`` would find; raises a named error if it fails.

    SQLite files are opened read-only and a missing file is not created.
    """
    where = describe_url(url)
    if url.get_backend_name() == "sqlite":
        engine = _read_only_sqlite(url, where)
        if engine is None:
            return f"{where} does not exist yet: PrintShop creates it when you connect."
    else:
        engine = make_engine(url)
    try:
        state = migrate.schema_state(engine)
    finally:
        engine.dispose()
    if state.status is migrate.SchemaStatus.NEWER:
        raise SchemaTooNew(f"{where} was upgraded by a newer PrintShop; update the app first.")
    if state.status is migrate.SchemaStatus.FOREIGN:
        raise SchemaTooNew(f"{where} holds tables that are not PrintShop's.")
    return MESSAGES[state.status]


def _read_only_sqlite(url: URL, where: str) -> Engine | None:
    """An engine on the file opened read-only, or None when the file does not exist."""
    path = Path(url.database or "").expanduser()
    if not path.is_file():
        return None
    location = f"file:{path}?mode=ro"
    try:
        connection = sqlite3.connect(location, uri=True)
        try:
            connection.execute("SELECT name FROM sqlite_master LIMIT 1").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise translate(error, where) from error
    return create_engine(
        "sqlite+pysqlite://", creator=lambda: sqlite3.connect(location, uri=True)
    )
