"""The designers of the catalog in a list, with New… and Edit… (double-click edits too)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ...services import catalog
from ...services.catalog import DesignerRow
from ..context import ShopContext
from ..forms.ui_designer_list_dialog import Ui_DesignerListDialog
from ..table_model import Role
from ..tabs.catalog.designer_table import DesignerTableModel
from .designer_dialog import DesignerDialog

EMPTY_TEXT = "No designers yet. Add the people whose models you print with New designer…"


class DesignerListDialog(QDialog):
    """Lists designers; :attr:`changed` fires after one was added or edited."""

    changed = Signal()

    def __init__(self, context: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DesignerListDialog()
        self.ui.setupUi(self)
        self.context = context
        self.model = DesignerTableModel(self)
        table = self.ui.designersTable
        table.set_model(self.model, sort_column=DesignerTableModel.NAME, empty_text=EMPTY_TEXT)
        table.current_changed.connect(self._on_current)
        table.view.doubleClicked.connect(self._on_double_click)
        self.ui.newButton.clicked.connect(self.new_designer)
        self.ui.editButton.clicked.connect(self.edit_current)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.dialog: DesignerDialog | None = None
        self._on_current(None)
        self.load()

    def load(self, select: uuid.UUID | None = None) -> None:
        """Fetch the designers (and select ``select`` once they are in)."""
        self.context.query(
            catalog.list_designers, lambda rows: self._show(rows, select), self._failed
        )

    def new_designer(self) -> DesignerDialog:
        """Open an empty designer form."""
        return self._open(None)

    def edit_current(self) -> DesignerDialog | None:
        """Open the selected designer."""
        row = self.ui.designersTable.current_row()
        return self._open(row.id) if isinstance(row, DesignerRow) else None

    def _open(self, designer_id: uuid.UUID | None) -> DesignerDialog:
        dialog = DesignerDialog(self.context, designer_id, self)
        dialog.saved.connect(self._on_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_saved(self, designer_id: object) -> None:
        self.changed.emit()
        self.load(designer_id if isinstance(designer_id, uuid.UUID) else None)

    def _show(self, rows: list[DesignerRow], select: uuid.UUID | None) -> None:
        self.model.set_rows(rows)
        table = self.ui.designersTable
        table.set_message(None)
        for number in range(table.proxy.rowCount()):
            index = table.proxy.index(number, 0)
            if select is not None and index.data(Role.OBJECT).id == select:
                table.view.setCurrentIndex(index)
                return
        table.select_first()

    def _failed(self, error: Exception) -> None:
        self.ui.designersTable.set_message(f"Could not load the designers.\n{error}")

    def _on_current(self, row: object | None) -> None:
        self.ui.editButton.setEnabled(isinstance(row, DesignerRow))

    def _on_double_click(self, _index: QModelIndex) -> None:
        self.edit_current()
