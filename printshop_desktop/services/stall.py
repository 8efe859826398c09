"""Market events at the stall: packing, sales, counts, undo, closing and reconciling.

Stock taken to an event sits at the location ``event:<id>``. Every entry is a ledger
movement with a client-made id, written through :func:`ledger.record`, so an entry made
offline and replayed later is recorded once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ..db.base import new_id, utcnow
from ..db.enums import EventStatus, MovementReason, PaymentMethod
from ..db.events import EventProduct, MarketEvent
from ..db.inventory import DEFAULT_LOCATION, Product, StockMovement
from . import ledger, stock_ops
from ._common import get_or_raise
from .errors import ServiceError, ValidationFailed

NEXT_STATUS = {
    EventStatus.PLANNED: {EventStatus.PACKING},
    EventStatus.PACKING: {EventStatus.PLANNED, EventStatus.LIVE},
    EventStatus.LIVE: {EventStatus.PACKING, EventStatus.CLOSED},
}
SELLING = (EventStatus.PACKING.value, EventStatus.LIVE.value)


class Oversell(ServiceError):
    """More sold than the stall holds; confirm it to record the difference as a count fix."""

    def __init__(self, available: int, wanted: int) -> None:
        super().__init__(
            f"The stall holds {available}, and {wanted} were sold. If that is right, confirm "
            "and the difference is recorded as a count adjustment."
        )
        self.available = available
        self.wanted = wanted


def event_location(event_id: uuid.UUID) -> str:
    """The ledger location of an event's stall."""
    return f"event:{event_id}"


def _event(session: Session, event_id: uuid.UUID) -> MarketEvent:
    return get_or_raise(session, MarketEvent, event_id, "event")


def _line(session: Session, event_id: uuid.UUID, product_id: uuid.UUID) -> EventProduct:
    line = session.get(EventProduct, (event_id, product_id))
    if line is None:
        get_or_raise(session, Product, product_id, "product")
        line = EventProduct(
            event_id=event_id, product_id=product_id, planned=0, packed=0, returned=0, damaged=0
        )
        session.add(line)
    return line


def at_stall(session: Session, event_id: uuid.UUID) -> dict[uuid.UUID, int]:
    """Units of each product at the event's stall now."""
    return ledger.product_on_hand(session, location=event_location(event_id))


def set_status(session: Session, event_id: uuid.UUID, status: EventStatus) -> None:
    """Move an event along planned → packing → live → closed (close with :func:`close_event`)."""
    event = _event(session, event_id)
    current = EventStatus(event.status)
    if status is EventStatus.CLOSED:
        raise ValidationFailed("status", "Close an event by reconciling it.")
    if status not in NEXT_STATUS.get(current, set()):
        raise ValidationFailed("status", f"A {current.value} event cannot become {status.value}.")
    event.status = status.value
    session.flush()


def _transfer(
    session: Session,
    product_id: uuid.UUID,
    count: int,
    source: str,
    target: str,
    event_id: uuid.UUID,
    note: str,
) -> None:
    stock_ops.record_transfer(
        session,
        new_id(),
        count,
        source,
        target,
        note=note,
        product_id=product_id,
        event_id=event_id,
    )


def pack(session: Session, event_id: uuid.UUID, product_id: uuid.UUID, count: int) -> None:
    """Move ``count`` units from the workshop into the event's crates."""
    event = _event(session, event_id)
    if event.status == EventStatus.CLOSED.value:
        raise ValidationFailed("packed", "This event is closed.")
    if count <= 0:
        raise ValidationFailed("packed", "Pack at least one.")
    in_workshop = ledger.product_on_hand(session, location=DEFAULT_LOCATION).get(product_id, 0)
    if count > in_workshop:
        raise ValidationFailed("packed", f"Only {in_workshop} in the workshop to pack.")
    _transfer(
        session, product_id, count, DEFAULT_LOCATION, event_location(event_id), event_id, "packed"
    )
    _line(session, event_id, product_id).packed += count
    session.flush()


@dataclass(frozen=True)
class Sale:
    """One stall entry: what, how many, at what unit price, paid how."""

    product_id: uuid.UUID
    quantity: int
    unit_price_cents: int
    payment: PaymentMethod = PaymentMethod.CASH
    id: uuid.UUID = field(default_factory=new_id)
    occurred_at: datetime = field(default_factory=utcnow)


def record_sale(
    session: Session, event_id: uuid.UUID, sale: Sale, *, confirm_oversell: bool = False
) -> bool:
    """Record a sale at the stall; False when this entry was recorded before (a replay)."""
    event = _event(session, event_id)
    if event.status not in SELLING:
        raise ValidationFailed(
            "status", f"Sales are recorded while packing or live, not when {event.status}."
        )
    if sale.quantity <= 0:
        raise ValidationFailed("quantity", "Sell at least one.")
    if sale.unit_price_cents < 0:
        raise ValidationFailed("price", "A price cannot be negative.")
    if session.get(StockMovement, sale.id) is not None:
        return False
    location = event_location(event_id)
    available = at_stall(session, event_id).get(sale.product_id, 0)
    if sale.quantity > available:
        if not confirm_oversell:
            raise Oversell(available, sale.quantity)
        ledger.record(
            session,
            ledger.MovementInput(
                quantity=sale.quantity - max(available, 0),
                reason=MovementReason.COUNT_ADJUSTMENT,
                product_id=sale.product_id,
                location=location,
                event_id=event_id,
                note="oversell confirmed at the stall",
                occurred_at=sale.occurred_at,
            ),
        )
    return ledger.record(
        session,
        ledger.MovementInput(
            id=sale.id,
            quantity=-sale.quantity,
            reason=MovementReason.SALE,
            product_id=sale.product_id,
            location=location,
            event_id=event_id,
            unit_price_cents=sale.unit_price_cents,
            occurred_at=sale.occurred_at,
            payment=PaymentMethod(sale.payment),
        ),
    )


