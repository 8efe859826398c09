"""The stock ledger: the one path through which every stock change is written.

Movements are append-only and carry a client-made UUID; writing the same movement twice
(a repeated offline replay) records it once. On-hand is always the sum of the ledger.
"""

from __future__ import annotations

import socket
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.base import new_id, utcnow
from ..db.enums import MovementReason
from ..db.inventory import DEFAULT_LOCATION, StockMovement
from .errors import ValidationFailed


@dataclass(frozen=True)
class MovementInput:
    """One change of stock. Exactly one of ``product_id``/``filament_id``."""

    quantity: int
    reason: MovementReason
    product_id: uuid.UUID | None = None
    filament_id: uuid.UUID | None = None
    spool_id: uuid.UUID | None = None
    location: str = DEFAULT_LOCATION
    job_id: uuid.UUID | None = None
    event_id: uuid.UUID | None = None
    user_id: uuid.UUID | None = None
    unit_price_cents: int | None = None
    payment: str | None = None
    reverses_id: uuid.UUID | None = None
    note: str | None = None
    occurred_at: datetime = field(default_factory=utcnow)
    id: uuid.UUID = field(default_factory=new_id)
    device: str = field(default_factory=socket.gethostname)


def record(session: Session, movement: MovementInput) -> bool:
    """Append one movement; returns False when this id was recorded before (idempotent)."""
    if (movement.product_id is None) == (movement.filament_id is None):
        raise ValidationFailed("item", "A movement is for one product or one filament.")
    if movement.spool_id is not None and movement.filament_id is None:
        raise ValidationFailed("spool", "A spool movement must name its filament.")
    if movement.quantity == 0:
        raise ValidationFailed("quantity", "A movement of zero changes nothing.")
    if session.get(StockMovement, movement.id) is not None:
        return False
    session.add(
        StockMovement(
            id=movement.id,
            product_id=movement.product_id,
            filament_id=movement.filament_id,
            spool_id=movement.spool_id,
            quantity=movement.quantity,
            reason=MovementReason(movement.reason).value,
            location=movement.location,
            job_id=movement.job_id,
            event_id=movement.event_id,
            user_id=movement.user_id,
            device=movement.device,
            unit_price_cents=movement.unit_price_cents,
            payment=movement.payment,
            reverses_id=movement.reverses_id,
            note=movement.note,
            occurred_at=movement.occurred_at,
        )
    )
    session.flush()
    return True


def product_on_hand(session: Session, location: str | None = None) -> dict[uuid.UUID, int]:
    """Units on hand per product (optionally at one location), summed from the ledger."""
    query = (
        select(StockMovement.product_id, func.sum(StockMovement.quantity))
        .where(StockMovement.product_id.is_not(None))
        .group_by(StockMovement.product_id)
    )
    if location is not None:
        query = query.where(StockMovement.location == location)
    return {pid: int(total) for pid, total in session.execute(query) if pid is not None}


def filament_on_hand(session: Session) -> dict[uuid.UUID, tuple[int, int]]:
    """Grams per filament as (on opened spools, unopened), summed from the ledger."""
    query = (
        select(
            StockMovement.filament_id,
            StockMovement.spool_id.is_(None).label("unopened"),
            func.sum(StockMovement.quantity),
        )
        .where(StockMovement.filament_id.is_not(None))
        .group_by(StockMovement.filament_id, StockMovement.spool_id.is_(None))
    )
    totals: dict[uuid.UUID, tuple[int, int]] = {}
    for filament_id, unopened, grams in session.execute(query):
        if filament_id is None:
            continue
        opened_g, unopened_g = totals.get(filament_id, (0, 0))
        if unopened:
            unopened_g += int(grams)
        else:
            opened_g += int(grams)
        totals[filament_id] = (opened_g, unopened_g)
    return totals


def spool_remaining(session: Session) -> dict[uuid.UUID, int]:
    """Grams left on each spool: its ledger (the purchase or opening, minus use)."""
    query = (
        select(StockMovement.spool_id, func.sum(StockMovement.quantity))
        .where(StockMovement.spool_id.is_not(None))
        .group_by(StockMovement.spool_id)
    )
    return {sid: int(total) for sid, total in session.execute(query) if sid is not None}
