"""The history of one item: every movement of a product, filament or spool with its reason,
who, when, linked job or event, and the running balance after it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.catalog import Design, Variant
from ..db.events import MarketEvent
from ..db.inventory import StockMovement as Movement
from ..db.people import AppUser
from ..db.queue import PrintJob
from .errors import ValidationFailed


@dataclass(frozen=True)
class LedgerLine:
    """One movement as the ledger view lists it; ``balance`` is the total after it."""

    id: uuid.UUID
    occurred_at: datetime
    quantity: int
    balance: int
    reason: str
    location: str
    spool_id: uuid.UUID | None
    who: str | None
    device: str | None
    job_id: uuid.UUID | None
    job: str | None
    event_id: uuid.UUID | None
    event: str | None
    unit_price_cents: int | None
    note: str | None


def item_ledger(
    session: Session,
    *,
    product_id: uuid.UUID | None = None,
    filament_id: uuid.UUID | None = None,
    spool_id: uuid.UUID | None = None,
) -> list[LedgerLine]:
    """Every movement of one item, oldest first, with the running balance.

    A filament's history includes its spools and its unopened stock; a spool's only itself.
    """
    if sum(x is not None for x in (product_id, filament_id, spool_id)) != 1:
        raise ValidationFailed("item", "Choose one product, filament or spool.")
    job_label = (Design.name + " – " + Variant.name).label("job")
    query = (
        select(Movement, AppUser.display_name, job_label, MarketEvent.name)
        .outerjoin(AppUser, AppUser.id == Movement.user_id)
        .outerjoin(PrintJob, PrintJob.id == Movement.job_id)
        .outerjoin(Variant, Variant.id == PrintJob.variant_id)
        .outerjoin(Design, Design.id == Variant.model_id)
        .outerjoin(MarketEvent, MarketEvent.id == Movement.event_id)
        .order_by(Movement.occurred_at, Movement.recorded_at, Movement.id)
    )
    if product_id is not None:
        query = query.where(Movement.product_id == product_id)
    elif filament_id is not None:
        query = query.where(Movement.filament_id == filament_id)
    else:
        query = query.where(Movement.spool_id == spool_id)
    lines = []
    balance = 0
    for m, who, job, event in session.execute(query):
        balance += m.quantity
        lines.append(
            LedgerLine(
                id=m.id,
                occurred_at=m.occurred_at,
                quantity=m.quantity,
                balance=balance,
                reason=m.reason,
                location=m.location,
                spool_id=m.spool_id,
                who=who,
                device=m.device,
                job_id=m.job_id,
                job=job,
                event_id=m.event_id,
                event=event,
                unit_price_cents=m.unit_price_cents,
                note=m.note,
            )
        )
    return lines
