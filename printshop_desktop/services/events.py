"""Market event use cases: events and their par lists."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.enums import EventStatus
from ..db.events import EventProduct, MarketEvent
from ..db.inventory import Product
from ._common import clean_text, get_or_raise, not_negative
from .errors import Conflict, ValidationFailed


@dataclass(frozen=True)
class EventRow:
    """A market event as the Events tab lists it."""

    id: uuid.UUID
    name: str
    starts_on: date
    ends_on: date
    venue: str | None
    status: str
    stall_fee_cents: int
    products: int
    planned: int
    packed: int


@dataclass(frozen=True)
class EventInput:
    """What the event dialog submits."""

    name: str
    starts_on: date
    ends_on: date
    venue: str | None = None
    stall_fee_cents: int = 0
    theme_tags: tuple[str, ...] = ()
    notes: str | None = None


def list_events(session: Session) -> list[EventRow]:
    """Events, the latest first, with their par-list totals."""
    totals = (
        select(
            EventProduct.event_id,
            func.count().label("n"),
            func.sum(EventProduct.planned).label("planned"),
            func.sum(EventProduct.packed).label("packed"),
        )
        .group_by(EventProduct.event_id)
        .subquery()
    )
    query = (
        select(
            MarketEvent,
            func.coalesce(totals.c.n, 0),
            func.coalesce(totals.c.planned, 0),
            func.coalesce(totals.c.packed, 0),
        )
        .outerjoin(totals, totals.c.event_id == MarketEvent.id)
        .order_by(MarketEvent.starts_on.desc())
    )
    return [
        EventRow(
            id=e.id,
            name=e.name,
            starts_on=e.starts_on,
            ends_on=e.ends_on,
            venue=e.venue,
            status=e.status,
            stall_fee_cents=e.stall_fee_cents,
            products=int(n),
            planned=int(planned),
            packed=int(packed),
        )
        for e, n, planned, packed in session.execute(query)
    ]


def create_event(session: Session, data: EventInput) -> uuid.UUID:
    """Plan a market event; names are unique."""
    name = clean_text(data.name, "name", required=True)
    if data.ends_on < data.starts_on:
        raise ValidationFailed("ends_on", "The event cannot end before it starts.")
    not_negative(data.stall_fee_cents, "stall_fee")
    if session.scalar(select(MarketEvent.id).where(MarketEvent.name == name)) is not None:
        raise Conflict(f"An event named {name!r} exists already.")
    event = MarketEvent(
        name=name,
        starts_on=data.starts_on,
        ends_on=data.ends_on,
        venue=data.venue or None,
        stall_fee_cents=data.stall_fee_cents,
        theme_tags=sorted(set(data.theme_tags)),
        notes=data.notes or None,
        status=EventStatus.PLANNED.value,
    )
    session.add(event)
    session.flush()
    return event.id


def plan_product(
    session: Session, event_id: uuid.UUID, product_id: uuid.UUID, planned: int
) -> None:
    """Put a product on an event's par list (or change how many are planned)."""
    get_or_raise(session, MarketEvent, event_id, "event")
    get_or_raise(session, Product, product_id, "product")
    not_negative(planned, "planned")
    line = session.get(EventProduct, (event_id, product_id))
    if line is None:
        session.add(EventProduct(event_id=event_id, product_id=product_id, planned=planned))
    else:
        line.planned = planned
    session.flush()
