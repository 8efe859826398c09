"""The designers table of the Designers dialog."""

from __future__ import annotations

from typing import Any

from ....services.catalog import DesignerRow
from ...table_model import RowTableModel


class DesignerTableModel(RowTableModel[DesignerRow]):
    """Designers with their website and how many models are credited to them."""

    NAME, WEBSITE, MODELS = range(3)
    headers = ("Designer", "Website", "Models")
    text_columns = frozenset({NAME, WEBSITE})
    number_columns = frozenset({MODELS})
    stretch_column = WEBSITE
    noun = ("designer", "designers")

    def display(self, row: DesignerRow, column: int) -> str:
        """Cell text."""
        match column:
            case self.NAME:
                return row.name
            case self.WEBSITE:
                return row.url or "—"
            case self.MODELS:
                return str(row.models)
        return ""

    def sort_value(self, row: DesignerRow, column: int) -> Any:
        """Model counts as numbers."""
        if column == self.MODELS:
            return row.models
        return super().sort_value(row, column)
