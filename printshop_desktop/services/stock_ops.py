"""Stock operations the Inventory dialogs offer, each written to the ledger as movements.

Weigh-in, count, transfer, waste and "made" never overwrite a quantity: each computes the
change and records it with :func:`ledger.record`. The movement ids come from one operation id
(``op_id``), so submitting the same operation twice (a double click, an offline replay) records
it once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.enums import MovementReason
from ..db.inventory import DEFAULT_LOCATION, Filament, Product, ProductAccessory, Spool
from ..db.inventory import StockMovement as Movement
from . import ledger
from ._common import clean_text, get_or_raise
from .errors import ValidationFailed


@dataclass(frozen=True)
class Adjustment:
    """The outcome of a weigh-in or count: what the ledger said, what was found."""

    before: int
    after: int
    movement_id: uuid.UUID | None

    @property
    def delta(self) -> int:
        """The change recorded (0 when the count matched and nothing was written)."""
        return self.after - self.before


def _movement_id(op_id: uuid.UUID, part: str) -> uuid.UUID:
    return uuid.uuid5(op_id, part)


def stock_by_location(
    session: Session,
    *,
    product_id: uuid.UUID | None = None,
    filament_id: uuid.UUID | None = None,
    unopened_only: bool = False,
) -> dict[str, int]:
    """Units (product) or grams (filament) per location, from the ledger."""
    if (product_id is None) == (filament_id is None):
        raise ValidationFailed("item", "Choose one product or one filament.")
    query = select(Movement.location, func.sum(Movement.quantity)).group_by(Movement.location)
    if product_id is not None:
        query = query.where(Movement.product_id == product_id)
    else:
        query = query.where(Movement.filament_id == filament_id)
        if unopened_only:
            query = query.where(Movement.spool_id.is_(None))
    return {location: int(total) for location, total in session.execute(query) if total}


def _adjust(
    session: Session, before: int, after: int, movement: ledger.MovementInput
) -> Adjustment:
    if after == before:
        return Adjustment(before, after, None)
    ledger.record(session, movement)
    return Adjustment(before, after, movement.id)


def weigh_spool(
    session: Session,
    spool_id: uuid.UUID,
    gross_g: int,
    *,
    tare_g: int | None = None,
    user_id: uuid.UUID | None = None,
    op_id: uuid.UUID | None = None,
) -> Adjustment:
    """Weigh a spool on a scale: gross − tare is what is left; the difference to the ledger's
    remaining is recorded as a count adjustment. ``tare_g`` overrides the spool's stored tare."""
    spool = get_or_raise(session, Spool, spool_id, "spool")
    tare = spool.tare_g if tare_g is None else tare_g
    if gross_g < 0:
        raise ValidationFailed("gross_g", "A weight cannot be negative.")
    if tare < 0:
        raise ValidationFailed("tare_g", "A weight cannot be negative.")
    net = gross_g - tare
    if net < 0:
        raise ValidationFailed(
            "gross_g", f"{gross_g} g is lighter than the empty spool ({tare} g): check the tare."
        )
    before = ledger.spool_remaining(session).get(spool.id, 0)
    op = op_id or uuid.uuid4()
    return _adjust(
        session,
        before,
        net,
        ledger.MovementInput(
            id=_movement_id(op, "weigh"),
            quantity=net - before,
            reason=MovementReason.COUNT_ADJUSTMENT,
            filament_id=spool.filament_id,
            spool_id=spool.id,
            location=spool.location,
            user_id=user_id,
            note=f"weighed {gross_g} g gross, {tare} g tare",
        ),
    )


