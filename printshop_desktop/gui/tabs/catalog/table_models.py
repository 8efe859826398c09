"""Table models of the Catalog tab: models and the selected model's variants."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from ....services.catalog import ModelRow, VariantRow
from ...local_time import format_local
from ...money import format_money
from ...table_model import RowTableModel
from .licence_badge import LicenceState, badge_text, licence_state

NOT_FOR_SALE = "not for sale"
NOT_FOR_SALE_COLOUR = QColor("#b3261e")
ARCHIVED_COLOUR = QColor("#80868b")


def licence_text(row: ModelRow) -> str:
    """The licence, with a marker when prints of the model may not be sold (or no longer)."""
    return badge_text(row, licence_state(row))


class ModelTableModel(RowTableModel[ModelRow]):
    """Models in the catalog."""

    NAME, DESIGNER, CATEGORY, TAGS, LICENCE, VARIANTS, UPDATED = range(7)
    headers = ("Name", "Designer", "Category", "Tags", "Licence", "Variants", "Last changed")
    text_columns = frozenset({NAME, DESIGNER, CATEGORY, TAGS, LICENCE})
    number_columns = frozenset({VARIANTS})
    stretch_column = TAGS
    noun = ("model", "models")

    def display(self, row: ModelRow, column: int) -> str:
        """Cell text."""
        match column:
            case self.NAME:
                return row.name
            case self.DESIGNER:
                return row.designer or "—"
            case self.CATEGORY:
                return row.category or "—"
            case self.TAGS:
                return ", ".join(row.tags)
            case self.LICENCE:
                return licence_text(row)
            case self.VARIANTS:
                return str(row.variants)
            case self.UPDATED:
                return format_local(row.updated_at)
        return ""

    def sort_value(self, row: ModelRow, column: int) -> Any:
        """Native values: counts as numbers, times as times."""
        if column == self.VARIANTS:
            return row.variants
        if column == self.UPDATED:
            return row.updated_at
        if column in (self.DESIGNER, self.CATEGORY):
            value = row.designer if column == self.DESIGNER else row.category
            return value.casefold() if value else None
        return super().sort_value(row, column)

    def foreground(self, row: ModelRow, column: int) -> Any:
        """Licences whose prints may not be sold in red; archived models greyed."""
        if column == self.LICENCE and licence_state(row) is not LicenceState.SELLABLE:
            return NOT_FOR_SALE_COLOUR
        if row.archived:
            return ARCHIVED_COLOUR
        return None

    def tooltip(self, row: ModelRow, column: int) -> str | None:
        """Explain the licence badge."""
        if column == self.LICENCE:
            return licence_state(row).look.explanation
        return None

    def search_text(self, row: int) -> str:
        """The text columns, and the names of the model's files."""
        text = super().search_text(row)
        names = getattr(self.row_at(row), "file_names", ())
        return "\x1f".join((text, *names)).casefold() if names else text


class VariantTableModel(RowTableModel[VariantRow]):
    """The variants of one model, in the detail panel."""

    NAME, STATUS, PRICE, FILAMENT = range(4)
    headers = ("Variant", "Status", "Price", "Filament")
    text_columns = frozenset({NAME, STATUS})
    number_columns = frozenset({PRICE, FILAMENT})
    noun = ("variant", "variants")

    def display(self, row: VariantRow, column: int) -> str:
        """Cell text."""
        match column:
            case self.NAME:
                return row.name
            case self.STATUS:
                return row.status.capitalize()
            case self.PRICE:
                return format_money(row.price_cents)
            case self.FILAMENT:
                return f"{row.filament_g:,.1f} g"
        return ""

    def sort_value(self, row: VariantRow, column: int) -> Any:
        """Money in cents, grams as numbers."""
        if column == self.PRICE:
            return row.price_cents
        if column == self.FILAMENT:
            return row.filament_g
        return super().sort_value(row, column)
