"""Table models of the Inventory tab: filament and products, low stock highlighted."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from ....services.inventory import FilamentRow, ProductRow
from ...money import format_money
from ...table_model import RowTableModel

LOW_STOCK_BACKGROUND = QColor("#fde7c8")
LOW_STOCK_TEXT = "Low stock: at or below the reorder level of {level}. Time to reorder."
KIND_LABELS = {"finished_good": "Printed", "accessory": "Accessory"}


def grams(value: int | float) -> str:
    """``1305`` → ``1,305 g``."""
    return f"{value:,.0f} g"


def low_stock_icon() -> QIcon:
    """The warning sign shown beside a low stock figure."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def swatch(hex_colour: str, size: int = 14) -> QIcon:
    """A small square of the filament's colour with a thin outline (white shows too)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#7a7a7a"))
    painter.setBrush(QColor(hex_colour) if QColor.isValidColorName(hex_colour) else QColor("grey"))
    painter.drawRoundedRect(0, 0, size - 1, size - 1, 3, 3)
    painter.end()
    return QIcon(pixmap)


class FilamentTableModel(RowTableModel[FilamentRow]):
    """Filament lines with spools and grams on hand."""

    COLOUR, MATERIAL, BRAND, DIAMETER, SPOOLS, OPENED, UNOPENED, ON_HAND, REORDER, PRICE = range(10)
    headers = (
        "Colour", "Material", "Brand", "Diameter", "Spools", "Opened", "Unopened", "On hand",
        "Reorder at", "Price per kg",
    )  # fmt: skip
    text_columns = frozenset({COLOUR, MATERIAL, BRAND})
    number_columns = frozenset({DIAMETER, SPOOLS, OPENED, UNOPENED, ON_HAND, REORDER, PRICE})
    noun = ("filament", "filaments")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._swatches: dict[str, QIcon] = {}

    def display(self, row: FilamentRow, column: int) -> str:
        """Cell text."""
        match column:
            case self.COLOUR:
                return row.colour_name
            case self.MATERIAL:
                return row.material
            case self.BRAND:
                return row.brand
            case self.DIAMETER:
                return f"{row.diameter_mm:g} mm"
            case self.SPOOLS:
                return str(row.spools)
            case self.OPENED:
                return grams(row.opened_g)
            case self.UNOPENED:
                return grams(row.unopened_g)
            case self.ON_HAND:
                return grams(row.on_hand_g)
            case self.REORDER:
                return grams(row.reorder_level_g) if row.reorder_level_g else "—"
            case self.PRICE:
                return format_money(row.price_per_kg_cents)
        return ""

    def sort_value(self, row: FilamentRow, column: int) -> Any:
        """Numbers as numbers."""
        numbers = {
            self.DIAMETER: row.diameter_mm,
            self.SPOOLS: row.spools,
            self.OPENED: row.opened_g,
            self.UNOPENED: row.unopened_g,
            self.ON_HAND: row.on_hand_g,
            self.REORDER: row.reorder_level_g,
            self.PRICE: row.price_per_kg_cents,
        }
        return numbers[column] if column in numbers else super().sort_value(row, column)

    def decoration(self, row: FilamentRow, column: int) -> Any:
        """A colour swatch before the colour name; a warning sign on low stock."""
        if column == self.ON_HAND and row.low:
            return low_stock_icon()
        if column != self.COLOUR:
            return None
        if row.colour_hex not in self._swatches:
            self._swatches[row.colour_hex] = swatch(row.colour_hex)
        return self._swatches[row.colour_hex]

    def background(self, row: FilamentRow, column: int) -> Any:
        """Low stock rows in amber."""
        return LOW_STOCK_BACKGROUND if row.low else None

    def tooltip(self, row: FilamentRow, column: int) -> str | None:
        """The colour code, or why a row is highlighted."""
        if row.low:
            return LOW_STOCK_TEXT.format(level=grams(row.reorder_level_g))
        if column == self.COLOUR:
            return row.colour_hex
        return None


class ProductTableModel(RowTableModel[ProductRow]):
    """Finished goods and accessories with units on hand."""

    SKU, NAME, KIND, MODEL, ON_HAND, REORDER, PRICE, COST = range(8)
    headers = ("SKU", "Product", "Kind", "Model", "On hand", "Reorder at", "Price", "Cost")
    text_columns = frozenset({SKU, NAME, KIND, MODEL})
    number_columns = frozenset({ON_HAND, REORDER, PRICE, COST})
    stretch_column = NAME
    noun = ("product", "products")

    def display(self, row: ProductRow, column: int) -> str:
        """Cell text."""
        match column:
            case self.SKU:
                return row.sku
            case self.NAME:
                return row.name
            case self.KIND:
                return KIND_LABELS.get(row.kind, row.kind.replace("_", " ").capitalize())
            case self.MODEL:
                return row.model or "—"
            case self.ON_HAND:
                return f"{row.on_hand:,}"
            case self.REORDER:
                return f"{row.reorder_level:,}" if row.reorder_level else "—"
            case self.PRICE:
                return format_money(row.price_cents) if row.price_cents else "—"
            case self.COST:
                return format_money(row.cost_cents)
        return ""

    def sort_value(self, row: ProductRow, column: int) -> Any:
        """Numbers as numbers, money in cents."""
        numbers = {
            self.ON_HAND: row.on_hand,
            self.REORDER: row.reorder_level,
            self.PRICE: row.price_cents,
            self.COST: row.cost_cents,
        }
        if column == self.MODEL:
            return row.model.casefold() if row.model else None
        return numbers[column] if column in numbers else super().sort_value(row, column)

    def decoration(self, row: ProductRow, column: int) -> Any:
        """A warning sign on low stock."""
        return low_stock_icon() if column == self.ON_HAND and row.low else None

    def background(self, row: ProductRow, column: int) -> Any:
        """Low stock rows in amber."""
        return LOW_STOCK_BACKGROUND if row.low else None

    def tooltip(self, row: ProductRow, column: int) -> str | None:
        """Why a row is highlighted; accessories are not for sale on their own."""
        if row.low:
            return LOW_STOCK_TEXT.format(level=row.reorder_level)
        if column == self.PRICE and not row.price_cents:
            return "No selling price: used with other products, not sold on its own."
        return None
