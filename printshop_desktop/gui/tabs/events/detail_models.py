"""Table models of an event's details: the par list, the report's figures and products."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont

from ....services.event_plan import ParLine
from ....services.report_export import Figure
from ....services.reports import ProductSales
from ...money import format_money
from ...table_model import Index, RowTableModel

WARN = QColor("#b3261e")
GOOD = QColor("#137333")
QUIET = QColor("#6b6b6b")


class ParTableModel(RowTableModel[ParLine]):
    """The par list: planned against workshop, packed, at the stall, sold and queued.

    The planned count is edited in place; :attr:`planned_edited` carries the change.
    """

    planned_edited = Signal(object, int)  # product id, planned

    NAME, SKU, PRICE, PLANNED, WORKSHOP, QUEUED, SHORT, PACKED, STALL, SOLD = range(10)
    headers = (
        "Product",
        "SKU",
        "Price",
        "Planned",
        "In workshop",
        "In queue",
        "To print",
        "Packed",
        "At stall",
        "Sold",
    )
    text_columns = frozenset({NAME, SKU})
    number_columns = frozenset({PRICE, PLANNED, WORKSHOP, QUEUED, SHORT, PACKED, STALL, SOLD})
    stretch_column = NAME
    noun = ("product", "products")
    editable = True

    def display(self, row: ParLine, column: int) -> str:
        """Cell text."""
        match column:
            case self.NAME:
                return row.name + ("" if row.sellable else "  (licence: not for sale!)")
            case self.SKU:
                return row.sku
            case self.PRICE:
                return format_money(row.price_cents)
        numbers = self._numbers(row)
        return str(numbers[column]) if column in numbers else ""

    def _numbers(self, row: ParLine) -> dict[int, int]:
        return {
            self.PLANNED: row.planned,
            self.WORKSHOP: row.workshop,
            self.QUEUED: row.in_queue,
            self.SHORT: row.shortfall,
            self.PACKED: row.packed,
            self.STALL: row.at_stall,
            self.SOLD: row.sold,
        }

    def sort_value(self, row: ParLine, column: int) -> Any:
        """Numbers as numbers."""
        if column == self.PRICE:
            return row.price_cents
        numbers = self._numbers(row)
        return numbers[column] if column in numbers else super().sort_value(row, column)

    def foreground(self, row: ParLine, column: int) -> Any:
        """Shortfalls and unsellable products in red; a complete pack in green."""
        if column == self.SHORT and row.shortfall:
            return WARN
        if column == self.NAME and not row.sellable:
            return WARN
        if column == self.PACKED and row.planned and row.packed >= row.planned:
            return GOOD
        return None

    def tooltip(self, row: ParLine, column: int) -> str | None:
        """What the numbers mean."""
        if column == self.PLANNED:
            return "Double-click to change how many to take"
        if column == self.SHORT:
            return "Planned less packed, in the workshop and in the queue for this event"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """The planned count can be edited."""
        flags = super().flags(index)
        if self.editable and index.isValid() and index.column() == self.PLANNED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The planned count edits as a number."""
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() == self.PLANNED:
            return self.row_at(index.row()).planned
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Announce a new planned count (the tab saves it and reloads)."""
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != self.PLANNED
        ):
            return False
        try:
            planned = int(value)
        except (TypeError, ValueError):
            return False
        row = self.row_at(index.row())
        if planned != row.planned:
            self.planned_edited.emit(row.product_id, planned)
        return True


class FigureTableModel(RowTableModel[Figure]):
    """Headline figures of one event, or two side by side with the difference."""

    NAME, FIRST, SECOND, DIFFERENCE = range(4)
    headers = ("Figure", "This event", "Compared with", "Difference")
    number_columns = frozenset({FIRST, SECOND, DIFFERENCE})
    text_columns = frozenset({NAME})
    stretch_column = NAME
    noun = ("figure", "figures")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = "EUR"
        self._names = ("This event", "Compared with")

    def set_names(self, first: str, second: str | None) -> None:
        """Name the event columns."""
        self._names = (first, second or "Compared with")
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The events' names over their columns."""
        named = section in (self.FIRST, self.SECOND)
        if (
            named
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return self._names[section - self.FIRST]
        return super().headerData(section, orientation, role)

    def _text(self, figure: Figure, value: int | float | None) -> str:
        if value is None:
            return "—"
        if figure.kind == "money":
            return format_money(int(value), self.currency)
        if figure.kind == "share":
            return f"{value:.0%}"
        return f"{value:,}"

    def _difference(self, figure: Figure) -> int | float | None:
        if len(figure.values) < 2 or None in figure.values[:2]:
            return None
        first, second = figure.values[0], figure.values[1]
        assert first is not None and second is not None
        return first - second

    def display(self, row: Figure, column: int) -> str:
        """Cell text."""
        if column == self.NAME:
            return row.name
        if column == self.DIFFERENCE:
            diff = self._difference(row)
            text = self._text(row, diff)
            return f"+{text}" if diff is not None and diff > 0 else text
        index = column - self.FIRST
        return self._text(row, row.values[index]) if index < len(row.values) else "—"

    def sort_value(self, row: Figure, column: int) -> Any:
        """Keep the report's order."""
        return None if column != self.NAME else super().sort_value(row, column)

    def font(self, row: Figure, column: int) -> QFont | None:
        """The margin in bold."""
        if row.name.startswith("Margin"):
            bold = QFont()
            bold.setBold(True)
            return bold
        return None

    def foreground(self, row: Figure, column: int) -> Any:
        """A loss in red."""
        if column in (self.FIRST, self.SECOND) and row.kind == "money":
            index = column - self.FIRST
            value = row.values[index] if index < len(row.values) else None
            if value is not None and value < 0:
                return WARN
        return None


class ProductSalesTableModel(RowTableModel[ProductSales]):
    """Units, sell-through and revenue per product at one event."""

    SKU, NAME, PACKED, SOLD, THROUGH, REVENUE, MARGIN = range(7)
    headers = ("SKU", "Product", "Packed", "Sold", "Sell-through", "Revenue", "Margin")
    text_columns = frozenset({SKU, NAME})
    number_columns = frozenset({PACKED, SOLD, THROUGH, REVENUE, MARGIN})
    stretch_column = NAME
    noun = ("product", "products")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = "EUR"

    def display(self, row: ProductSales, column: int) -> str:
        """Cell text."""
        match column:
            case self.SKU:
                return row.sku
            case self.NAME:
                return row.name
            case self.PACKED:
                return str(row.packed)
            case self.SOLD:
                return str(row.units_sold)
            case self.THROUGH:
                return "—" if row.sell_through is None else f"{row.sell_through:.0%}"
            case self.REVENUE:
                return format_money(row.revenue_cents, self.currency)
            case self.MARGIN:
                return format_money(row.revenue_cents - row.cost_cents, self.currency)
        return ""

    def sort_value(self, row: ProductSales, column: int) -> Any:
        """Numbers as numbers."""
        values = {
            self.PACKED: row.packed,
            self.SOLD: row.units_sold,
            self.THROUGH: row.sell_through,
            self.REVENUE: row.revenue_cents,
            self.MARGIN: row.revenue_cents - row.cost_cents,
        }
        return values[column] if column in values else super().sort_value(row, column)

    def foreground(self, row: ProductSales, column: int) -> Any:
        """Products that sold nothing greyed."""
        return QUIET if row.units_sold == 0 else None
