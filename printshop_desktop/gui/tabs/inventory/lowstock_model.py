"""Low stock with the shopping list: what is at or below its reorder level and how much to
order (filament in whole spools), with the supplier's link to click."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from PySide6.QtGui import QColor, QFont

from ....services.lowstock import LowStockRow, ShoppingLine
from ...money import format_money
from ...table_model import RowTableModel
from .table_models import KIND_LABELS, grams

LINK_COLOUR = QColor("#1a5fb4")


@dataclass(frozen=True)
class LowStockLine:
    """A low item and what to buy of it (None for printed goods: ``to_print`` of those)."""

    item: LowStockRow
    order: ShoppingLine | None
    to_print: int = 0


def amount(value: int, unit: str) -> str:
    """Grams or units."""
    return grams(value) if unit == "g" else f"{value:,}"


def link_host(url: str | None) -> str:
    """``https://www.prusa3d.com/x`` → ``prusa3d.com``."""
    if not url:
        return ""
    host = urlparse(url).netloc or url
    return host.removeprefix("www.")


class LowStockTableModel(RowTableModel[LowStockLine]):
    """Low filaments and products with the order quantity and estimated cost."""

    ITEM, KIND, ON_HAND, REORDER, ORDER, COST, SUPPLIER = range(7)
    headers = ("Item", "Kind", "On hand", "Reorder at", "To order", "Est. cost", "Supplier")
    text_columns = frozenset({ITEM, KIND, SUPPLIER})
    number_columns = frozenset({ON_HAND, REORDER, COST})
    stretch_column = ITEM
    noun = ("low item", "low items")

    def display(self, row: LowStockLine, column: int) -> str:
        """Cell text."""
        item = row.item
        match column:
            case self.ITEM:
                return f"{item.sku} · {item.name}" if item.sku else item.name
            case self.KIND:
                return "Filament" if item.kind == "filament" else KIND_LABELS.get(item.kind, "")
            case self.ON_HAND:
                return amount(item.on_hand, item.unit)
            case self.REORDER:
                return amount(item.reorder_level, item.unit)
            case self.ORDER:
                return self.order_text(row)
            case self.COST:
                return format_money(row.order.estimated_cents) if row.order else "—"
            case self.SUPPLIER:
                return link_host(item.supplier_url)
        return ""

    @staticmethod
    def order_text(row: LowStockLine) -> str:
        """``2 spools (2,000 g)``, ``150 units``, or what to do for a printed product."""
        order, item = row.order, row.item
        if order is None:
            if item.kind == "finished_good":
                return f"Print {row.to_print}" if row.to_print else "Print more"
            return "—"
        if item.kind == "filament":
            noun = "spool" if order.packs == 1 else "spools"
            return f"{order.packs} {noun} ({grams(order.quantity)})"
        return f"{order.quantity:,} units"

    def sort_value(self, row: LowStockLine, column: int) -> Any:
        """Numbers as numbers."""
        item = row.item
        numbers = {
            self.ON_HAND: item.on_hand,
            self.REORDER: item.reorder_level,
            self.ORDER: row.order.quantity if row.order else row.to_print or None,
            self.COST: row.order.estimated_cents if row.order else None,
        }
        return numbers[column] if column in numbers else super().sort_value(row, column)

    def foreground(self, row: LowStockLine, column: int) -> Any:
        """Links look like links."""
        if column == self.SUPPLIER and row.item.supplier_url:
            return LINK_COLOUR
        return None

    def font(self, row: LowStockLine, column: int) -> Any:
        """Links are underlined."""
        if column == self.SUPPLIER and row.item.supplier_url:
            font = QFont()
            font.setUnderline(True)
            return font
        return None

    def tooltip(self, row: LowStockLine, column: int) -> str | None:
        """Where a click on the supplier goes; the order target."""
        if column == self.SUPPLIER and row.item.supplier_url:
            return f"Open {row.item.supplier_url}"
        if column == self.ORDER and row.order is not None:
            return f"Brings it to {amount(row.order.target, row.item.unit)} (the order-up-to level)"
        if column == self.ORDER and row.to_print:
            return "Prints to bring it to the order-up-to level (Edit ▸ Shop settings…)"
        return None
