"""Preparing an event (details, par list, production plan), its report export, and stall
mode's one entry path online and offline."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from printshop_desktop.db.database import Database
from printshop_desktop.db.enums import EventStatus, MovementReason, PaymentMethod
from printshop_desktop.db.errors import DatabaseUnavailable
from printshop_desktop.db.inventory import StockMovement
from printshop_desktop.services import (
    catalog,
    event_edit,
    event_plan,
    events,
    inventory,
    ledger,
    queue,
    report_export,
    reports,
    stall,
)
from printshop_desktop.services.errors import Conflict, ValidationFailed
from printshop_desktop.services.stall_link import StallLink


def _product(session, name: str, sku: str, filament: uuid.UUID, grams: float, tags, sellable=True):
    model = catalog.create_model(
        session, catalog.ModelInput(name=name, tags=tags, selling_allowed=sellable)
    )
    variant = catalog.create_variant(
        session, catalog.VariantInput(model, "Standard", filament_needs=((0, filament, grams),))
    )
    return inventory.create_product(
        session,
        inventory.ProductInput(sku, name, variant_id=variant, price_cents=800, cost_cents=200),
    )


@pytest.fixture
def fair(database):
    with database.session() as session:
        pla = inventory.create_filament(
            session,
            inventory.FilamentInput(
                "Polymaker", "PLA", "White", supplier_url="https://example.com/pla-white"
            ),
        )
        inventory.open_spool(session, pla, 300, from_unopened=False)
        star = _product(session, "Star Topper", "STAR-1", pla, 40.0, ("christmas",))
        tree = _product(session, "Tree Ornament", "TREE-1", pla, 20.0, ("christmas", "winter"))
        fox = _product(session, "Sleepy Fox", "FOX-1", pla, 50.0, ("christmas",), sellable=False)
        bee = _product(session, "Bee Keyring", "BEE-1", pla, 10.0, ("summer",))
        ledger.record(
            session,
            ledger.MovementInput(quantity=3, reason=MovementReason.PRINT_PRODUCED, product_id=star),
        )
        event = events.create_event(
            session,
            events.EventInput(
                "Christmas Fair",
                date(2026, 12, 12),
                date(2026, 12, 13),
                stall_fee_cents=5000,
                theme_tags=("christmas",),
            ),
        )
    return {"pla": pla, "star": star, "tree": tree, "fox": fox, "bee": bee, "event": event}


def test_event_details_round_trip(database, fair) -> None:
    with database.session() as session:
        detail = event_edit.get_event(session, fair["event"])
        changed = events.EventInput(
            "Christmas Fair 2026",
            date(2026, 12, 12),
            date(2026, 12, 14),
            venue=" Town Hall ",
            stall_fee_cents=5500,
            theme_tags=("Christmas", " winter ", ""),
            notes="corner pitch",
        )
        event_edit.update_event(session, fair["event"], changed)
        other = events.create_event(
            session, events.EventInput("Spring Fair", date(2027, 4, 1), date(2027, 4, 1))
        )
        with pytest.raises(Conflict):
            event_edit.update_event(session, other, changed)
        after = event_edit.get_event(session, fair["event"])
    assert detail.status == "planned"
    assert after.data.venue == "Town Hall"
    assert after.data.theme_tags == ("christmas", "winter")


def test_par_list_by_tags_and_the_production_plan(database, fair) -> None:
    with database.session() as session:
        found = event_plan.products_for_tags(session, ("Christmas",))
        assert set(found) == {fair["star"], fair["tree"]}  # the fox may not be sold
        assert event_edit.add_products(session, fair["event"], found, planned=5) == 2
        assert event_edit.add_products(session, fair["event"], found, planned=9) == 0
        event_edit.set_planned(session, fair["event"], fair["tree"], 10)
        with pytest.raises(ValidationFailed):
            event_edit.set_planned(session, fair["event"], fair["tree"], -1)
        lines = {line.sku: line for line in event_plan.par_list(session, fair["event"])}
        assert (lines["STAR-1"].workshop, lines["STAR-1"].shortfall) == (3, 2)
        assert lines["TREE-1"].shortfall == 10

        plan = event_plan.plan_production(
            session, fair["event"], now=datetime(2026, 12, 1, tzinfo=UTC)
        )
        assert {(j.label, j.copies) for j in plan.jobs} == {
            ("Star Topper", 2),
            ("Tree Ornament", 10),
        }
        assert plan.due_at == datetime(2026, 12, 11, 18, tzinfo=UTC)
        assert plan.priority.value == "normal"
        (white,) = plan.filament
        assert (white.needed_g, white.on_hand_g, white.short_g, white.spools_to_buy) == (
            280,
            300,
            0,
            0,
        )
        event_edit.set_planned(session, fair["event"], fair["tree"], 20)
        plan = event_plan.plan_production(session, fair["event"])
        (white,) = plan.shopping
        assert (white.needed_g, white.short_g, white.spools_to_buy) == (480, 180, 1)
        assert "Buy 1 × 1 kg Polymaker PLA White (short 180 g)" in plan.shopping_note()
        assert "example.com" in plan.shopping_note()
        created = event_plan.apply_plan(session, plan)
        assert len(created) == 2
        assert event_plan.apply_plan(session, plan) == []  # a second click queues nothing
        assert event_plan.plan_production(session, fair["event"]).jobs == ()
        jobs = queue.list_jobs(session)
    assert {j.event_id for j in jobs} == {fair["event"]}
    assert sorted(j.copies for j in jobs) == [2, 20]


def test_packing_list_report_csv_and_comparison(database, fair) -> None:
    with database.session() as session:
        event_edit.add_products(session, fair["event"], [fair["star"]], planned=3)
        stall.set_status(session, fair["event"], EventStatus.PACKING)
        stall.pack(session, fair["event"], fair["star"], 2)
        packing = report_export.packing_csv(event_plan.par_list(session, fair["event"]))
        stall.set_status(session, fair["event"], EventStatus.LIVE)
        stall.record_sale(session, fair["event"], stall.Sale(fair["star"], 1, 900))
        with pytest.raises(ValidationFailed, match="packed"):
            event_edit.remove_product(session, fair["event"], fair["star"])
        report = reports.event_report(session, fair["event"])
    rows = list(csv.reader(io.StringIO(packing)))
    assert rows[0][:5] == ["sku", "name", "planned", "packed", "to_pack"]
    assert rows[1][:5] == ["STAR-1", "Star Topper", "3", "2", "1"]
    text = report_export.report_csv(report, "EUR")
    assert "Revenue,9.00" in text and "Margin after stall fee,-43.00" in text
    assert "STAR-1,Star Topper,2,1,0.5000,9.00,2.00" in text
    both = report_export.comparison_csv([report, report], "EUR")
    assert both.splitlines()[0] == "figure,Christmas Fair,Christmas Fair"


class FlakyDatabase(Database):
    """The shop's database, with a switch that makes the server 'go away'."""

    down = False

    def session(self):  # type: ignore[override]
        if self.down:
            raise DatabaseUnavailable("Cannot reach the database at test: connection refused")
        return super().session()

    def ping(self) -> None:
        if self.down:
            raise DatabaseUnavailable("Cannot reach the database at test: connection refused")
        super().ping()


