"""What making finished goods does to stock: units in, accessories out, in one place."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.enums import MovementReason
from ..db.inventory import DEFAULT_LOCATION, Product, ProductAccessory
from . import ledger


def products_of_variant(session: Session, variant_id: uuid.UUID) -> list[uuid.UUID]:
    """The finished-good products made from a variant (usually one)."""
    query = (
        select(Product.id)
        .where(Product.variant_id == variant_id, Product.archived.is_(False))
        .order_by(Product.sku)
    )
    return list(session.scalars(query))


def record_production(
    session: Session,
    product_id: uuid.UUID,
    units: int,
    *,
    job_id: uuid.UUID | None = None,
    location: str = DEFAULT_LOCATION,
) -> None:
    """Add ``units`` of a product made, and use up the accessories each unit takes."""
    if units <= 0:
        return
    ledger.record(
        session,
        ledger.MovementInput(
            quantity=units,
            reason=MovementReason.PRINT_PRODUCED,
            product_id=product_id,
            job_id=job_id,
            location=location,
        ),
    )
    parts = session.execute(
        select(ProductAccessory.accessory_id, ProductAccessory.quantity).where(
            ProductAccessory.product_id == product_id
        )
    ).all()
    for accessory_id, per_unit in parts:
        ledger.record(
            session,
            ledger.MovementInput(
                quantity=-per_unit * units,
                reason=MovementReason.PRINT_CONSUMED,
                product_id=accessory_id,
                job_id=job_id,
                location=location,
                note="accessories for finished goods",
            ),
        )
