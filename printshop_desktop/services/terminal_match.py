"""Matching a card terminal's sales to the sales recorded at the stall, and recording the
missing ones.

:func:`match_terminal` pairs each unit on the terminal with a unit sold in the app (card sales
near the same time first, then any card sale of the product, then sales paid otherwise), so
that what is missing on either side shows. :func:`record_missing` records the terminal's
unmatched units as card sales with ids made from the file's lines: importing the same file
again records nothing twice.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ..db.enums import MovementReason, PaymentMethod
from ..db.events import EventProduct, MarketEvent
from ..db.inventory import Product, StockMovement
from ._common import get_or_raise
from .errors import ValidationFailed
from .stall import Sale, record_sale
from .terminal_csv import TerminalLine

#: A terminal sale and an app sale this close in time are taken to be the same sale.
NEAR = timedelta(minutes=15)


class LineStatus(StrEnum):
    """How one terminal line compares with the app's sales."""

    MATCHED = "recorded"
    OTHER_PAYMENT = "recorded, not as card"
    PARTLY = "partly recorded"
    MISSING = "not recorded"
    UNKNOWN = "unknown item"
    REFUND = "refund"


@dataclass(frozen=True)
class LineMatch:
    """A terminal line with its product and how many of its units the app recorded."""

    line: TerminalLine
    product_id: uuid.UUID | None
    matched: int
    other_payment: int

    @property
    def missing(self) -> int:
        """Units on the terminal that the app has no sale for."""
        return max(0, self.line.quantity - self.matched - self.other_payment)

    @property
    def status(self) -> LineStatus:
        """The line's state, for the table."""
        if self.line.quantity <= 0:
            return LineStatus.REFUND
        if self.product_id is None:
            return LineStatus.UNKNOWN
        if self.missing == self.line.quantity:
            return LineStatus.MISSING
        if self.missing:
            return LineStatus.PARTLY
        return LineStatus.OTHER_PAYMENT if self.other_payment else LineStatus.MATCHED


@dataclass(frozen=True)
class TerminalMatch:
    """Every terminal line matched, and the app's card sales the terminal does not have."""

    lines: tuple[LineMatch, ...]
    card_not_on_terminal: dict[uuid.UUID, int]

    @property
    def unknown_items(self) -> tuple[str, ...]:
        """Item names no product was found (or mapped) for."""
        return tuple(
            dict.fromkeys(m.line.item for m in self.lines if m.status is LineStatus.UNKNOWN)
        )

    @property
    def missing_units(self) -> int:
        """Units to record."""
        return sum(
            m.missing for m in self.lines if m.product_id is not None and m.line.quantity > 0
        )


def resolve_products(
    session: Session,
    event_id: uuid.UUID,
    lines: list[TerminalLine],
    mapping: dict[str, uuid.UUID] | None = None,
) -> dict[str, uuid.UUID]:
    """Item name → product: the user's mapping, then SKU, then the product's name (the event's
    products first, ignoring case and a trailing ``(size)``)."""
    mapping = {k.casefold(): v for k, v in (mapping or {}).items()}
    products = session.execute(select(Product.id, Product.sku, Product.name)).all()
    on_list = set(
        session.scalars(select(EventProduct.product_id).where(EventProduct.event_id == event_id))
    )
    by_sku = {sku.casefold(): pid for pid, sku, _name in products}
    by_name: dict[str, list[uuid.UUID]] = {}
    for pid, _sku, name in products:
        for key in {name.casefold(), re.sub(r"\s*\([^)]*\)$", "", name).casefold()}:
            by_name.setdefault(key, []).append(pid)
    found = {}
    for line in lines:
        key = line.item.casefold()
        if key in mapping:
            found[line.item] = mapping[key]
        elif line.sku and line.sku.casefold() in by_sku:
            found[line.item] = by_sku[line.sku.casefold()]
        elif key in by_sku:
            found[line.item] = by_sku[key]
        elif key in by_name:
            candidates = by_name[key]
            listed = [pid for pid in candidates if pid in on_list]
            if len(listed) == 1 or len(candidates) == 1:
                found[line.item] = (listed or candidates)[0]
    return found


@dataclass
class _Unit:
    """One unit sold in the app, to be paired with one unit on the terminal."""

    sale_id: uuid.UUID
    product_id: uuid.UUID
    occurred_at: datetime
    card: bool
    used: bool = False


