"""The spools of the filament selected above them, loaded in the database lane."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from ....services import inventory_edit
from ....services.inventory import FilamentRow
from ....services.inventory_edit import SpoolRow
from .selection import current_id, select_id
from .spool_model import SpoolTableModel
from .table_models import grams

if TYPE_CHECKING:
    from .tab import InventoryTab

EMPTY_TEXT = "No opened spools of this filament.\nOpen a spool… when you start one."


class SpoolPanel(QObject):
    """Keeps the spool table showing the spools of the current filament."""

    def __init__(self, tab: InventoryTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.model = SpoolTableModel(tab)
        self.filament: FilamentRow | None = None
        self.wanted: uuid.UUID | None = None
        #: A spool to select once the next filament's spools arrive (a scanned spool label).
        self.select_next: uuid.UUID | None = None
        table = tab.ui.spoolTable
        table.set_model(
            self.model,
            sort_column=SpoolTableModel.OPENED,
            order=Qt.SortOrder.DescendingOrder,
            empty_text=EMPTY_TEXT,
        )
        tab.ui.filamentTable.current_changed.connect(self.show_filament)

    def show_filament(self, row: object | None) -> None:
        """Load the spools of ``row`` (a filament), or show none."""
        self.filament = row if isinstance(row, FilamentRow) else None
        self._header()
        if self.filament is None:
            self.model.set_rows([])
            return
        wanted, self.select_next = self.select_next, None
        self.reload(select=wanted)

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Read the spools again, keeping (or moving to) a selected spool."""
        if self.filament is None:
            return
        filament_id = self.filament.id
        self.wanted = select or current_id(self.tab.ui.spoolTable)
        self.tab.fetch(
            lambda session: inventory_edit.list_spools(session, filament_id),
            lambda rows: self._show(filament_id, rows),
        )

    def newest(self) -> uuid.UUID | None:
        """The spool opened last (to select one that was just opened)."""
        rows = [r for r in self.model.rows() if r.opened_at is not None]
        return max(rows, key=lambda r: r.opened_at).id if rows else None  # type: ignore[arg-type,return-value]

    def _show(self, filament_id: uuid.UUID, rows: list[SpoolRow]) -> None:
        if self.filament is None or self.filament.id != filament_id:
            return  # the user moved on meanwhile
        self.model.set_rows(rows)
        table = self.tab.ui.spoolTable
        if not select_id(table, self.wanted):
            table.select_first()
        self._header()

    def _header(self) -> None:
        row = self.filament
        label = self.tab.ui.spoolHeader
        if row is None:
            label.setText("Spools")
            return
        sealed = f" · {grams(row.unopened_g)} sealed" if row.unopened_g else " · none sealed"
        label.setText(
            f"Spools of {row.brand} {row.material} {row.colour_name}"
            f" — {row.spools} opened, {grams(row.opened_g)} on them{sealed}"
        )
