"""Products as a point-of-sale item library CSV (Square's columns, or a generic one).

Finished goods are grouped per model: the item is the model, each variant a variation, so a
till shows "Sleepy Fox" with "Small" and "Large". Only sellable products (not archived, with a
price) are exported. The barcode is the SKU, which is also what the product bin labels carry.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.catalog import Design, Variant
from ..db.inventory import Product
from .csv_format import write_rows
from .money_text import format_cents

ACCESSORY_CATEGORY = "Accessories"
DEFAULT_CATEGORY = "Prints"


class PosFormat(StrEnum):
    """Which item library layout to write."""

    SQUARE = "square"
    GENERIC = "generic"


COLUMNS = {
    PosFormat.SQUARE: ("Item Name", "Variation Name", "SKU", "Description", "Category", "Price"),
    PosFormat.GENERIC: ("name", "variation", "sku", "price", "barcode", "category"),
}


def export_pos(session: Session, out: TextIO, fmt: PosFormat = PosFormat.SQUARE) -> int:
    """Write the item library; returns the number of products written."""
    query = (
        select(Product, Variant, Design)
        .outerjoin(Variant, Variant.id == Product.variant_id)
        .outerjoin(Design, Design.id == Variant.model_id)
        .where(Product.archived.is_(False), Product.price_cents > 0)
        .order_by(Product.sku)
    )
    rows: list[dict[str, object]] = []
    for product, variant, model in session.execute(query):
        if model is not None and variant is not None:
            item, variation = model.name, variant.name
            category = model.category or DEFAULT_CATEGORY
        else:
            item, variation = product.name, "Regular"
            category = ACCESSORY_CATEGORY if product.kind == "accessory" else DEFAULT_CATEGORY
        price = format_cents(product.price_cents)
        if fmt is PosFormat.SQUARE:
            rows.append(
                {
                    "Item Name": item,
                    "Variation Name": variation,
                    "SKU": product.sku,
                    "Description": product.name,
                    "Category": category,
                    "Price": price,
                }
            )
        else:
            rows.append(
                {
                    "name": item,
                    "variation": variation,
                    "sku": product.sku,
                    "price": price,
                    "barcode": product.sku,
                    "category": category,
                }
            )
    return write_rows(out, COLUMNS[fmt], rows)
