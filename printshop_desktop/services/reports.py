"""Event reports: revenue, units per product, sell-through and margin after the stall fee."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.enums import MovementReason
from ..db.events import EventProduct, MarketEvent
from ..db.inventory import Product, StockMovement
from .errors import NotFound


@dataclass(frozen=True)
class ProductSales:
    """One product's figures at one event."""

    sku: str
    name: str
    packed: int
    units_sold: int
    revenue_cents: int
    cost_cents: int

    @property
    def sell_through(self) -> float | None:
        """Share of the packed units that sold (None when nothing was packed)."""
        return self.units_sold / self.packed if self.packed else None


@dataclass(frozen=True)
class EventReport:
    """What an event earned."""

    event_id: uuid.UUID
    name: str
    stall_fee_cents: int
    products: tuple[ProductSales, ...]
    sales_by_hour: tuple[tuple[datetime, int, int], ...]  # (hour start UTC, units, cents)

    @property
    def revenue_cents(self) -> int:
        """Takings, undos taken off."""
        return sum(p.revenue_cents for p in self.products)

    @property
    def units_sold(self) -> int:
        """Units sold in all."""
        return sum(p.units_sold for p in self.products)

    @property
    def sell_through(self) -> float | None:
        """Units sold over units packed."""
        packed = sum(p.packed for p in self.products)
        return self.units_sold / packed if packed else None

    @property
    def margin_cents(self) -> int:
        """Revenue minus the cost of the goods sold and the stall fee."""
        return self.revenue_cents - sum(p.cost_cents for p in self.products) - self.stall_fee_cents

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``printshop report event``."""
        return {
            "event": self.name,
            "event_id": str(self.event_id),
            "revenue_cents": self.revenue_cents,
            "stall_fee_cents": self.stall_fee_cents,
            "margin_cents": self.margin_cents,
            "sell_through": self.sell_through,
            "units_sold": {p.sku: p.units_sold for p in self.products},
            "products": [
                {
                    "sku": p.sku,
                    "name": p.name,
                    "packed": p.packed,
                    "units_sold": p.units_sold,
                    "revenue_cents": p.revenue_cents,
                    "cost_cents": p.cost_cents,
                    "sell_through": p.sell_through,
                }
                for p in self.products
            ],
            "sales_by_hour": [
                {"hour": hour.isoformat(), "units": units, "revenue_cents": cents}
                for hour, units, cents in self.sales_by_hour
            ],
        }


def find_event(session: Session, name_or_id: str) -> uuid.UUID:
    """An event's id from its id or its (case-insensitive) name."""
    try:
        event_id = uuid.UUID(name_or_id)
    except ValueError:
        found = session.scalar(
            select(MarketEvent.id).where(func.lower(MarketEvent.name) == name_or_id.lower())
        )
        if found is None:
            raise NotFound(f"No event is named {name_or_id!r}.") from None
        return found
    if session.get(MarketEvent, event_id) is None:
        raise NotFound(f"No event has the id {name_or_id}.")
    return event_id


def event_report(session: Session, event_id: uuid.UUID) -> EventReport:
    """Figures from the ledger's sales of this event and its par list."""
    event = session.get(MarketEvent, event_id)
    if event is None:
        raise NotFound("That event no longer exists.")
    sales = session.execute(
        select(
            StockMovement.product_id,
            StockMovement.quantity,
            StockMovement.unit_price_cents,
            StockMovement.occurred_at,
        ).where(
            StockMovement.event_id == event_id, StockMovement.reason == MovementReason.SALE.value
        )
    ).all()
    packed = dict(
        session.execute(
            select(EventProduct.product_id, EventProduct.packed).where(
                EventProduct.event_id == event_id
            )
        ).all()
    )
    ids = {pid for pid, *_ in sales if pid is not None} | set(packed)
    products = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(ids)))}
    units: dict[uuid.UUID, int] = dict.fromkeys(ids, 0)
    revenue: dict[uuid.UUID, int] = dict.fromkeys(ids, 0)
    hours: dict[datetime, list[int]] = {}
    for pid, quantity, price, when in sales:
        if pid is None:
            continue
        units[pid] -= quantity
        revenue[pid] -= quantity * (price or 0)
        hour = when.replace(minute=0, second=0, microsecond=0)
        bucket = hours.setdefault(hour, [0, 0])
        bucket[0] -= quantity
        bucket[1] -= quantity * (price or 0)
    rows = tuple(
        sorted(
            (
                ProductSales(
                    sku=products[pid].sku,
                    name=products[pid].name,
                    packed=packed.get(pid, 0),
                    units_sold=units[pid],
                    revenue_cents=revenue[pid],
                    cost_cents=units[pid] * products[pid].cost_cents,
                )
                for pid in ids
            ),
            key=lambda p: (-p.revenue_cents, p.sku),
        )
    )
    return EventReport(
        event_id=event.id,
        name=event.name,
        stall_fee_cents=event.stall_fee_cents,
        products=rows,
        sales_by_hour=tuple((h, u, c) for h, (u, c) in sorted(hours.items())),
    )
