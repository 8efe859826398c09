"""Locations offered by the stock dialogs: usual places, places in use, event crates."""

from __future__ import annotations

from datetime import date

from printshop_desktop.db.enums import EventStatus, MovementReason
from printshop_desktop.db.events import MarketEvent
from printshop_desktop.services import events, inventory, ledger, stock_locations
from printshop_desktop.services.stall import event_location


def test_usual_places_come_first_then_places_in_use_then_crates(database) -> None:
    with database.session() as session:
        pid = inventory.create_product(session, inventory.ProductInput(sku="CAT", name="Cat"))
        ledger.record(
            session,
            ledger.MovementInput(
                quantity=4, reason=MovementReason.PURCHASE, product_id=pid, location="shelf B"
            ),
        )
        fair = events.create_event(
            session, events.EventInput("Christmas Fair", date(2030, 12, 1), date(2030, 12, 2))
        )
        old = events.create_event(
            session, events.EventInput("Old Market", date(2020, 5, 1), date(2020, 5, 1))
        )
        session.get(MarketEvent, old).status = EventStatus.CLOSED.value
    with database.session() as session:
        places = stock_locations.list_locations(session)
    assert [p.key for p in places] == ["workshop", "storage", "shelf B", event_location(fair)]
    assert places[0].label == "Workshop"
    assert places[-1].label == "Crate: Christmas Fair"
    assert places[-1].event_id == fair
    names = stock_locations.location_names(places)
    assert names[event_location(fair)] == "Crate: Christmas Fair"


def test_a_closed_event_holding_stock_is_still_listed(database) -> None:
    with database.session() as session:
        pid = inventory.create_product(session, inventory.ProductInput(sku="CAT", name="Cat"))
        old = events.create_event(
            session, events.EventInput("Old Market", date(2020, 5, 1), date(2020, 5, 1))
        )
        session.get(MarketEvent, old).status = EventStatus.CLOSED.value
        ledger.record(
            session,
            ledger.MovementInput(
                quantity=2,
                reason=MovementReason.TRANSFER,
                product_id=pid,
                location=event_location(old),
            ),
        )
    with database.session() as session:
        places = stock_locations.list_locations(session)
        everything = stock_locations.list_locations(session, include_closed=True)
    assert places[-1].label == "Crate: Old Market (closed)"
    assert places[-1].closed
    assert len(everything) == len(places)
