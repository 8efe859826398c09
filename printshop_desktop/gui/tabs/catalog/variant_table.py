"""The variant table of the Catalog: one row per variant with filament, price, cost and margin."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

from ....services.variant_costs import ToolNeed, VariantLine
from ...files.units import EMPTY, format_duration
from ...money import format_money
from ...table_model import RowTableModel

STATUS_COLOURS = {
    "active": QColor("#137333"),
    "draft": QColor("#5f6368"),
    "retired": QColor("#9aa0a6"),
}
LOSS_COLOUR = QColor("#b3261e")
SWATCH = 12


def grams_text(grams: float) -> str:
    """``42 g``, ``3.5 g``."""
    return f"{grams:,.1f}".removesuffix(".0") + " g"


def tools_text(tools: tuple[ToolNeed, ...]) -> str:
    """Grams per tool in tool order (``42 g · 3.5 g``; the swatches say which colour), or an
    em dash when no filament is given."""
    return " · ".join(grams_text(t.grams) for t in tools) or EMPTY


def swatch_strip(colours: tuple[str, ...]) -> QPixmap:
    """Small squares in each tool's filament colour, side by side."""
    pixmap = QPixmap(len(colours) * (SWATCH + 2), SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#80868b"))
    for number, colour in enumerate(colours):
        painter.setBrush(QColor(colour))
        painter.drawRect(number * (SWATCH + 2), 0, SWATCH - 1, SWATCH - 1)
    painter.end()
    return pixmap


class VariantLineTableModel(RowTableModel[VariantLine]):
    """The variants of the selected model, with what one unit costs and earns."""

    NAME, LOOK, STATUS, VERSION, TIME, FILAMENT, PRICE, COST, MARGIN = range(9)
    headers = (
        "Variant",
        "Size · colourway",
        "Status",
        "Sliced",
        "Time",
        "Filament",
        "Price",
        "Unit cost",
        "Margin",
    )
    text_columns = frozenset({NAME, LOOK, STATUS})
    number_columns = frozenset({VERSION, TIME, PRICE, COST, MARGIN})
    stretch_column = FILAMENT
    noun = ("variant", "variants")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._strips: dict[tuple[str, ...], QPixmap] = {}

    def display(self, row: VariantLine, column: int) -> str:
        """Cell text."""
        cost = row.cost
        match column:
            case self.NAME:
                return row.name
            case self.LOOK:
                return " · ".join(p for p in (row.size_scale, row.colourway) if p) or EMPTY
            case self.STATUS:
                return row.status.capitalize()
            case self.VERSION:
                return f"v{row.file_version}" if row.sliced is not None else EMPTY
            case self.TIME:
                return format_duration(row.print_time_s)
            case self.FILAMENT:
                return tools_text(row.tools)
            case self.PRICE:
                return format_money(row.price_cents) if row.price_cents else EMPTY
            case self.COST:
                return format_money(cost.total_cents) if cost else EMPTY
            case self.MARGIN:
                if cost is None or cost.margin_percent is None:
                    return EMPTY
                return f"{format_money(cost.margin_cents)} · {cost.margin_percent:.0f} %"
        return ""

    def sort_value(self, row: VariantLine, column: int) -> Any:
        """Native values: cents, seconds, grams, versions."""
        cost = row.cost
        match column:
            case self.VERSION:
                return row.file_version if row.sliced is not None else None
            case self.TIME:
                return row.print_time_s
            case self.FILAMENT:
                return sum(t.grams for t in row.tools) if row.tools else None
            case self.PRICE:
                return row.price_cents
            case self.COST:
                return cost.total_cents if cost else None
            case self.MARGIN:
                return cost.margin_cents if cost and cost.price_cents else None
        return super().sort_value(row, column)

    def decoration(self, row: VariantLine, column: int) -> Any:
        """Colour swatches before the filament of each tool."""
        if column != self.FILAMENT or not row.tools:
            return None
        colours = tuple(t.colour_hex for t in row.tools)
        if colours not in self._strips:
            self._strips[colours] = swatch_strip(colours)
        return self._strips[colours]

    def foreground(self, row: VariantLine, column: int) -> Any:
        """Status colours; a loss, or a price on a model that may not be sold, in red."""
        if column == self.STATUS:
            return STATUS_COLOURS.get(row.status)
        if column == self.MARGIN and row.cost and row.cost.price_cents:
            return LOSS_COLOUR if row.cost.margin_cents < 0 else None
        if column == self.PRICE and row.price_cents and not row.selling_allowed:
            return LOSS_COLOUR
        return None

    def tooltip(self, row: VariantLine, column: int) -> str | None:
        """Filament names, the sliced file, and why a price is red."""
        if column == self.FILAMENT and row.tools:
            return "\n".join(f"T{t.tool}: {t.grams:,.1f} g {t.label}" for t in row.tools)
        if column == self.VERSION and row.sliced is not None:
            return row.sliced.text()
        if column == self.PRICE and row.price_cents and not row.selling_allowed:
            return "Priced, but the model's licence does not allow selling prints."
        if column == self.MARGIN and row.cost and row.cost.warnings:
            return "\n".join(row.cost.warnings)
        return None
