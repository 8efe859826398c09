"""Run the Alembic migrations shipped with the app, in-process.

A new database is created by running every revision; an older one is upgraded (an SQLite file
is first copied aside); a database from a newer app is refused, never touched.
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from .engine import describe_url
from .errors import SchemaOutdated, SchemaTooNew, translate


def migrations_dir() -> Path:
    """Where the Alembic scripts are: beside the package in a checkout, or bundled."""
    bundled = getattr(sys, "_MEIPASS", None)
    candidates = [Path(__file__).resolve().parents[2] / "migrations"]
    if bundled:
        candidates.insert(0, Path(bundled) / "migrations")
    for candidate in candidates:
        if (candidate / "env.py").is_file():
            return candidate
    raise FileNotFoundError("the migrations folder is missing from this installation")


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic config pointing at the shipped scripts (and at ``engine`` when given)."""
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


class SchemaStatus(StrEnum):
    """How a database's schema compares to this app's migrations."""

    EMPTY = "empty"
    CURRENT = "current"
    BEHIND = "behind"
    NEWER = "newer"
    FOREIGN = "foreign"


@dataclass(frozen=True)
class SchemaState:
    """The database's revision, the app's head revision and how they compare."""

    current: str | None
    head: str
    status: SchemaStatus


def schema_state(engine: Engine) -> SchemaState:
    """Read the database's revision and compare it to the app's migrations."""
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head() or ""
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
            tables = set(inspect(connection).get_table_names())
    except Exception as error:  # driver errors differ per backend; name them for the user
        raise translate(error, describe_url(engine.url)) from error
    if current is None:
        status = SchemaStatus.FOREIGN if tables - {"alembic_version"} else SchemaStatus.EMPTY
    elif current == head:
        status = SchemaStatus.CURRENT
    else:
        try:
            known = script.get_revision(current) is not None
        except Exception:
            known = False
        status = SchemaStatus.BEHIND if known else SchemaStatus.NEWER
    return SchemaState(current=current, head=head, status=status)


def backup_sqlite(path: Path, label: str) -> Path:
    """Copy an SQLite file aside with the online backup API (safe with WAL)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{label}-{stamp}.bak")
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        with destination:
            source.backup(destination)
        destination.close()
    finally:
        source.close()
    return target


def upgrade(engine: Engine, *, allow_upgrade: bool = True) -> SchemaState:
    """Bring the database to the app's head revision and return the new state.

    Raises :class:`SchemaTooNew` for a database from a newer app, and
    :class:`SchemaOutdated` when an upgrade is needed but not allowed.
    """
    where = describe_url(engine.url)
    state = schema_state(engine)
    if state.status is SchemaStatus.CURRENT:
        return state
    if state.status is SchemaStatus.NEWER:
        raise SchemaTooNew(
            f"{where} was upgraded by a newer PrintShop (revision {state.current}); "
            "update the app before opening it. Nothing was changed."
        )
    if state.status is SchemaStatus.FOREIGN:
        raise SchemaTooNew(f"{where} holds tables that are not PrintShop's; nothing was changed.")
    if not allow_upgrade:
        raise SchemaOutdated(f"{where} needs an upgrade: run 'printshop db upgrade'.")
    database = engine.url.database
    is_file = engine.url.get_backend_name() == "sqlite" and database not in (None, "", ":memory:")
    if state.status is SchemaStatus.BEHIND and is_file and database:
        backup_sqlite(Path(database), f"before-{state.head}")
    try:
        command.upgrade(alembic_config(engine), "head")
    except Exception as error:
        raise translate(error, where) from error
    return schema_state(engine)


def remove_old_backups(path: Path, keep: int = 5) -> None:
    """Keep the newest ``keep`` upgrade backups of an SQLite file."""
    backups = sorted(path.parent.glob(f"{path.name}.*.bak"))
    for old in backups[:-keep]:
        old.unlink(missing_ok=True)


__all__ = [
    "SchemaState",
    "SchemaStatus",
    "backup_sqlite",
    "remove_old_backups",
    "schema_state",
    "upgrade",
]
