"""The Uploads panel (a dock the View menu toggles): every upload with pause, cancel, retry."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QWidget,
)

from ..forms.ui_uploads_panel import Ui_UploadsPanel
from ..table_model import Role
from .upload_item import UploadItem, UploadSnapshot, UploadStatus
from .upload_queue import UploadManager
from .uploads_model import UploadsTableModel

Index = QModelIndex | QPersistentModelIndex


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column as a progress bar with its percentage."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """A bar filled to the upload's fraction."""
        row = index.data(Role.OBJECT)
        if not isinstance(row, UploadSnapshot):
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)  # type: ignore[attr-defined]
        bar.minimum, bar.maximum = 0, 1000
        bar.progress = round(row.fraction * 1000)
        bar.text = index.data(Qt.ItemDataRole.DisplayRole)
        bar.textVisible = True
        bar.state = option.state  # type: ignore[attr-defined]
        style = option.widget.style() if option.widget else QApplication.style()  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


class UploadsPanel(QWidget):
    """Shows the manager's uploads; the buttons act on the selected rows."""

    def __init__(self, manager: UploadManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UploadsPanel()
        self.ui.setupUi(self)
        self.manager = manager
        self.model = UploadsTableModel(self)
        view = self.ui.uploadsView
        view.setModel(self.model)
        view.setItemDelegateForColumn(UploadsTableModel.PROGRESS, ProgressDelegate(view))
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(UploadsTableModel.FILE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(UploadsTableModel.PROGRESS, 140)
        header.resizeSection(UploadsTableModel.STATUS, 150)
        header.resizeSection(UploadsTableModel.DESTINATION, 260)
        manager.added.connect(self._on_added)
        manager.finished.connect(self._on_finished)
        self.model.dataChanged.connect(self._update)
        view.selectionModel().selectionChanged.connect(self._update)
        self.ui.pauseButton.clicked.connect(lambda: self._each(manager.pause))
        self.ui.cancelButton.clicked.connect(lambda: self._each(manager.cancel))
        self.ui.retryButton.clicked.connect(self._retry)
        self._update()

    def selected_items(self) -> list[UploadItem]:
        """The uploads of the selected rows."""
        rows = {index.row() for index in self.ui.uploadsView.selectionModel().selectedRows()}
        return [self.model.item_at(row) for row in sorted(rows)]

    def select_row(self, row: int) -> None:
        """Select one row (tests, keyboard)."""
        self.ui.uploadsView.selectRow(row)

    def summary_text(self) -> str:
        """``2 uploading · 1 waiting · 3 done`` for the label."""
        counts: dict[UploadStatus, int] = {}
        for item in self.manager.items:
            counts[item.status] = counts.get(item.status, 0) + 1
        if not counts:
            return "No uploads yet. Drop files onto the Catalog to add them."
        parts = [f"{n} {status.value.lower().rstrip('…')}" for status, n in counts.items()]
        return " · ".join(parts)

    def stop(self) -> None:
        """Stop the refresh timer (window closing)."""
        self.model.stop()

    def _on_added(self, item: UploadItem) -> None:
        self.model.add_item(item)
        self._update()

    def _on_finished(self, _item: UploadItem, _stored: object) -> None:
        self.model.refresh()
        self._update()

    def _each(self, action: object) -> None:
        for item in self.selected_items():
            action(item)  # type: ignore[operator]
        self.model.refresh()
        self._update()

    def _retry(self) -> None:
        for item in self.selected_items():
            self.manager.retry(item)
        self.model.wake()
        self._update()

    def _update(self, *_: object) -> None:
        items = self.selected_items()
        self.ui.pauseButton.setEnabled(any(i.status.active for i in items))
        self.ui.cancelButton.setEnabled(any(i.status.active for i in items))
        self.ui.retryButton.setEnabled(any(i.status.can_retry for i in items))
        self.ui.summaryLabel.setText(self.summary_text())
