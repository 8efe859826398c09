"""The table model of the Events tab."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QColor

from ....services.events import EventRow
from ...local_time import format_date_range
from ...money import format_money
from ...table_model import RowTableModel

PAST_COLOUR = QColor("#6b6b6b")


class EventTableModel(RowTableModel[EventRow]):
    """Market events, the latest first."""

    NAME, DATES, VENUE, STATUS, PRODUCTS, PLANNED, PACKED, FEE = range(8)
    headers = (
        "Event",
        "Dates",
        "Venue",
        "Status",
        "Products",
        "Planned",
        "Packed",
        "Stall fee",
    )
    text_columns = frozenset({NAME, DATES, VENUE, STATUS})
    number_columns = frozenset({PRODUCTS, PLANNED, PACKED, FEE})
    stretch_column = VENUE
    noun = ("event", "events")

    def display(self, row: EventRow, column: int) -> str:
        """Cell text."""
        match column:
            case self.NAME:
                return row.name
            case self.DATES:
                return format_date_range(row.starts_on, row.ends_on)
            case self.VENUE:
                return row.venue or "—"
            case self.STATUS:
                return row.status.replace("_", " ").capitalize()
            case self.PRODUCTS:
                return str(row.products)
            case self.PLANNED:
                return f"{row.planned:,}"
            case self.PACKED:
                return f"{row.packed:,}"
            case self.FEE:
                return format_money(row.stall_fee_cents)
        return ""

    def sort_value(self, row: EventRow, column: int) -> Any:
        """Dates as dates, counts and money as numbers."""
        numbers = {
            self.DATES: row.starts_on,
            self.PRODUCTS: row.products,
            self.PLANNED: row.planned,
            self.PACKED: row.packed,
            self.FEE: row.stall_fee_cents,
        }
        if column == self.VENUE:
            return row.venue.casefold() if row.venue else None
        return numbers[column] if column in numbers else super().sort_value(row, column)

    def foreground(self, row: EventRow, column: int) -> Any:
        """Past events greyed."""
        return PAST_COLOUR if row.ends_on < date.today() else None

    def tooltip(self, row: EventRow, column: int) -> str | None:
        """Packing progress."""
        if column == self.PACKED and row.planned:
            return f"{row.packed} of {row.planned} planned units packed"
        return None
