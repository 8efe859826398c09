"""File ▸ Import CSV…, Import from Spoolman…, Export CSV ▸ (each entity), Export point-of-sale
CSV…, and Edit ▸ Shop settings…, added to the main window's menus. Files are read and written
off the GUI thread; outcomes show in the status bar, failures in a message box."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget
from sqlalchemy.orm import Session

from ....services import csv_export, pos_export
from ....services.csv_format import ENTITIES, ImportResult
from ....services.pos_export import PosFormat
from ...dialogs.import_dialog import ImportDialog, ImportKind
from ...dialogs.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from ...main_window import MainWindow

MESSAGE_MS = 12_000
POS_FILTERS = {
    "Square item library (*.csv)": PosFormat.SQUARE,
    "Generic item list: name, variation, sku, price, barcode, category (*.csv)": PosFormat.GENERIC,
}


def write_file(path: Path, write: Callable[[TextIO], int]) -> int:
    """Write through a ``.part`` file renamed at the end (no half-written file is left)."""
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("w", encoding="utf-8", newline="") as out:
            count = write(out)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return count


def export_entity(session: Session, entity: str, path: Path) -> int:
    """Database lane: one entity as CSV at ``path``."""
    return write_file(path, lambda out: csv_export.export_csv(session, entity, out))


def export_pos(session: Session, fmt: PosFormat, path: Path) -> int:
    """Database lane: the point-of-sale item library at ``path``."""
    return write_file(path, lambda out: pos_export.export_pos(session, out, fmt))


def summary(results: list[ImportResult]) -> str:
    """``filaments: 3 new, 1 updated · spools: 4 new``."""
    parts = []
    for r in results:
        skipped = f", {len(r.skipped)} bad skipped" if r.skipped else ""
        parts.append(f"{r.entity}: {r.created} new, {r.updated} updated{skipped}")
    return "Imported " + " · ".join(parts)


class InventoryMenus(QObject):
    """Adds the Inventory's file and settings entries to the window's menus."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.dialog: QWidget | None = None
        window.inventory.notice.connect(self.say)
        ui = window.ui
        menu = ui.menuFile
        before = ui.actionLoadDemoData
        self.import_csv_action = self._action("&Import CSV…", self.import_csv,
                                              "Bring rows in from a CSV file, with a preview",
                                              "actionImportCsv")  # fmt: skip
        self.import_spoolman_action = self._action(
            "Import from &Spoolman…", self.import_spoolman,
            "Filaments and spools from a Spoolman export or SpoolmanDB", "actionImportSpoolman",
        )  # fmt: skip
        self.export_menu = QMenu("&Export CSV", menu)
        self.export_menu.setObjectName("menuExportCsv")
        self.export_actions: dict[str, QAction] = {}
        for entity in ENTITIES:
            self.export_actions[entity] = self._action(
                f"{entity.capitalize()}…", self._exporter(entity),
                f"Write every {entity.removesuffix('s')} to a CSV file", f"actionExport_{entity}",
            )  # fmt: skip
            self.export_menu.addAction(self.export_actions[entity])
        self.export_pos_action = self._action(
            "Export &point-of-sale CSV…", self.ask_pos_export,
            "Products as an item library a till can import (Square or generic)", "actionExportPos",
        )  # fmt: skip
        menu.insertSeparator(before)
        for action in (self.import_csv_action, self.import_spoolman_action):
            menu.insertAction(before, action)
        menu.insertMenu(before, self.export_menu)
        menu.insertAction(before, self.export_pos_action)
        menu.insertSeparator(before)
        self.settings_action = self._action("Shop &settings…", self.open_settings,
                                            "Currency, tariffs, rates and label size of the shop",
                                            "actionShopSettings")  # fmt: skip
        ui.menuEdit.addSeparator()
        ui.menuEdit.addAction(self.settings_action)
        self.context.database_changed.connect(self._update_enabled)
        self._update_enabled()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On close, drop a passing message (its timer would outlive the window)."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.window.statusBar().clearMessage()
        return super().eventFilter(watched, event)

    def _exporter(self, entity: str) -> Callable[[], object]:
        return lambda: self.ask_export(entity)

    def _action(self, text: str, slot: Callable[[], object], tip: str, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _update_enabled(self) -> None:
        there = self.context.database is not None
        actions = [self.import_csv_action, self.import_spoolman_action, self.export_pos_action,
                   self.settings_action, *self.export_actions.values()]  # fmt: skip
        for action in actions:
            action.setEnabled(there)
        self.export_menu.setEnabled(there)

    # -- messages ----------------------------------------------------------------------

    def say(self, text: str) -> None:
        """A passing message in the status bar."""
        self.window.statusBar().showMessage(text, MESSAGE_MS)

    def problem(self, title: str, error: Exception) -> QMessageBox:
        """A failure the user must see (not blocking)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, str(error),
                          QMessageBox.StandardButton.Close, self.window)  # fmt: skip
        box.finished.connect(box.deleteLater)
        self.dialog = box
        box.open()
        return box

    def _problem(self, title: str, error: Exception) -> None:
        self.problem(title, error)

    # -- import ------------------------------------------------------------------------

    def import_csv(self) -> ImportDialog:
        """File ▸ Import CSV…."""
        return self._open_import(ImportKind.CSV)

    def import_spoolman(self) -> ImportDialog:
        """File ▸ Import from Spoolman…."""
        return self._open_import(ImportKind.SPOOLMAN)

    def _open_import(self, kind: ImportKind) -> ImportDialog:
        dialog = ImportDialog(self.context, kind, self.window)
        dialog.accepted.connect(lambda: self._imported(dialog.results))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _imported(self, results: list[ImportResult]) -> None:
        self.say(summary(results))
        self.window.refresh()

    # -- export ------------------------------------------------------------------------

    def _ask_file(
        self, title: str, name: str, filters: str, done: Callable[[QFileDialog, Path], None]
    ) -> QFileDialog:
        dialog = QFileDialog(self.window, title, str(Path.home() / name), filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda chosen: done(dialog, Path(chosen)))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def ask_export(self, entity: str) -> QFileDialog:
        """File ▸ Export CSV ▸ entity: ask where, then write."""
        return self._ask_file(
            f"Export {entity}",
            f"{entity}.csv",
            "CSV files (*.csv)",
            lambda _dialog, path: self.export(entity, path),
        )

    def export(self, entity: str, path: Path) -> None:
        """Write ``entity`` to ``path`` in the database lane."""
        self.context.query(
            lambda session: export_entity(session, entity, path),
            lambda count: self.say(f"Exported {count} {entity} to {path}"),
            lambda error: self._problem(f"{entity.capitalize()} not exported", error),
        )

    def ask_pos_export(self) -> QFileDialog:
        """File ▸ Export point-of-sale CSV…: ask where and which layout, then write."""
        return self._ask_file(
            "Export point-of-sale items",
            "pos-items.csv",
            ";;".join(POS_FILTERS),
            lambda dialog, path: self.export_pos(
                path, POS_FILTERS.get(dialog.selectedNameFilter(), PosFormat.SQUARE)
            ),
        )

    def export_pos(self, path: Path, fmt: PosFormat = PosFormat.SQUARE) -> None:
        """Write the item library to ``path`` in the database lane."""
        self.context.query(
            lambda session: export_pos(session, fmt, path),
            lambda count: self.say(f"Exported {count} products for the till to {path}"),
            lambda error: self._problem("Items not exported", error),
        )

    # -- settings ----------------------------------------------------------------------

    def _settings_saved(self) -> None:
        self.say("Shop settings saved.")
        self.window.refresh()

    def open_settings(self) -> SettingsDialog:
        """Edit ▸ Shop settings…."""
        dialog = SettingsDialog(self.context, self.window)
        dialog.saved.connect(lambda _count: self._settings_saved())
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog
