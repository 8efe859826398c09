"""The spools of the selected filament: what is left on each, where it is, when it was opened."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from ....services.inventory_edit import SpoolRow
from ...local_time import format_date, to_local
from ...money import format_money
from ...table_model import RowTableModel
from .table_models import grams

NEARLY_EMPTY = 0.15
NEARLY_EMPTY_TEXT = QColor("#b06000")


def percent_left(row: SpoolRow) -> float:
    """Remaining grams as a share of the spool's net weight (0–1)."""
    return max(row.remaining_g, 0) / row.initial_net_g if row.initial_net_g else 0.0


class SpoolTableModel(RowTableModel[SpoolRow]):
    """Opened spools with remaining grams (from the ledger), place, lot and opening date."""

    LOT, REMAINING, LEFT, USED, LOCATION, OPENED, PRICE, TARE = range(8)
    headers = ("Lot", "Remaining", "Left", "Used", "Location", "Opened", "Price", "Empty spool")
    text_columns = frozenset({LOT, LOCATION})
    number_columns = frozenset({REMAINING, LEFT, USED, PRICE, TARE})
    stretch_column = LOCATION
    noun = ("spool", "spools")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._places: dict[str, str] = {}

    def set_location_names(self, names: dict[str, str]) -> None:
        """How ledger locations read (``event:<id>`` → the event's crate)."""
        self._places = dict(names)
        if self.rowCount():
            last = self.index(self.rowCount() - 1, self.LOCATION)
            self.dataChanged.emit(self.index(0, self.LOCATION), last)

    def display(self, row: SpoolRow, column: int) -> str:
        """Cell text."""
        match column:
            case self.LOT:
                return row.lot or "—"
            case self.REMAINING:
                return grams(row.remaining_g)
            case self.LEFT:
                return f"{percent_left(row):.0%}"
            case self.USED:
                return grams(row.used_g)
            case self.LOCATION:
                return self._places.get(row.location, row.location)
            case self.OPENED:
                return format_date(to_local(row.opened_at).date()) if row.opened_at else "—"
            case self.PRICE:
                return format_money(row.price_cents) if row.price_cents is not None else "—"
            case self.TARE:
                return grams(row.tare_g)
        return ""

    def sort_value(self, row: SpoolRow, column: int) -> Any:
        """Numbers and times as themselves."""
        numbers = {
            self.REMAINING: row.remaining_g,
            self.LEFT: percent_left(row),
            self.USED: row.used_g,
            self.OPENED: row.opened_at,
            self.PRICE: row.price_cents,
            self.TARE: row.tare_g,
        }
        if column == self.LOT:
            return row.lot.casefold() if row.lot else None
        return numbers[column] if column in numbers else super().sort_value(row, column)

    def foreground(self, row: SpoolRow, column: int) -> Any:
        """Nearly empty spools in amber."""
        if column in (self.REMAINING, self.LEFT) and percent_left(row) <= NEARLY_EMPTY:
            return NEARLY_EMPTY_TEXT
        return None

    def tooltip(self, row: SpoolRow, column: int) -> str | None:
        """The spool's net weight; a nudge to weigh it when nearly empty."""
        if column in (self.REMAINING, self.LEFT):
            text = f"{grams(row.remaining_g)} of {grams(row.initial_net_g)} left"
            if percent_left(row) <= NEARLY_EMPTY:
                text += " — nearly empty: weigh it to be sure"
            return text
        return None