def count_product(
    session: Session,
    product_id: uuid.UUID,
    counted: int,
    *,
    location: str = DEFAULT_LOCATION,
    known_on_hand: int | None = None,
    user_id: uuid.UUID | None = None,
    op_id: uuid.UUID | None = None,
    event_id: uuid.UUID | None = None,
    note: str | None = None,
) -> Adjustment:
    """Record a physical count of a product at a location as the difference to the ledger.

    ``known_on_hand`` is what the counting device believed (a count taken offline); the delta
    is then taken against that, so movements synced meanwhile are not counted away.
    """
    get_or_raise(session, Product, product_id, "product")
    if counted < 0:
        raise ValidationFailed("counted", "A count cannot be negative.")
    location = clean_text(location, "location", required=True, limit=100)
    before = known_on_hand
    if before is None:
        before = stock_by_location(session, product_id=product_id).get(location, 0)
    op = op_id or uuid.uuid4()
    return _adjust(
        session,
        before,
        counted,
        ledger.MovementInput(
            id=_movement_id(op, "count"),
            quantity=counted - before,
            reason=MovementReason.COUNT_ADJUSTMENT,
            product_id=product_id,
            location=location,
            event_id=event_id,
            user_id=user_id,
            note=note or f"counted {counted}",
        ),
    )


def count_unopened(
    session: Session,
    filament_id: uuid.UUID,
    counted_g: int,
    *,
    location: str = DEFAULT_LOCATION,
    user_id: uuid.UUID | None = None,
    op_id: uuid.UUID | None = None,
) -> Adjustment:
    """Record a count of sealed spools (in grams) at a location as a difference to the ledger."""
    get_or_raise(session, Filament, filament_id, "filament")
    if counted_g < 0:
        raise ValidationFailed("counted_g", "A count cannot be negative.")
    before = stock_by_location(session, filament_id=filament_id, unopened_only=True).get(
        location, 0
    )
    op = op_id or uuid.uuid4()
    return _adjust(
        session,
        before,
        counted_g,
        ledger.MovementInput(
            id=_movement_id(op, "count"),
            quantity=counted_g - before,
            reason=MovementReason.COUNT_ADJUSTMENT,
            filament_id=filament_id,
            location=location,
            user_id=user_id,
            note=f"counted {counted_g} g unopened",
        ),
    )


def _check_move(from_location: str, to_location: str, quantity: int) -> tuple[str, str]:
    source = clean_text(from_location, "from_location", required=True, limit=100)
    target = clean_text(to_location, "to_location", required=True, limit=100)
    if source == target:
        raise ValidationFailed("to_location", "Choose a different location to move to.")
    if quantity <= 0:
        raise ValidationFailed("quantity", "Move at least 1.")
    return source, target


def record_transfer(
    session: Session,
    op: uuid.UUID,
    quantity: int,
    source: str,
    target: str,
    *,
    note: str | None = None,
    **item: object,
) -> uuid.UUID:
    """Write one transfer as its pair of movements (out of ``source``, into ``target``), with
    ids derived from ``op`` so the same transfer is recorded once. ``item`` names the product
    or filament (and may link an event)."""
    note = note or f"transfer {op}: {source} → {target}"
    for part, signed, location in (("out", -quantity, source), ("in", quantity, target)):
        ledger.record(
            session,
            ledger.MovementInput(
                id=_movement_id(op, part),
                quantity=signed,
                reason=MovementReason.TRANSFER,
                location=location,
                note=note,
                **item,  # type: ignore[arg-type]
            ),
        )
    return op


