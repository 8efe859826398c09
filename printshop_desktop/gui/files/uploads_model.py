"""The Uploads table: one row per upload, progress refreshed by a timer from worker state.

Rows are frozen :class:`UploadSnapshot`s. Workers never touch the model: a 300 ms timer
(running only while an upload is active) takes new snapshots and emits ``dataChanged`` for
the rows whose numbers moved, as qutebrowser's download list does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QTimer
from PySide6.QtGui import QColor

from ..table_model import RowTableModel
from .units import EMPTY, format_bytes, format_duration, format_rate
from .upload_item import UploadItem, UploadSnapshot, UploadStatus

REFRESH_MS = 300
STATUS_COLOURS = {
    UploadStatus.FAILED: QColor("#b3261e"),
    UploadStatus.DONE: QColor("#137333"),
    UploadStatus.KEPT_LOCALLY: QColor("#b06000"),
}


class UploadsTableModel(RowTableModel[UploadSnapshot]):
    """Uploads of this session, newest last."""

    FILE, SIZE, PROGRESS, SENT, RATE, LEFT, STATUS, DESTINATION = range(8)
    headers = ("File", "Size", "Progress", "Sent", "Speed", "Time left", "Status", "Destination")
    text_columns = frozenset({FILE, STATUS, DESTINATION})
    number_columns = frozenset({SIZE, PROGRESS, SENT, RATE, LEFT})
    stretch_column = FILE
    noun = ("upload", "uploads")

    def __init__(self, parent: QObject | None = None, refresh_ms: int = REFRESH_MS) -> None:
        super().__init__(parent)
        self._items: list[UploadItem] = []
        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.refresh)

    # -- items -------------------------------------------------------------------------

    def add_item(self, item: UploadItem) -> None:
        """Show a new upload and keep its row fresh while it runs."""
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(item)
        self._rows.append(item.snapshot())
        self.endInsertRows()
        self.timer.start()

    def item_at(self, row: int) -> UploadItem:
        """The live upload behind ``row``."""
        return self._items[row]

    def refresh(self) -> None:
        """Take fresh snapshots; signal only the rows that changed; stop when all are idle."""
        for number, item in enumerate(self._items):
            new = item.snapshot()
            if new != self._rows[number]:
                self._rows[number] = new
                last = self.index(number, self.columnCount() - 1)
                self.dataChanged.emit(self.index(number, 0), last)
        if not any(item.status.active for item in self._items):
            self.timer.stop()

    def wake(self) -> None:
        """Refresh now and keep refreshing (after a retry)."""
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        """Stop refreshing (window closing)."""
        self.timer.stop()

    # -- columns -----------------------------------------------------------------------

    def display(self, row: UploadSnapshot, column: int) -> str:
        """Cell text."""
        match column:
            case self.FILE:
                return row.name
            case self.SIZE:
                return format_bytes(row.size)
            case self.PROGRESS:
                return f"{row.fraction * 100:.0f} %"
            case self.SENT:
                return format_bytes(row.done)
            case self.RATE:
                return format_rate(row.rate)
            case self.LEFT:
                return format_duration(row.seconds_left) if row.status.active else EMPTY
            case self.STATUS:
                return row.status.value
            case self.DESTINATION:
                return row.destination
        return ""

    def sort_value(self, row: UploadSnapshot, column: int) -> Any:
        """Numbers as numbers."""
        values = {
            self.SIZE: row.size,
            self.PROGRESS: row.fraction,
            self.SENT: row.done,
            self.RATE: row.rate,
            self.LEFT: row.seconds_left,
        }
        if column in values:
            return values[column]
        return super().sort_value(row, column)

    def foreground(self, row: UploadSnapshot, column: int) -> Any:
        """Failed in red, done in green, waiting for the network in amber."""
        return STATUS_COLOURS.get(row.status) if column == self.STATUS else None

    def tooltip(self, row: UploadSnapshot, column: int) -> str | None:
        """Why an upload failed; what waiting for the network means."""
        if row.error:
            return row.error
        if row.status is UploadStatus.KEPT_LOCALLY:
            return "Kept on this computer; it uploads by itself when the storage is reachable."
        return None