def _recorded_units(session: Session, event_id: uuid.UUID) -> list[_Unit]:
    """One entry per unit sold at the event (undone sales and the undos left out)."""
    undo = aliased(StockMovement)
    rows = session.execute(
        select(StockMovement)
        .outerjoin(undo, undo.reverses_id == StockMovement.id)
        .where(
            StockMovement.event_id == event_id,
            StockMovement.reason == MovementReason.SALE.value,
            StockMovement.reverses_id.is_(None),
            StockMovement.quantity < 0,
            undo.id.is_(None),
        )
    ).scalars()
    return [
        _Unit(m.id, m.product_id, m.occurred_at, m.payment == PaymentMethod.CARD.value)
        for m in rows
        if m.product_id is not None
        for _ in range(-m.quantity)
    ]


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _take(
    units: list[_Unit],
    product_id: uuid.UUID,
    line: TerminalLine,
    event_id: uuid.UUID,
    *,
    card: bool,
    near: bool,
) -> _Unit | None:
    own = line.sale_id(event_id)
    candidates = [u for u in units if not u.used and u.product_id == product_id and u.card == card]
    exact = [u for u in candidates if u.sale_id == own]
    if exact:
        return exact[0]
    if near:
        if line.occurred_at is None:
            return None
        when = line.occurred_at
        candidates = [u for u in candidates if abs(_aware(u.occurred_at) - when) <= NEAR]
        return min(candidates, key=lambda u: abs(_aware(u.occurred_at) - when), default=None)
    return candidates[0] if candidates else None


def match_terminal(
    session: Session,
    event_id: uuid.UUID,
    lines: list[TerminalLine],
    mapping: dict[str, uuid.UUID] | None = None,
) -> TerminalMatch:
    """Pair the terminal's units with the app's: card sales near in time, then any card sale
    of the product, then sales paid otherwise (which are flagged)."""
    get_or_raise(session, MarketEvent, event_id, "event")
    products = resolve_products(session, event_id, lines, mapping)
    units = _recorded_units(session, event_id)
    counts = {id(line): [0, 0] for line in lines}
    passes = ((True, True), (True, False), (False, True), (False, False))
    for card, near in passes:
        for line in lines:
            product_id = products.get(line.item)
            if product_id is None or line.quantity <= 0:
                continue
            done = counts[id(line)]
            while done[0] + done[1] < line.quantity:
                unit = _take(units, product_id, line, event_id, card=card, near=near)
                if unit is None:
                    break
                unit.used = True
                done[0 if card else 1] += 1
    left: dict[uuid.UUID, int] = {}
    for unit in units:
        if unit.card and not unit.used:
            left[unit.product_id] = left.get(unit.product_id, 0) + 1
    matches = tuple(LineMatch(line, products.get(line.item), *counts[id(line)]) for line in lines)
    return TerminalMatch(matches, left)


def record_missing(
    session: Session,
    event_id: uuid.UUID,
    lines: list[TerminalLine],
    mapping: dict[str, uuid.UUID] | None = None,
) -> int:
    """Record the terminal's units the app has no sale for, as card sales; returns the units.

    Each line's sale has an id made from the line, so a second import records nothing more.
    A terminal sale is a sale: more than the stall holds is recorded with a count adjustment.
    """
    event = get_or_raise(session, MarketEvent, event_id, "event")
    result = match_terminal(session, event_id, lines, mapping)
    if result.unknown_items:
        raise ValidationFailed(
            "item",
            "Map these items to products first: " + ", ".join(result.unknown_items) + ".",
        )
    noon = datetime.combine(event.starts_on, time(12, 0), tzinfo=UTC)
    recorded = 0
    for match in result.lines:
        if match.product_id is None or match.line.quantity <= 0 or not match.missing:
            continue
        sale = Sale(
            product_id=match.product_id,
            quantity=match.missing,
            unit_price_cents=match.line.unit_price_cents,
            payment=PaymentMethod.CARD,
            id=match.line.sale_id(event_id),
            occurred_at=match.line.occurred_at or noon,
        )
        if record_sale(session, event_id, sale, confirm_oversell=True):
            recorded += match.missing
    return recorded
