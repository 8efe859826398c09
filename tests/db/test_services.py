"""Catalog, queue and events use cases on both databases, and the demo shop."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from printshop_desktop.db.audit import AuditEntry
from printshop_desktop.db.enums import JobPriority
from printshop_desktop.services import catalog, demo, events, inventory, queue
from printshop_desktop.services.errors import Conflict, NotFound, ValidationFailed


def test_model_create_update_archive(database) -> None:
    with database.session() as session:
        designer = catalog.create_designer(session, "Loubie3D")
        model_id = catalog.create_model(
            session,
            catalog.ModelInput(
                name="Sleepy Fox",
                designer_id=designer,
                tags=(" Fox", "autumn", "fox"),
                licence_id="CC-BY-NC-4.0",
            ),
        )
    with database.session() as session:
        row = catalog.list_models(session)[0]
        assert (row.name, row.designer, row.tags, row.licence) == (
            "Sleepy Fox",
            "Loubie3D",
            ("autumn", "fox"),
            "CC-BY-NC-4.0",
        )
        assert row.selling_allowed is False
        assert row.updated_at.tzinfo is not None
        catalog.update_model(
            session,
            model_id,
            catalog.ModelInput(
                name="Sleepy Fox",
                designer_id=designer,
                selling_allowed=True,
                licence_text="Commercial licence bought 2026-03",
            ),
        )
    with database.session() as session:
        row = catalog.list_models(session)[0]
        assert row.selling_allowed and row.licence == "Commercial licence bought 2026-03"
        catalog.archive_model(session, model_id)
    with database.session() as session:
        assert catalog.list_models(session) == []
        assert len(catalog.list_models(session, include_archived=True)) == 1


def test_duplicate_model_and_missing_rows_are_named(database) -> None:
    with database.session() as session:
        catalog.create_model(session, catalog.ModelInput(name="Flexi Rex"))
        with pytest.raises(Conflict):
            catalog.create_model(session, catalog.ModelInput(name="flexi rex"))
        with pytest.raises(ValidationFailed) as error:
            catalog.create_model(session, catalog.ModelInput(name="  "))
        assert error.value.field == "name"
        with pytest.raises(NotFound):
            catalog.archive_model(session, __import__("uuid").uuid4())


def test_jobs_come_in_priority_then_queue_order(database) -> None:
    with database.session() as session:
        model_id = catalog.create_model(session, catalog.ModelInput(name="Cable Turtle"))
        variant = catalog.create_variant(session, catalog.VariantInput(model_id, "Standard"))
        printer = queue.create_printer(session, "Maple", "Prusa MK4S")
        queue.create_job(session, queue.JobInput(variant, copies=2, priority=JobPriority.LOW))
        queue.create_job(
            session, queue.JobInput(variant, priority=JobPriority.URGENT, printer_id=printer)
        )
        queue.create_job(session, queue.JobInput(variant, priority=JobPriority.NORMAL))
        with pytest.raises(ValidationFailed):
            queue.create_job(session, queue.JobInput(variant, copies=0))
    with database.session() as session:
        jobs = queue.list_jobs(session)
        assert [j.priority for j in jobs] == ["urgent", "normal", "low"]
        assert jobs[0].printer == "Maple"
        assert queue.list_printers(session)[0].queued_jobs == 1


def test_event_dates_and_par_list(database) -> None:
    with database.session() as session:
        with pytest.raises(ValidationFailed) as error:
            events.create_event(
                session, events.EventInput("Fair", date(2026, 12, 5), date(2026, 12, 4))
            )
        assert error.value.field == "ends_on"
        event_id = events.create_event(
            session,
            events.EventInput(
                "Christmas Craft Fair", date(2026, 12, 5), date(2026, 12, 6), stall_fee_cents=6000
            ),
        )
        product = inventory.create_product(session, inventory.ProductInput("SNOW-1", "Snowflake"))
        events.plan_product(session, event_id, product, 12)
        events.plan_product(session, event_id, product, 8)
    with database.session() as session:
        row = events.list_events(session)[0]
        assert (row.products, row.planned, row.packed) == (1, 8, 0)


def test_demo_shop_fills_every_area_once(database) -> None:
    with database.session() as session:
        summary = demo.load_demo_data(session)
    assert summary.models >= 30
    with database.session() as session:
        assert len(catalog.list_models(session)) == summary.models
        assert len(catalog.list_designers(session)) >= 3
        filaments = inventory.list_filaments(session)
        assert filaments and all(f.on_hand_g >= 0 for f in filaments)
        products = inventory.list_products(session)
        assert any(p.kind == "accessory" for p in products)
        assert sum(p.on_hand for p in products) > 0
        assert {j.state for j in queue.list_jobs(session)} >= {"queued", "done", "failed"}
        statuses = {e.status for e in events.list_events(session)}
        assert statuses == {"closed", "planned"}
        with pytest.raises(Conflict):
            demo.load_demo_data(session)


def test_times_are_aware_utc(database) -> None:
    with database.session() as session:
        model_id = catalog.create_model(session, catalog.ModelInput(name="Moon Lamp"))
        variant = catalog.create_variant(session, catalog.VariantInput(model_id, "Large"))
        due = datetime(2026, 12, 1, 15, 30, tzinfo=UTC) + timedelta(hours=0)
        queue.create_job(session, queue.JobInput(variant, due_at=due))
    with database.session() as session:
        assert queue.list_jobs(session)[0].due_at == due


def test_sqlite_app_writes_the_audit_log(database) -> None:
    if not database.is_sqlite:
        pytest.skip("on PostgreSQL the audit log is written by triggers")
    database.actor = "anna"
    with database.session() as session:
        model_id = catalog.create_model(session, catalog.ModelInput(name="Wave Vase"))
    with database.session() as session:
        catalog.update_model(session, model_id, catalog.ModelInput(name="Wave Vase XL"))
    with database.session() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "model").order_by(AuditEntry.id)
        ).all()
        assert [e.action for e in entries] == ["insert", "update"]
        assert entries[1].before["name"] == "Wave Vase"
        assert entries[1].after["name"] == "Wave Vase XL"
        assert {e.actor for e in entries} == {"anna"}
