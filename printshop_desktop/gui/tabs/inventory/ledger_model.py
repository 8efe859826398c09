"""The ledger of one item: every movement with reason, who, when, link and running balance."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from ....services.ledger_view import LedgerLine
from ...local_time import format_local
from ...money import format_money
from ...table_model import RowTableModel

REASONS = {
    "purchase": "Purchase",
    "print_consumed": "Used in a print",
    "print_produced": "Printed",
    "print_failed": "Failed print",
    "sale": "Sale",
    "count_adjustment": "Count adjustment",
    "transfer": "Transfer",
    "waste": "Waste",
    "return": "Return",
}
IN_COLOUR = QColor("#137333")
OUT_COLOUR = QColor("#b3261e")


def signed(quantity: int, unit: str) -> str:
    """``-30`` → ``−30 g``; ``+2``."""
    sign = "+" if quantity > 0 else "−"
    return f"{sign}{abs(quantity):,}" + (" g" if unit == "g" else "")


class LedgerTableModel(RowTableModel[LedgerLine]):
    """Movements oldest first; the balance column is the total after each."""

    WHEN, CHANGE, BALANCE, REASON, LOCATION, WHO, LINK, NOTE = range(8)
    headers = ("When", "Change", "Balance", "Reason", "Location", "Who", "Linked to", "Note")
    text_columns = frozenset({REASON, LOCATION, WHO, LINK, NOTE})
    number_columns = frozenset({CHANGE, BALANCE})
    stretch_column = NOTE
    noun = ("movement", "movements")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.unit = "units"
        self._places: dict[str, str] = {}

    def set_unit(self, unit: str) -> None:
        """``g`` for filament and spools, ``units`` for products."""
        self.beginResetModel()
        self.unit = unit
        self.endResetModel()

    def set_location_names(self, names: dict[str, str]) -> None:
        """How ledger locations read."""
        self.beginResetModel()
        self._places = dict(names)
        self._search = None
        self.endResetModel()

    def display(self, row: LedgerLine, column: int) -> str:
        """Cell text."""
        match column:
            case self.WHEN:
                return format_local(row.occurred_at)
            case self.CHANGE:
                return signed(row.quantity, self.unit)
            case self.BALANCE:
                return f"{row.balance:,}" + (" g" if self.unit == "g" else "")
            case self.REASON:
                reason = REASONS.get(row.reason, row.reason.replace("_", " ").capitalize())
                if row.unit_price_cents:
                    return f"{reason} at {format_money(row.unit_price_cents)}"
                return reason
            case self.LOCATION:
                return self._places.get(row.location, row.location)
            case self.WHO:
                return row.who or row.device or "—"
            case self.LINK:
                return self.link_text(row)
            case self.NOTE:
                return row.note or ""
        return ""

    @staticmethod
    def link_text(row: LedgerLine) -> str:
        """The job or event a movement belongs to."""
        if row.job:
            return f"Job: {row.job}"
        if row.event:
            return f"Event: {row.event}"
        return "—"

    def sort_value(self, row: LedgerLine, column: int) -> Any:
        """Times and numbers as themselves."""
        numbers = {self.WHEN: row.occurred_at, self.CHANGE: row.quantity, self.BALANCE: row.balance}
        return numbers[column] if column in numbers else super().sort_value(row, column)

    def foreground(self, row: LedgerLine, column: int) -> Any:
        """Stock in green, stock out red."""
        if column == self.CHANGE:
            return IN_COLOUR if row.quantity > 0 else OUT_COLOUR
        return None

    def tooltip(self, row: LedgerLine, column: int) -> str | None:
        """Which computer recorded it; the whole note."""
        if column == self.WHO and row.device:
            return f"Recorded on {row.device}"
        if column == self.WHEN:
            return "Local time"
        return None