def test_stall_link_sells_online_then_offline_then_replays_once(
    database, fair, tmp_path: Path
) -> None:
    event, star = fair["event"], fair["star"]
    with database.session() as session:
        event_edit.add_products(session, event, [star], planned=3)
        stall.set_status(session, event, EventStatus.PACKING)
        stall.pack(session, event, star, 3)
        stall.set_status(session, event, EventStatus.LIVE)
    flaky = FlakyDatabase(database.engine, database.sessions)
    link = StallLink(flaky, event, tmp_path / "stall.sqlite3", device="laptop")
    view = link.open()
    assert view.online and [p.at_stall for p in view.products] == [3]

    view = link.sell(stall.Sale(star, 1, 800, PaymentMethod.CARD))
    assert view.totals.units == 1 and view.totals.paid(PaymentMethod.CARD) == 800
    flaky.down = True
    view = link.sell(stall.Sale(star, 1, 750))
    assert not view.online and view.pending == 1
    assert view.products[0].at_stall == 1
    with pytest.raises(stall.Oversell):
        link.sell(stall.Sale(star, 2, 800))
    view = link.sell(stall.Sale(star, 2, 800), confirm_oversell=True)
    view = link.undo()
    assert view.last_entry.startswith("Undone: Sold 2")
    view = link.count(star, 0)
    assert view.pending == 6 and view.totals.units == 2 and view.totals.cents == 1550
    assert link.sync().online is False  # still down

    flaky.down = False
    view = link.sync()
    assert view.online and view.pending == 0
    assert view.note.startswith("Back online — 6")
    with database.session() as session:
        assert stall.units_sold(session, event)[star] == 2
        assert stall.at_stall(session, event)[star] == 0
        report = reports.event_report(session, event)
        ids = session.scalars(select(StockMovement.id)).all()
    assert report.revenue_cents == 1550
    assert len(ids) == len(set(ids))
    assert link.sync().pending == 0


