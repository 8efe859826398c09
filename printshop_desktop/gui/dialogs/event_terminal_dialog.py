"""Matching a card terminal's sales export against the sales recorded at the stall.

The dialog only shows and asks; its owner reads the file, matches and records (off the GUI
thread) when it emits :attr:`load_requested`, :attr:`mapping_changed` or
:attr:`record_requested`, and hands back a :class:`~services.terminal_match.TerminalMatch`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QWidget,
)

from ...services.event_edit import ProductOption
from ...services.terminal_match import LineStatus, TerminalMatch
from ..forms.ui_event_terminal_dialog import Ui_EventTerminalDialog
from ..local_time import format_local
from ..money import format_money
from .job_submit import index_of

STATUS_COLOURS = {
    LineStatus.MATCHED: "#137333",
    LineStatus.OTHER_PAYMENT: "#b06000",
    LineStatus.PARTLY: "#b06000",
    LineStatus.MISSING: "#b3261e",
    LineStatus.UNKNOWN: "#b3261e",
    LineStatus.REFUND: "#6b6b6b",
}
CHOOSE = "Map to a product…"


class EventTerminalDialog(QDialog):
    """File choice, the matched lines (unknown names get a product choice), record button."""

    load_requested = Signal(object)  # Path
    mapping_changed = Signal(dict)  # item name (casefolded) → product id
    record_requested = Signal(dict)

    def __init__(self, products: Sequence[ProductOption], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EventTerminalDialog()
        self.ui.setupUi(self)
        self.products = list(products)
        self.mapping: dict[str, uuid.UUID] = {}
        self.match_result: TerminalMatch | None = None
        ui = self.ui
        ui.chooseButton.clicked.connect(self.choose_file)
        ui.doneButton.clicked.connect(self.accept)
        ui.recordButton.clicked.connect(lambda: self.record_requested.emit(dict(self.mapping)))
        self.file_dialog: QFileDialog | None = None

    # -- input ------------------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for the export (window-modal, not blocking)."""
        dialog = QFileDialog(self, "Card terminal sales export", "", "CSV files (*.csv *.txt)")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(lambda name: self.load(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()

    def load(self, path: Path) -> None:
        """Read ``path`` (through the owner)."""
        self.mapping = {}
        self.ui.fileLabel.setText(path.name)
        self.show_error(None)
        self.load_requested.emit(path)

    def map_item(self, item: str, product_id: uuid.UUID) -> None:
        """Say which product a terminal item name is."""
        self.mapping[item.casefold()] = product_id
        self.mapping_changed.emit(dict(self.mapping))

    # -- output -----------------------------------------------------------------------

    def show_error(self, text: str | None) -> None:
        """A refusal (another currency, an unreadable file), or None to clear it."""
        self.ui.errorLabel.setText(text or "")
        self.ui.errorLabel.setVisible(bool(text))
        if text:
            self.match_result = None
            self.ui.lineTable.setRowCount(0)
            self.ui.summaryLabel.setText("")
            self.ui.recordButton.setEnabled(False)

    def error_text(self) -> str:
        """The refusal shown (tests)."""
        return self.ui.errorLabel.text() if self.ui.errorLabel.isVisibleTo(self) else ""

    def show_match(self, result: TerminalMatch, recorded: int | None = None) -> None:
        """Show every line with its product and status, and what is left to do."""
        self.match_result = result
        table = self.ui.lineTable
        headers = ["Time", "Item on the terminal", "Qty", "Amount", "Product", "In the app"]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(result.lines))
        names = {p.id: p.label for p in self.products}
        for row, match in enumerate(result.lines):
            line = match.line
            cells = [
                format_local(line.occurred_at),
                line.item,
                str(line.quantity),
                format_money(line.amount_cents),
            ]
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
            if match.status is LineStatus.UNKNOWN:
                table.setCellWidget(row, 4, self._mapper(line.item))
            else:
                table.removeCellWidget(row, 4)
                name = names.get(match.product_id, "—") if match.product_id else "—"
                table.setItem(row, 4, QTableWidgetItem(name))
            status = match.status.value
            if match.status is LineStatus.PARTLY:
                status = f"{match.missing} of {line.quantity} not recorded"
            label = QLabel(f" {status} ")
            label.setStyleSheet(f"color: {QColor(STATUS_COLOURS[match.status]).name()};")
            table.setCellWidget(row, 5, label)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ui.summaryLabel.setText(self._summary(result, recorded))
        missing = result.missing_units
        self.ui.recordButton.setEnabled(missing > 0 and not result.unknown_items)
        self.ui.recordButton.setText(
            f"Record {missing} missing card sale{'s' if missing != 1 else ''}"
            if missing
            else "Record missing card sales"
        )

    def _mapper(self, item: str) -> QComboBox:
        combo = QComboBox(self.ui.lineTable)
        combo.addItem(CHOOSE, None)
        for product in self.products:
            combo.addItem(product.label, product.id)
        chosen = self.mapping.get(item.casefold())
        combo.setCurrentIndex(max(0, index_of(combo, chosen)))

        def chosen_product(_index: int) -> None:
            product_id = combo.currentData()
            if product_id is not None:
                self.map_item(item, product_id)

        combo.activated.connect(chosen_product)
        return combo

    def _summary(self, result: TerminalMatch, recorded: int | None) -> str:
        parts = []
        if recorded is not None:
            parts.append(f"{recorded} card sale unit{'s' if recorded != 1 else ''} recorded.")
        if result.unknown_items:
            parts.append(
                "Map each unknown item to a product (the names differ from the catalog's): "
                + ", ".join(result.unknown_items)
                + "."
            )
        if result.missing_units:
            parts.append(f"{result.missing_units} unit(s) on the terminal have no sale in the app.")
        other = sum(m.other_payment for m in result.lines)
        if other:
            parts.append(f"{other} unit(s) were recorded as cash but paid by card.")
        extra = sum(result.card_not_on_terminal.values())
        if extra:
            parts.append(f"{extra} card sale unit(s) in the app are not on the terminal.")
        if not parts:
            parts.append("Every terminal sale is recorded in the app.")
        return " ".join(parts)