def transfer_product(
    session: Session,
    product_id: uuid.UUID,
    quantity: int,
    from_location: str,
    to_location: str,
    *,
    user_id: uuid.UUID | None = None,
    op_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Move units between locations (workshop, storage, an event crate): one pair of transfer
    movements sharing the transfer reference (returned). The total on hand stays the same."""
    get_or_raise(session, Product, product_id, "product")
    source, target = _check_move(from_location, to_location, quantity)
    there = stock_by_location(session, product_id=product_id).get(source, 0)
    if quantity > there:
        raise ValidationFailed("quantity", f"Only {there} at {source}.")
    return record_transfer(
        session,
        op_id or uuid.uuid4(),
        quantity,
        source,
        target,
        product_id=product_id,
        user_id=user_id,
    )


def transfer_unopened(
    session: Session,
    filament_id: uuid.UUID,
    grams: int,
    from_location: str,
    to_location: str,
    *,
    user_id: uuid.UUID | None = None,
    op_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Move sealed spools (grams) between locations."""
    get_or_raise(session, Filament, filament_id, "filament")
    source, target = _check_move(from_location, to_location, grams)
    there = stock_by_location(session, filament_id=filament_id, unopened_only=True).get(source, 0)
    if grams > there:
        raise ValidationFailed("quantity", f"Only {there} g unopened at {source}.")
    return record_transfer(
        session,
        op_id or uuid.uuid4(),
        grams,
        source,
        target,
        filament_id=filament_id,
        user_id=user_id,
    )


def transfer_spool(
    session: Session,
    spool_id: uuid.UUID,
    to_location: str,
    *,
    user_id: uuid.UUID | None = None,
    op_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Move an opened spool: its remaining grams leave one location and arrive at the other."""
    spool = get_or_raise(session, Spool, spool_id, "spool")
    remaining = ledger.spool_remaining(session).get(spool.id, 0)
    source, target = _check_move(spool.location, to_location, max(remaining, 1))
    op = op_id or uuid.uuid4()
    if remaining > 0:
        record_transfer(
            session,
            op,
            remaining,
            source,
            target,
            filament_id=spool.filament_id,
            spool_id=spool.id,
            user_id=user_id,
        )
    spool.location = target
    session.flush()
    return op


def record_waste(
    session: Session,
    quantity: int,
    *,
    product_id: uuid.UUID | None = None,
    filament_id: uuid.UUID | None = None,
    spool_id: uuid.UUID | None = None,
    location: str | None = None,
    note: str | None = None,
    user_id: uuid.UUID | None = None,
    op_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Write off ``quantity`` (units, or grams of a spool/unopened filament) as waste."""
    if quantity <= 0:
        raise ValidationFailed("quantity", "Waste must be at least 1.")
    if spool_id is not None:
        spool = get_or_raise(session, Spool, spool_id, "spool")
        filament_id, location = spool.filament_id, location or spool.location
    movement = ledger.MovementInput(
        id=_movement_id(op_id or uuid.uuid4(), "waste"),
        quantity=-quantity,
        reason=MovementReason.WASTE,
        product_id=product_id,
        filament_id=filament_id,
        spool_id=spool_id,
        location=location or DEFAULT_LOCATION,
        note=(note or "").strip() or None,
        user_id=user_id,
    )
    ledger.record(session, movement)
    return movement.id


def make_product(
    session: Session,
    product_id: uuid.UUID,
    units: int,
    *,
    location: str = DEFAULT_LOCATION,
    job_id: uuid.UUID | None = None,
    user_id: uuid.UUID | None = None,
    op_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Record ``units`` of a product made: +units, and its accessories used up (−quantity ×
    units each). Returns the operation id."""
    product = get_or_raise(session, Product, product_id, "product")
    if units <= 0:
        raise ValidationFailed("units", "Make at least 1.")
    op = op_id or uuid.uuid4()
    common = {"location": location, "job_id": job_id, "user_id": user_id}
    ledger.record(
        session,
        ledger.MovementInput(
            id=_movement_id(op, "made"),
            quantity=units,
            reason=MovementReason.PRINT_PRODUCED,
            product_id=product_id,
            **common,  # type: ignore[arg-type]
        ),
    )
    links = session.scalars(
        select(ProductAccessory).where(ProductAccessory.product_id == product_id)
    ).all()
    for link in links:
        ledger.record(
            session,
            ledger.MovementInput(
                id=_movement_id(op, f"accessory:{link.accessory_id}"),
                quantity=-link.quantity * units,
                reason=MovementReason.PRINT_CONSUMED,
                product_id=link.accessory_id,
                note=f"used for {units} × {product.sku}",
                **common,  # type: ignore[arg-type]
            ),
        )
    return op