def test_stall_link_opens_offline_from_the_last_snapshot(database, fair, tmp_path: Path) -> None:
    event, star = fair["event"], fair["star"]
    with database.session() as session:
        event_edit.add_products(session, event, [star], planned=1)
        stall.set_status(session, event, EventStatus.PACKING)
        stall.pack(session, event, star, 1)
    flaky = FlakyDatabase(database.engine, database.sessions)
    flaky.down = True
    path = tmp_path / "stall.sqlite3"
    with pytest.raises(Exception, match="no offline copy"):
        StallLink(flaky, event, path).open()
    flaky.down = False
    StallLink(flaky, event, path).open()
    flaky.down = True
    view = StallLink(flaky, event, path).open()
    assert not view.online and view.event_name == "Christmas Fair"
    assert view.note.startswith("Offline")


def test_due_date_is_the_evening_before() -> None:
    from printshop_desktop.services.job_edit import default_due

    assert default_due(date(2026, 12, 12)) == datetime(2026, 12, 11, 18, tzinfo=UTC)
    assert default_due(date(2026, 12, 12)) - datetime(2026, 12, 11, tzinfo=UTC) == timedelta(
        hours=18
    )


def test_product_options_mark_the_list_and_the_licence(database, fair) -> None:
    with database.session() as session:
        event_edit.add_products(session, fair["event"], [fair["star"]], planned=2)
        options = {o.label: o for o in event_edit.product_options(session, fair["event"])}
    assert options["Star Topper (STAR-1)"].on_list
    assert not options["Sleepy Fox (FOX-1)"].sellable
    assert options["Bee Keyring (BEE-1)"].tags == ("summer",)


STALL_STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("sell"), st.integers(1, 4), st.booleans()),
        st.tuples(st.just("count"), st.integers(0, 6), st.just(False)),
        st.tuples(st.just("undo"), st.just(0), st.just(False)),
        st.tuples(st.just("server"), st.just(0), st.booleans()),
    ),
    max_size=14,
)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=STALL_STEPS)
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_any_stall_session_on_or_offline_ends_equal_to_the_ledger(
    database, tmp_path_factory, steps
) -> None:
    """Sell, count and undo with the server coming and going: after the replay the server holds
    exactly what a simple model of the stall says, nothing lost and nothing counted twice."""
    suffix = uuid.uuid4().hex[:8]
    with database.session() as session:
        filament = inventory.create_filament(
            session, inventory.FilamentInput("Any", "PLA", f"Grey {suffix}")
        )
        star = _product(session, f"Star {suffix}", f"STAR-{suffix}", filament, 10.0, ("x",))
        ledger.record(
            session,
            ledger.MovementInput(quantity=5, reason=MovementReason.PRINT_PRODUCED, product_id=star),
        )
        event = events.create_event(
            session, events.EventInput(f"Fair {suffix}", date(2026, 12, 1), date(2026, 12, 1))
        )
        event_edit.add_products(session, event, [star], planned=5)
        stall.set_status(session, event, EventStatus.PACKING)
        stall.pack(session, event, star, 5)
        stall.set_status(session, event, EventStatus.LIVE)
    flaky = FlakyDatabase(database.engine, database.sessions)
    link = StallLink(flaky, event, tmp_path_factory.mktemp("stall") / "stall.sqlite3")
    link.open()
    held, sold, revenue = 5, 0, 0
    entries: list[tuple[str, int, int, bool, str]] = []  # kind, n, before, oversold, where
    for kind, n, flag in steps:
        if kind == "server":
            flaky.down = flag
            if not flag and link.sync().online:
                entries = [(k, q, b, o, "server") for k, q, b, o, _w in entries]
            continue
        where = "server" if link.online and not flaky.down else "outbox"
        if kind == "sell":
            try:
                link.sell(stall.Sale(star, n, 100), confirm_oversell=flag)
            except stall.Oversell:
                assert n > held and not flag
                continue
            where = "server" if link.online else "outbox"
            entries.append(("sale", n, held, n > held, where))
            held, sold, revenue = max(held, n) - n, sold + n, revenue + 100 * n
        elif kind == "count":
            link.count(star, n)
            entries.append(("count", n, held, False, "server" if link.online else "outbox"))
            held = n
        elif entries:
            last = entries[-1]
            view = link.undo()
            if last[0] == "sale" and not link.online and last[4] == "server":
                assert view.note and "already sent" in view.note
                continue
            entries.pop()
            if last[0] == "sale":
                sold, revenue = sold - last[1], revenue - 100 * last[1]
                held = last[2] if last[3] else held + last[1]
            else:
                held = last[2]
        assert link.view().products[0].at_stall == held
    flaky.down = False
    assert link.sync().pending == 0
    with database.session() as session:
        assert stall.at_stall(session, event).get(star, 0) == held
        assert stall.units_sold(session, event).get(star, 0) == sold
        assert reports.event_report(session, event).revenue_cents == revenue
