"""The shipped migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.engine import URL

from printshop_desktop.db.database import open_database
from printshop_desktop.db.engine import make_engine
from printshop_desktop.db.errors import DatabaseCorrupt, SchemaTooNew
from printshop_desktop.db.migrate import SchemaStatus, alembic_config, schema_state
from printshop_desktop.db.models import Base


def test_autogenerate_finds_no_difference(database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_new_database_is_created_at_head(database) -> None:
    state = schema_state(database.engine)
    assert state.status is SchemaStatus.CURRENT
    assert state.current == state.head


def test_database_from_a_newer_app_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    url = URL.create("sqlite+pysqlite", database=str(path))
    open_database(url).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew, match="newer PrintShop"):
        open_database(url)
    assert path.read_bytes() == before


def test_corrupt_sqlite_file_gets_a_named_error_and_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"this is not a database, it is a shopping list\n" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseCorrupt):
        open_database(URL.create("sqlite+pysqlite", database=str(path)))
    assert path.read_bytes() == before


def test_upgrade_of_an_older_sqlite_file_keeps_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    url = URL.create("sqlite+pysqlite", database=str(path))
    engine = make_engine(url)
    # A real file of the first release: built by revision 0001 only, with a row in it.
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO designer (id, name, created_at, updated_at) "
                "VALUES ('0123456789abcdef0123456789abcdef', 'Old', '2026-01-01', '2026-01-01')"
            )
        )
    state = schema_state(engine)
    engine.dispose()
    if state.head == "0001":
        pytest.skip("only one revision exists; nothing to upgrade from yet")
    database = open_database(url)
    with database.engine.connect() as connection:
        version = connection.execute(text("SELECT version_id FROM designer")).scalar_one()
    database.dispose()
    assert version == 1
    assert list(tmp_path.glob("old.sqlite3.before-*.bak"))
