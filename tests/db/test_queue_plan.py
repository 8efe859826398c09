"""The queue's timeline, material groups, history, manual order and printer edits."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from printshop_desktop.db.catalog import Variant
from printshop_desktop.db.enums import JobPriority, JobState, PrinterStatus
from printshop_desktop.services import (
    catalog,
    inventory,
    job_edit,
    jobs,
    printers,
    queue,
    queue_plan,
)
from printshop_desktop.services.errors import Conflict, ValidationFailed

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _variant(session, name: str, filament: uuid.UUID, grams: float, seconds: int | None):
    model = catalog.create_model(session, catalog.ModelInput(name=name, selling_allowed=True))
    variant = catalog.create_variant(
        session, catalog.VariantInput(model, "Standard", filament_needs=((0, filament, grams),))
    )
    if seconds is not None:
        session.get_one(Variant, variant).print_time_s = seconds
    return variant


@pytest.fixture
def farm(database):
    with database.session() as session:
        pla = inventory.create_filament(
            session, inventory.FilamentInput("Polymaker", "PLA", "Sage", colour_hex="#8DA58A")
        )
        petg = inventory.create_filament(
            session, inventory.FilamentInput("eSun", "PETG", "Red", colour_hex="#C8102E")
        )
        spool = inventory.open_spool(session, pla, 1000, from_unopened=False)
        ids = {
            "pla": pla,
            "petg": petg,
            "spool": spool,
            "rex": _variant(session, "Flexi Rex", pla, 30.0, 3600),
            "vase": _variant(session, "Wave Vase", petg, 24.0, None),
            "maple": queue.create_printer(session, "Maple", "Prusa MK4S"),
            "birch": queue.create_printer(session, "Birch", "Bambu P1S"),
        }
    return ids


def test_timeline_runs_each_printer_in_queue_order(database, farm) -> None:
    with database.session() as session:
        first = queue.create_job(session, queue.JobInput(farm["rex"], 2, printer_id=farm["maple"]))
        second = queue.create_job(session, queue.JobInput(farm["rex"], 1, printer_id=farm["maple"]))
        loose = queue.create_job(session, queue.JobInput(farm["vase"], 1))
        rows = {row.job_id: row for row in queue_plan.timeline(session, NOW)}
    assert rows[first].start == NOW
    assert rows[first].finish == NOW + timedelta(hours=2)
    assert rows[second].start == rows[first].finish
    assert rows[second].finish == NOW + timedelta(hours=3)
    # The job with no printer goes to the printer free first, and its time is a guess
    # from its grams (24 g at 12 g an hour).
    assert rows[loose].printer == "Birch" and rows[loose].suggested_printer
    assert rows[loose].guessed and rows[loose].seconds == 2 * 3600


def test_plan_timeline_keeps_a_running_job_and_skips_printers_in_maintenance() -> None:
    maple, birch = uuid.uuid4(), uuid.uuid4()
    lanes = [queue_plan.Lane(maple, "Maple"), queue_plan.Lane(birch, "Birch", available=False)]
    running = queue_plan.PlanJob(
        uuid.uuid4(), "Rex", 1, "printing", maple, 3600, False, started_at=NOW - timedelta(hours=2)
    )
    waiting = queue_plan.PlanJob(
        uuid.uuid4(), "Vase", 2, "queued", None, 1800, False, due_at=NOW + timedelta(minutes=30)
    )
    rows = {r.job_id: r for r in queue_plan.plan_timeline(lanes, [running, waiting], NOW)}
    assert rows[running.id].finish == NOW  # overran its estimate: still on the printer
    assert rows[waiting.id].printer == "Maple"
    assert rows[waiting.id].start == NOW and rows[waiting.id].late


def test_material_groups_and_history(database, farm) -> None:
    with database.session() as session:
        for variant in ("rex", "vase", "rex"):
            queue.create_job(session, queue.JobInput(farm[variant], 2))
        done = queue.create_job(session, queue.JobInput(farm["rex"], 1, printer_id=farm["maple"]))
        jobs.start_job(session, done)
        jobs.finish_job(session, done, 1, jobs.suggest_usage(session, done))
        failed = queue.create_job(session, queue.JobInput(farm["rex"], 1, printer_id=farm["maple"]))
        jobs.start_job(session, failed)
        jobs.fail_job(session, failed, "spaghetti", [])
        groups = queue_plan.material_groups(session)
        history = queue_plan.history(session)
    assert [g.group for g in groups] == ["PETG · Red", "PLA · Sage", "PLA · Sage"]
    assert groups[1].group_jobs == 2 and groups[1].group_grams == 120.0
    assert len(history) == 1
    assert (history[0].done, history[0].failed, history[0].copies_made) == (1, 1, 1)
    assert history[0].success_rate == 0.5


def test_dragging_a_job_persists_the_order_and_takes_the_priority_it_lands_in(
    database, farm
) -> None:
    with database.session() as session:
        urgent = queue.create_job(
            session, queue.JobInput(farm["rex"], 1, priority=JobPriority.URGENT)
        )
        a = queue.create_job(session, queue.JobInput(farm["rex"], 1))
        b = queue.create_job(session, queue.JobInput(farm["vase"], 1))
        low = queue.create_job(session, queue.JobInput(farm["vase"], 1, priority=JobPriority.LOW))
        assert [j.id for j in queue.list_jobs(session)] == [urgent, a, b, low]
        assert job_edit.reorder_jobs(session, [urgent, b, a, low], moved=[b]) == []
        changes = job_edit.reorder_jobs(session, [low, urgent, b, a], moved=[low])
    assert [(c.old, c.new) for c in changes] == [("low", "urgent")]
    with database.session() as session:
        assert [j.id for j in queue.list_jobs(session)] == [low, urgent, b, a]


def test_editing_a_job_follows_its_state(database, farm) -> None:
    with database.session() as session:
        job = queue.create_job(session, queue.JobInput(farm["rex"], 2, printer_id=farm["maple"]))
        detail = job_edit.get_job(session, job)
        assert detail.label == "2 × Flexi Rex — Standard"
        job_edit.update_job(
            session, job, queue.JobInput(farm["rex"], 3, printer_id=farm["birch"], notes=" gift ")
        )
        assert job_edit.get_job(session, job).data.notes == "gift"
        jobs.start_job(session, job, override_reason="test")
        with pytest.raises(jobs.IllegalTransition, match="keeps its variant"):
            job_edit.update_job(session, job, queue.JobInput(farm["vase"], 3))
        job_edit.update_job(
            session, job, queue.JobInput(farm["rex"], 3, priority=JobPriority.URGENT)
        )
        jobs.cancel_job(session, job)
        with pytest.raises(jobs.IllegalTransition, match="finished"):
            job_edit.update_job(session, job, queue.JobInput(farm["rex"], 3))
        row = queue.list_jobs(session)[0]
    assert (row.copies, row.priority, row.state) == (3, "urgent", JobState.CANCELLED.value)


def test_printer_dialog_round_trip_and_loaded_slots_feed_the_start_check(database, farm) -> None:
    with database.session() as session:
        data = printers.PrinterInput(
            name="Cedar",
            model="Prusa MINI+",
            build_mm=(180.0, 180.0, 180.0),
            nozzle_mm=0.6,
            slots=(printers.SlotLoad(0, farm["petg"]),),
            status=PrinterStatus.IDLE,
            power_w=80,
            hourly_cost_cents=30,
        )
        cedar = printers.save_printer(session, data)
        assert printers.get_printer(session, cedar).data == data
        with pytest.raises(Conflict):
            printers.save_printer(session, printers.PrinterInput(name="Maple"), cedar)
        with pytest.raises(ValidationFailed, match="another filament"):
            printers.save_printer(
                session,
                printers.PrinterInput(
                    name="Cedar", slots=(printers.SlotLoad(0, farm["petg"], farm["spool"]),)
                ),
                cedar,
            )
        job = queue.create_job(session, queue.JobInput(farm["rex"], 1, printer_id=cedar))
        kinds = {p.kind for p in jobs.check_start(session, job)}
        assert "material" in kinds
        loaded = printers.PrinterInput(
            name="Cedar", slots=(printers.SlotLoad(0, farm["pla"], farm["spool"]),)
        )
        printers.save_printer(session, loaded, cedar)
        assert jobs.check_start(session, job) == []
        assert jobs.suggest_usage(session, job)[0].spool_id == farm["spool"]
        rows = {r.name: r for r in printers.list_printer_rows(session)}
    assert rows["Cedar"].loaded == ((0, "Polymaker PLA Sage", "#8DA58A"),)
    assert rows["Cedar"].open_jobs == 1
