"""Low stock and the shopping list.

A filament is low when all its grams (opened spools + unopened stock) are at or below its
reorder level; a product when its units are. The shopping list orders bought-in items
(filaments and accessories; finished goods are printed, not bought) up to a target of
``reorder_target_factor`` × the reorder level, filament in whole spools of ``purchase_spool_g``.
"""

from __future__ import annotations

import csv
import math
import uuid
from dataclasses import dataclass
from fractions import Fraction
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.enums import ProductKind
from ..db.inventory import Filament, Product
from . import ledger, settings_store
from .inventory_edit import filament_label
from .money_text import format_cents, round_half_up


@dataclass(frozen=True)
class LowStockRow:
    """An item at or below its reorder level; ``unit`` is ``g`` or ``units``."""

    kind: str
    id: uuid.UUID
    name: str
    sku: str | None
    on_hand: int
    reorder_level: int
    unit: str
    supplier_url: str | None


@dataclass(frozen=True)
class ShoppingLine:
    """What to buy of one item: ``quantity`` in its unit, ``packs`` whole spools or units."""

    item: LowStockRow
    target: int
    quantity: int
    packs: int
    estimated_cents: int


SHOPPING_COLUMNS = (
    "kind",
    "name",
    "sku",
    "on_hand",
    "reorder_level",
    "unit",
    "order_quantity",
    "packs",
    "estimated_cost",
    "supplier_url",
)


def low_stock(session: Session) -> list[LowStockRow]:
    """Filaments and products (not archived, with a reorder level) at or below it."""
    rows = []
    grams = ledger.filament_on_hand(session)
    for f in session.scalars(
        select(Filament).where(Filament.archived.is_(False), Filament.reorder_level_g > 0)
    ):
        on_hand = sum(grams.get(f.id, (0, 0)))
        if on_hand <= f.reorder_level_g:
            rows.append(
                LowStockRow(
                    "filament",
                    f.id,
                    filament_label(f),
                    None,
                    on_hand,
                    f.reorder_level_g,
                    "g",
                    f.supplier_url,
                )
            )
    units = ledger.product_on_hand(session)
    for p in session.scalars(
        select(Product).where(Product.archived.is_(False), Product.reorder_level > 0)
    ):
        on_hand = units.get(p.id, 0)
        if on_hand <= p.reorder_level:
            rows.append(
                LowStockRow(
                    p.kind, p.id, p.name, p.sku, on_hand, p.reorder_level, "units", p.supplier_url
                )
            )
    return sorted(rows, key=lambda r: (r.kind, r.name.lower()))


def shopping_list(session: Session) -> list[ShoppingLine]:
    """What to order of each low bought-in item to reach the target level."""
    factor = settings_store.get(session, settings_store.REORDER_TARGET)
    spool_g = settings_store.get(session, settings_store.PURCHASE_SPOOL)
    lines = []
    for item in low_stock(session):
        if item.kind == ProductKind.FINISHED_GOOD.value:
            continue
        target = math.ceil(item.reorder_level * factor)
        need = max(target - item.on_hand, 0)
        if need == 0:
            continue
        if item.kind == "filament":
            filament = session.get(Filament, item.id)
            packs = math.ceil(need / spool_g)
            quantity = packs * spool_g
            per_kg = filament.price_per_kg_cents if filament else 0
            cents = round_half_up(Fraction(per_kg * quantity, 1000))
        else:
            product = session.get(Product, item.id)
            packs = quantity = need
            cents = (product.cost_cents if product else 0) * quantity
        lines.append(ShoppingLine(item, target, quantity, packs, cents))
    return lines


def write_shopping_csv(lines: list[ShoppingLine], out: TextIO) -> None:
    """The shopping list as CSV (amounts as decimals, e.g. ``23.99``)."""
    writer = csv.writer(out)
    writer.writerow(SHOPPING_COLUMNS)
    for line in lines:
        item = line.item
        writer.writerow(
            (
                item.kind,
                item.name,
                item.sku or "",
                item.on_hand,
                item.reorder_level,
                item.unit,
                line.quantity,
                line.packs,
                format_cents(line.estimated_cents),
                item.supplier_url or "",
            )
        )
