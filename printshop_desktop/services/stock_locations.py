"""Where stock is kept: the shop's usual places, every place the ledger has used, and the
crates of market events, each with a name for people (``event:<id>`` reads as the event)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.enums import EventStatus
from ..db.events import MarketEvent
from ..db.inventory import DEFAULT_LOCATION, Spool, StockMovement
from .stall import event_location

#: Places every shop has, offered even before stock has been there.
USUAL_PLACES = (DEFAULT_LOCATION, "storage")
EVENT_PREFIX = "event:"


@dataclass(frozen=True)
class Location:
    """A place stock can be: ``key`` as the ledger stores it, ``label`` as people read it."""

    key: str
    label: str
    event_id: uuid.UUID | None = None
    closed: bool = False


def _event_id(key: str) -> uuid.UUID | None:
    if not key.startswith(EVENT_PREFIX):
        return None
    try:
        return uuid.UUID(key.removeprefix(EVENT_PREFIX))
    except ValueError:
        return None


def list_locations(session: Session, *, include_closed: bool = False) -> list[Location]:
    """Usual places first, then other places in use (A–Z), then event crates by date.

    Crates of closed events are left out unless ``include_closed`` (stock that stayed in one
    still shows: a location holding stock is always listed).
    """
    used = set(session.scalars(select(StockMovement.location).distinct()))
    used |= set(session.scalars(select(Spool.location).distinct()))
    places = [Location(key, key.capitalize()) for key in USUAL_PLACES]
    others = sorted(k for k in used if k not in USUAL_PLACES and _event_id(k) is None)
    places += [Location(key, key) for key in others]
    events = session.execute(
        select(MarketEvent.id, MarketEvent.name, MarketEvent.status).order_by(
            MarketEvent.starts_on, MarketEvent.name
        )
    ).all()
    for event_id, name, status in events:
        key = event_location(event_id)
        closed = status == EventStatus.CLOSED.value
        if closed and not include_closed and key not in used:
            continue
        label = f"Crate: {name}" + (" (closed)" if closed else "")
        places.append(Location(key, label, event_id, closed))
    return places


def location_names(locations: list[Location]) -> dict[str, str]:
    """``{key: label}`` for showing ledger locations."""
    return {location.key: location.label for location in locations}