def undo_last_sale(session: Session, event_id: uuid.UUID) -> uuid.UUID | None:
    """Reverse the latest sale not yet undone; returns the undone sale's id (None if none)."""
    undo = aliased(StockMovement)
    query = (
        select(StockMovement)
        .outerjoin(undo, undo.reverses_id == StockMovement.id)
        .where(
            StockMovement.event_id == event_id,
            StockMovement.reason == MovementReason.SALE.value,
            StockMovement.reverses_id.is_(None),
            undo.id.is_(None),
        )
        .order_by(StockMovement.occurred_at.desc(), StockMovement.recorded_at.desc())
        .limit(1)
    )
    last = session.scalars(query).first()
    if last is None:
        return None
    ledger.record(
        session,
        ledger.MovementInput(
            quantity=-last.quantity,
            reason=MovementReason.SALE,
            product_id=last.product_id,
            location=last.location,
            event_id=event_id,
            unit_price_cents=last.unit_price_cents,
            payment=PaymentMethod(last.payment) if last.payment else None,
            reverses_id=last.id,
            note="undo",
        ),
    )
    return last.id


def record_count(session: Session, event_id: uuid.UUID, product_id: uuid.UUID, counted: int) -> int:
    """A count at the stall: the difference to what the ledger says becomes an adjustment."""
    if counted < 0:
        raise ValidationFailed("counted", "A count cannot be negative.")
    _event(session, event_id)
    adjustment = stock_ops.count_product(
        session,
        product_id,
        counted,
        location=event_location(event_id),
        known_on_hand=at_stall(session, event_id).get(product_id, 0),
        event_id=event_id,
        note="stall count",
    )
    return adjustment.after - adjustment.before


def units_sold(session: Session, event_id: uuid.UUID) -> dict[uuid.UUID, int]:
    """Net units sold per product (undos taken off)."""
    query = (
        select(StockMovement.product_id, -func.sum(StockMovement.quantity))
        .where(
            StockMovement.event_id == event_id, StockMovement.reason == MovementReason.SALE.value
        )
        .group_by(StockMovement.product_id)
    )
    return {pid: int(n) for pid, n in session.execute(query) if pid is not None}


@dataclass(frozen=True)
class ReconcileLine:
    """One product at closing: what was packed, came back, broke, sold and went missing."""

    product_id: uuid.UUID
    packed: int
    returned: int
    damaged: int
    recorded_sold: int
    expected_sold: int

    @property
    def difference(self) -> int:
        """Expected minus recorded sales: positive means units went unrecorded or missing."""
        return self.expected_sold - self.recorded_sold


def close_event(
    session: Session,
    event_id: uuid.UUID,
    returned: dict[uuid.UUID, int],
    damaged: dict[uuid.UUID, int] | None = None,
    reason: str = "unrecorded sales or loss, found at reconciliation",
) -> list[ReconcileLine]:
    """Bring the crates back, write off damage, turn every difference into an adjustment."""
    event = _event(session, event_id)
    if event.status == EventStatus.CLOSED.value:
        raise ValidationFailed("status", "This event is closed already.")
    damaged = damaged or {}
    location = event_location(event_id)
    sold = units_sold(session, event_id)
    lines = []
    products = {
        line.product_id: line
        for line in session.scalars(select(EventProduct).where(EventProduct.event_id == event_id))
    }
    for product_id in set(products) | set(returned) | set(damaged):
        back, broken = returned.get(product_id, 0), damaged.get(product_id, 0)
        if back < 0 or broken < 0:
            raise ValidationFailed("returned", "Counts cannot be negative.")
        line = _line(session, event_id, product_id)
        if back:
            _transfer(session, product_id, back, location, DEFAULT_LOCATION, event_id, "returned")
        if broken:
            ledger.record(
                session,
                ledger.MovementInput(
                    quantity=-broken,
                    reason=MovementReason.WASTE,
                    product_id=product_id,
                    location=location,
                    event_id=event_id,
                    note="damaged at the event",
                ),
            )
        left = at_stall(session, event_id).get(product_id, 0)
        if left:
            ledger.record(
                session,
                ledger.MovementInput(
                    quantity=-left,
                    reason=MovementReason.COUNT_ADJUSTMENT,
                    product_id=product_id,
                    location=location,
                    event_id=event_id,
                    note=reason,
                ),
            )
        line.returned, line.damaged = back, broken
        lines.append(
            ReconcileLine(
                product_id=product_id,
                packed=line.packed,
                returned=back,
                damaged=broken,
                recorded_sold=sold.get(product_id, 0),
                expected_sold=line.packed - back - broken,
            )
        )
    event.status = EventStatus.CLOSED.value
    session.flush()
    return sorted(lines, key=lambda line: str(line.product_id))
