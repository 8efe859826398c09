"""A stall day with no internet: sell from the snapshot, replay later, exactly once."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from printshop_desktop.db.enums import EventStatus, MovementReason
from printshop_desktop.services import catalog, events, inventory, ledger, offline, stall, sync
from printshop_desktop.services.errors import NotFound


@pytest.fixture
def live_event(database):
    with database.session() as session:
        model = catalog.create_model(session, catalog.ModelInput(name="Bee Keyring"))
        variant = catalog.create_variant(session, catalog.VariantInput(model, "Standard"))
        product = inventory.create_product(
            session,
            inventory.ProductInput("BEE-1", "Bee Keyring", variant_id=variant, price_cents=600),
        )
        ledger.record(
            session,
            ledger.MovementInput(
                quantity=20, reason=MovementReason.PRINT_PRODUCED, product_id=product
            ),
        )
        event = events.create_event(
            session, events.EventInput("Summer Fair", date(2026, 7, 4), date(2026, 7, 4))
        )
        stall.set_status(session, event, EventStatus.PACKING)
        stall.pack(session, event, product, 10)
        stall.set_status(session, event, EventStatus.LIVE)
    return event, product


def _sell_offline(path: Path, event, product) -> offline.OfflineStall:
    laptop = offline.OfflineStall(path, event, device="stall-laptop")
    laptop.record_sale(stall.Sale(product, 2, 600))
    laptop.record_sale(stall.Sale(product, 1, 500))
    assert laptop.undo_last_sale() is not None
    laptop.record_sale(stall.Sale(product, 3, 550))
    assert laptop.record_count(product, 4) == -1  # one went missing
    return laptop


def test_offline_day_replays_exactly_once(database, live_event, tmp_path: Path) -> None:
    event, product = live_event
    path = tmp_path / "stall.sqlite3"
    with database.session() as session:
        assert offline.take_snapshot(session, path, event) == 1
    laptop = _sell_offline(path, event, product)
    assert [p.at_stall for p in laptop.products()] == [4]
    assert laptop.pending() == 5
    with pytest.raises(stall.Oversell):
        laptop.record_sale(stall.Sale(product, 5, 600))

    report = sync.replay(path, database.session)
    assert (report.sent, report.already_there, report.remaining) == (5, 0, 0)
    again = sync.replay(path, database.session)
    assert (again.sent, again.remaining) == (0, 0)
    with database.session() as session:
        assert stall.at_stall(session, event)[product] == 4
        assert stall.units_sold(session, event)[product] == 5


def test_a_crash_after_the_database_commit_doubles_nothing(database, live_event, tmp_path):
    event, product = live_event
    path = tmp_path / "stall.sqlite3"
    with database.session() as session:
        offline.take_snapshot(session, path, event)
    _sell_offline(path, event, product)
    # The app died after the server took the first entries but before the outbox was
    # cleared: the same entries are still waiting.
    with sqlite3.connect(path) as connection:
        first = [
            json.loads(p)
            for (p,) in connection.execute("SELECT payload FROM outbox ORDER BY seq LIMIT 3")
        ]
    with database.session() as session:
        now = sync.utcnow()
        assert sync.insert_movements(session, [sync._row(p, now) for p in first]) == 3
    report = sync.replay(path, database.session)
    assert (report.sent, report.already_there) == (2, 3)
    with database.session() as session:
        assert stall.at_stall(session, event)[product] == 4


def test_no_snapshot_is_a_clear_message(database, tmp_path: Path) -> None:
    import uuid

    with pytest.raises(NotFound, match="no offline copy"):
        offline.OfflineStall(tmp_path / "stall.sqlite3", uuid.uuid4())
    with database.session() as session, pytest.raises(NotFound):
        offline.take_snapshot(session, tmp_path / "stall.sqlite3", uuid.uuid4())
