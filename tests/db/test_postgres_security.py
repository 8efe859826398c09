"""On PostgreSQL the database is the guard: group roles, append-only ledger and audit log."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import ProgrammingError

from printshop_desktop.db.database import Database, open_database
from printshop_desktop.db.enums import Role
from printshop_desktop.services import catalog, inventory, people


@pytest.fixture
def pg(pg_database: Database) -> Database:
    return pg_database


@pytest.fixture
def login(pg: Database, pg_url: URL) -> Iterator:
    """Create login roles in a group; returns a function making an engine for one of them."""
    made: list[str] = []
    engines = []

    def make(role: Role):
        name = f"t_{role.value}_{uuid.uuid4().hex[:8]}"
        with pg.session() as session:
            people.create_user(session, name, role)
        made.append(name)
        engine = create_engine(pg_url.set(username=name))
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        engine.dispose()
    with pg.engine.begin() as connection:
        for name in made:
            connection.execute(text(f'DROP OWNED BY "{name}"'))
            connection.execute(text(f'DROP ROLE "{name}"'))
        connection.execute(text("DELETE FROM app_user"))


def _denied(engine, sql: str, **params) -> bool:
    try:
        with engine.begin() as connection:
            connection.execute(text(sql), params)
    except ProgrammingError as error:
        return "permission denied" in str(error)
    return False


def test_staff_may_sell_but_not_edit_the_catalog_or_the_ledger(pg: Database, login) -> None:
    with pg.session() as session:
        product = inventory.create_product(session, inventory.ProductInput("FOX-1", "Fox"))
    staff = login(Role.STAFF)
    with staff.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO stock_movement (id, product_id, quantity, reason, location, "
                "occurred_at, recorded_at) VALUES (:id, :p, -1, 'sale', 'stall', now(), now())"
            ),
            {"id": uuid.uuid4(), "p": product},
        )
    assert _denied(staff, "UPDATE stock_movement SET quantity = 5")
    assert _denied(staff, "DELETE FROM stock_movement")
    assert _denied(staff, "UPDATE product SET price_cents = 1")
    assert _denied(staff, "SELECT * FROM audit_log")


def test_viewer_reads_only(pg: Database, login) -> None:
    viewer = login(Role.VIEWER)
    with viewer.connect() as connection:
        connection.execute(text("SELECT count(*) FROM model")).scalar_one()
    assert _denied(
        viewer,
        "INSERT INTO designer (id, name, created_at, updated_at) VALUES (:id, 'x', now(), now())",
        id=uuid.uuid4(),
    )


def test_triggers_write_who_changed_what_and_managers_cannot_rewrite_it(
    pg: Database, login
) -> None:
    manager = login(Role.MANAGER)
    model_id = uuid.uuid4()
    with manager.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO model (id, name, tags, selling_allowed, archived, created_at, "
                "updated_at) VALUES (:id, 'Moon Lamp', '[]', false, false, now(), now())"
            ),
            {"id": model_id},
        )
        connection.execute(
            text("UPDATE model SET name = 'Moon Lamp XL' WHERE id = :id"), {"id": model_id}
        )
        who = connection.execute(text("SELECT session_user")).scalar_one()
    with pg.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT actor, action, before->>'name', after->>'name' FROM audit_log "
                "WHERE table_name = 'model' AND row_id = :id ORDER BY id"
            ),
            {"id": str(model_id)},
        ).all()
    assert [tuple(r) for r in rows] == [
        (who, "insert", None, "Moon Lamp"),
        (who, "update", "Moon Lamp", "Moon Lamp XL"),
    ]
    assert _denied(manager, "DELETE FROM audit_log")
    assert _denied(manager, "UPDATE audit_log SET actor = 'nobody'")


def test_services_run_under_a_manager_role(pg: Database, login, pg_url: URL) -> None:
    login(Role.MANAGER)
    with pg.session() as session:
        name = people.list_users(session)[0].username
    as_manager = open_database(pg_url.set(username=name))
    try:
        with as_manager.session() as session:
            catalog.create_model(session, catalog.ModelInput(name="Hex Planter"))
        with as_manager.session() as session:
            assert [m.name for m in catalog.list_models(session)] == ["Hex Planter"]
    finally:
        as_manager.dispose()
