"""Helpers for the Inventory tab tests (imported by name: the tests folder is not a package)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from gui_helpers import WindowFactory, show_shop
from PySide6.QtWidgets import QApplication

from printshop_desktop.db.database import Database
from printshop_desktop.gui.dialogs.stock_ledger_dialog import StockLedgerDialog
from printshop_desktop.gui.main_window import MainWindow
from printshop_desktop.gui.table_model import Role
from printshop_desktop.gui.tabs.inventory.selection import select_id
from printshop_desktop.gui.tabs.inventory.service_dialog import ServiceDialog
from printshop_desktop.gui.tabs.inventory.tab import InventoryTab
from printshop_desktop.gui.widgets.filtered_table import FilteredTable


def open_inventory(
    make_window: WindowFactory, database: Database
) -> tuple[MainWindow, InventoryTab]:
    """The main window on ``database`` with the Inventory tab on show."""
    window = make_window()
    show_shop(window, database)
    window.ui.tabs.setCurrentWidget(window.inventory)
    return window, window.inventory


def rows(table: FilteredTable) -> list[Any]:
    """Row objects in view order."""
    proxy = table.proxy
    return [proxy.index(n, 0).data(Role.OBJECT) for n in range(proxy.rowCount())]


def select(table: FilteredTable, test: Callable[[Any], bool]) -> Any:
    """Make the first row passing ``test`` current; returns it."""
    row = next(r for r in rows(table) if test(r))
    assert select_id(table, row.id)
    return row


def press_ok(dialog: ServiceDialog) -> None:
    """Click the dialog's Save/OK button."""
    button = dialog.ok_button()
    assert button is not None and button.isEnabled()
    button.click()
    QApplication.processEvents()


def ledger_lines(ledger: StockLedgerDialog) -> list[Any]:
    """The ledger window's movements, oldest first (the window shows the newest on top)."""
    return sorted(ledger.model.rows(), key=lambda line: line.occurred_at)


def same_id(value: object, wanted: uuid.UUID) -> bool:
    """Compare ids of rows."""
    return getattr(value, "id", None) == wanted
