"""The par list of the event under the cursor: planned against what there is, and packing.

A view only: the Events tab wires its buttons and fills it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QWidget

from ....db.enums import EventStatus
from ....services.event_plan import ParLine
from ...forms.ui_event_par_panel import Ui_ParPanel
from ..queue.toolbar import buttons_to_toolbar
from .detail_models import ParTableModel

EMPTY = (
    "No products planned for this event yet.\n"
    "Use “Add products…” to pick them by the event's theme tags or by hand."
)


class ParPanel(QWidget):
    """Buttons, a one-line summary and the par-list table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ParPanel()
        self.ui.setupUi(self)
        buttons_to_toolbar(self.ui.parButtons, "parToolBar")
        self.model = ParTableModel(self)
        self.ui.parTable.set_model(self.model, sort_column=ParTableModel.NAME, empty_text=EMPTY)
        view = self.ui.parTable.view
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.ui.parTable.current_changed.connect(lambda _row: self._update_buttons())
        self._status: str | None = None
        self.show_lines([], None)

    def show_lines(self, lines: Sequence[ParLine], status: str | None) -> None:
        """Show an event's par list (``status`` None: no event chosen)."""
        self._status = status
        self.model.editable = status not in (None, EventStatus.CLOSED.value)
        self.model.set_rows(lines)
        planned = sum(line.planned for line in lines)
        packed = sum(line.packed for line in lines)
        short = sum(line.shortfall for line in lines)
        if status is None:
            text = "Choose an event above to see its par list."
        else:
            text = f"{len(lines)} products · {planned} planned · {packed} packed · " + (
                f"{short} still to print" if short else "nothing left to print"
            )
        self.ui.summaryLabel.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        open_event = self._status not in (None, EventStatus.CLOSED.value)
        has_lines = self.model.rowCount() > 0
        ui.addButton.setEnabled(open_event)
        ui.removeButton.setEnabled(open_event and ui.parTable.current_row() is not None)
        ui.planButton.setEnabled(open_event and has_lines)
        ui.packButton.setEnabled(open_event and has_lines)
        ui.pdfButton.setEnabled(has_lines)
        ui.csvButton.setEnabled(has_lines)
        ui.terminalButton.setEnabled(
            self._status in (EventStatus.PACKING.value, EventStatus.LIVE.value)
        )
