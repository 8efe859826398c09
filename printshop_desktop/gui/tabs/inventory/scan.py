"""Codes scanned into a filter box: a keyboard-wedge scanner types the label's code and
Enter; the item it names is found (in the database lane) and selected, and the filter box
keeps the cursor, so the next scan works the same."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from ....services import inventory_edit, scan_codes
from ....services.scan_codes import CodeKind, ScanHit
from ...widgets.filtered_table import FilteredTable
from .selection import select_id

if TYPE_CHECKING:
    from .tab import InventoryTab


@dataclass(frozen=True)
class ScanResult:
    """What a code named: the hit, and for a spool its filament."""

    code: str
    hit: ScanHit | None
    filament_id: uuid.UUID | None = None


def resolve(session: Session, code: str) -> ScanResult:
    """Worker: look the code up; a spool also gives its filament."""
    hit = scan_codes.lookup_code(session, code)
    if hit is None or hit.kind is not CodeKind.SPOOL:
        return ScanResult(code, hit, hit.id if hit and hit.kind is CodeKind.FILAMENT else None)
    spools = inventory_edit.list_spools(session, include_archived=True)
    filament = next((s.filament_id for s in spools if s.id == hit.id), None)
    return ScanResult(code, hit, filament)


class ScanLookup(QObject):
    """Enter in an Inventory filter box looks the typed code up."""

    def __init__(self, tab: InventoryTab) -> None:
        super().__init__(tab)
        self.tab = tab
        ui = tab.ui
        for table in (ui.filamentTable, ui.spoolTable, ui.productTable, ui.lowStockTable):
            edit = table.ui.filterEdit
            edit.returnPressed.connect(lambda t=table: self.lookup(t.ui.filterEdit.text(), t))
        self.last: ScanResult | None = None

    def lookup(self, text: str, table: FilteredTable | None = None) -> None:
        """Find the item named by ``text`` (a label's code or a SKU); when no item has that
        code, Enter goes to the first row the filter left in ``table``."""
        code = text.strip()
        if not code:
            return
        self.tab.context.query(
            lambda session: resolve(session, code),
            lambda result: self._found(result, table),
            lambda error: self.tab.notice.emit(f"Could not look up {code}: {error}"),
        )

    def _found(self, result: ScanResult, table: FilteredTable | None = None) -> None:
        self.last = result
        hit, ui = result.hit, self.tab.ui
        if hit is None and table is not None and table.visible_rows():
            table.select_first()  # plain filter text: Enter goes to the first match
            table.view.setFocus()
            return
        if hit is None:
            self.tab.notice.emit(f"No spool, filament or product has the code {result.code}.")
            return
        if hit.kind is CodeKind.PRODUCT:
            self.tab.show_products()
            self._select(ui.productTable, hit.id)
        else:
            self.tab.show_filaments()
            panel = self.tab.spool_panel
            same = panel.filament is not None and panel.filament.id == result.filament_id
            if hit.kind is CodeKind.SPOOL and not same:
                panel.select_next = hit.id
            self._select(ui.filamentTable, result.filament_id)
            if hit.kind is CodeKind.SPOOL and same:
                panel.reload(select=hit.id)
        self.tab.notice.emit(f"Found {hit.title}.")

    def _select(self, table: FilteredTable, row_id: uuid.UUID | None) -> None:
        table.ui.filterEdit.clear()
        select_id(table, row_id)
        table.focus_filter()
