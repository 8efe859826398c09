"""Editing a market event: its details and which products its par list holds.

The numbers on the par list (workshop, packed, queued, shortfall) are in :mod:`.event_plan`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..db.catalog import Design, Variant
from ..db.enums import EventStatus, ProductKind
from ..db.events import EventProduct, MarketEvent
from ..db.inventory import Product
from . import events
from ._common import clean_text, get_or_raise, not_negative
from .errors import Conflict, ValidationFailed


@dataclass(frozen=True)
class EventDetail:
    """An event as its dialog fills the form."""

    id: uuid.UUID
    data: events.EventInput
    status: str


def get_event(session: Session, event_id: uuid.UUID) -> EventDetail:
    """One event for the dialog."""
    event = get_or_raise(session, MarketEvent, event_id, "event")
    data = events.EventInput(
        name=event.name,
        starts_on=event.starts_on,
        ends_on=event.ends_on,
        venue=event.venue,
        stall_fee_cents=event.stall_fee_cents,
        theme_tags=tuple(event.theme_tags or ()),
        notes=event.notes,
    )
    return EventDetail(event.id, data, event.status)


def update_event(session: Session, event_id: uuid.UUID, data: events.EventInput) -> None:
    """Change an event's details (its status moves through the stall service)."""
    event = get_or_raise(session, MarketEvent, event_id, "event")
    name = clean_text(data.name, "name", required=True)
    if data.ends_on < data.starts_on:
        raise ValidationFailed("ends_on", "The event cannot end before it starts.")
    not_negative(data.stall_fee_cents, "stall_fee")
    clash = session.scalar(
        select(MarketEvent.id).where(MarketEvent.name == name, MarketEvent.id != event_id)
    )
    if clash is not None:
        raise Conflict(f"An event named {name!r} exists already.")
    event.name = name
    event.starts_on, event.ends_on = data.starts_on, data.ends_on
    event.venue = clean_text(data.venue, "venue", limit=300) or None
    event.stall_fee_cents = data.stall_fee_cents
    event.theme_tags = sorted({t.strip().casefold() for t in data.theme_tags if t.strip()})
    event.notes = clean_text(data.notes, "notes", limit=5000) or None
    session.flush()


@dataclass(frozen=True)
class ProductOption:
    """A finished good that can go on a par list, with its model's tags."""

    id: uuid.UUID
    label: str
    tags: tuple[str, ...]
    on_list: bool
    sellable: bool


def product_options(session: Session, event_id: uuid.UUID) -> list[ProductOption]:
    """Finished goods (not archived) to pick for an event; those on its list are marked."""
    have = set(
        session.scalars(select(EventProduct.product_id).where(EventProduct.event_id == event_id))
    )
    rows = session.execute(
        select(Product.id, Product.name, Product.sku, Design.tags, Design.selling_allowed)
        .outerjoin(Variant, Variant.id == Product.variant_id)
        .outerjoin(Design, Design.id == Variant.model_id)
        .where(
            Product.archived.is_(False),
            Product.kind == ProductKind.FINISHED_GOOD.value,
        )
        .order_by(Product.name)
    )
    return [
        ProductOption(
            pid,
            f"{name} ({sku})",
            tuple(tags or ()),
            pid in have,
            bool(allowed) if allowed is not None else True,
        )
        for pid, name, sku, tags, allowed in rows
    ]


def add_products(
    session: Session, event_id: uuid.UUID, product_ids: list[uuid.UUID], planned: int
) -> int:
    """Put products on the par list with ``planned`` units; those on it already are kept.

    Returns how many were added.
    """
    if planned <= 0:
        raise ValidationFailed("planned", "Plan at least one of each.")
    open_event(session, event_id)
    have = set(
        session.scalars(select(EventProduct.product_id).where(EventProduct.event_id == event_id))
    )
    added = 0
    for product_id in dict.fromkeys(product_ids):
        if product_id not in have:
            events.plan_product(session, event_id, product_id, planned)
            added += 1
    return added


def set_planned(session: Session, event_id: uuid.UUID, product_id: uuid.UUID, planned: int) -> None:
    """Change how many of a product the event plans for."""
    open_event(session, event_id)
    events.plan_product(session, event_id, product_id, planned)


def remove_product(session: Session, event_id: uuid.UUID, product_id: uuid.UUID) -> None:
    """Take a product off the par list; refused once any of it was packed."""
    open_event(session, event_id)
    line = session.get(EventProduct, (event_id, product_id))
    if line is None:
        return
    if line.packed:
        raise ValidationFailed(
            "packed", "Units of this product were packed; set its planned count instead."
        )
    session.execute(
        delete(EventProduct).where(
            EventProduct.event_id == event_id, EventProduct.product_id == product_id
        )
    )
    session.flush()


def open_event(session: Session, event_id: uuid.UUID) -> MarketEvent:
    """The event, refused once it is closed (its lists stay as they were)."""
    event = get_or_raise(session, MarketEvent, event_id, "event")
    if event.status == EventStatus.CLOSED.value:
        raise ValidationFailed("status", "This event is closed; its par list stays as it was.")
    return event
