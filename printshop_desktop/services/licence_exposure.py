"""Where a model whose licence forbids selling is priced, stocked or planned for an event.

The Catalog shows this next to the model; the variant dialog asks :func:`model_warning` before
a price is saved. The rule itself (licence, permission expiry) is
:func:`.catalog_edit.selling_warning`; this module only gathers where it matters.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.catalog import Design, Variant
from ..db.enums import EventStatus
from ..db.events import EventProduct, MarketEvent
from ..db.inventory import Product, StockMovement
from ._common import get_or_raise
from .catalog_edit import selling_warning


@dataclass(frozen=True)
class StockedProduct:
    """A finished-good product made from one of the model's variants."""

    sku: str
    name: str
    on_hand: int


@dataclass(frozen=True)
class PlannedEvent:
    """A coming event whose par list holds one of the model's products."""

    name: str
    starts_on: date
    planned: int


@dataclass(frozen=True)
class LicenceExposure:
    """The selling warning for a model (None: prints may be sold) and where it applies."""

    model_id: uuid.UUID
    warning: str | None
    priced: tuple[str, ...] = ()
    stocked: tuple[StockedProduct, ...] = ()
    events: tuple[PlannedEvent, ...] = ()

    @property
    def exposed(self) -> bool:
        """True when a not-for-sale model is priced, stocked or planned for an event."""
        return self.warning is not None and bool(self.priced or self.stocked or self.events)


def model_warning(session: Session, model_id: uuid.UUID, on: date | None = None) -> str | None:
    """Why prints of the model may not be sold (on ``on``), or None when they may."""
    return selling_warning(get_or_raise(session, Design, model_id, "model"), on)


def licence_exposure(
    session: Session, model_id: uuid.UUID, on: date | None = None
) -> LicenceExposure:
    """The warning for ``model_id`` with its priced variants, stocked products and events."""
    warning = model_warning(session, model_id, on)
    if warning is None:
        return LicenceExposure(model_id, None)
    priced = tuple(
        session.scalars(
            select(Variant.name)
            .where(
                Variant.model_id == model_id,
                Variant.archived.is_(False),
                Variant.price_cents > 0,
            )
            .order_by(Variant.name)
        )
    )
    on_hand = (
        select(StockMovement.product_id, func.sum(StockMovement.quantity).label("n"))
        .group_by(StockMovement.product_id)
        .subquery()
    )
    products = session.execute(
        select(Product.id, Product.sku, Product.name, func.coalesce(on_hand.c.n, 0))
        .join(Variant, Variant.id == Product.variant_id)
        .outerjoin(on_hand, on_hand.c.product_id == Product.id)
        .where(Variant.model_id == model_id, Product.archived.is_(False))
        .order_by(Product.sku)
    ).all()
    stocked = tuple(StockedProduct(sku, name, int(n)) for _id, sku, name, n in products)
    events = _events(session, [row[0] for row in products])
    return LicenceExposure(model_id, warning, priced, stocked, events)


def _events(session: Session, product_ids: list[uuid.UUID]) -> tuple[PlannedEvent, ...]:
    if not product_ids:
        return ()
    query = (
        select(MarketEvent.name, MarketEvent.starts_on, func.sum(EventProduct.planned))
        .join(EventProduct, EventProduct.event_id == MarketEvent.id)
        .where(
            EventProduct.product_id.in_(product_ids),
            MarketEvent.status != EventStatus.CLOSED.value,
        )
        .group_by(MarketEvent.id, MarketEvent.name, MarketEvent.starts_on)
        .order_by(MarketEvent.starts_on)
    )
    return tuple(
        PlannedEvent(name, starts, int(n or 0)) for name, starts, n in session.execute(query)
    )
