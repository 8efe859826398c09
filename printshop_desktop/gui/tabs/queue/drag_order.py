"""The queue in its own order, rearranged by drag and drop.

Only open jobs can be dragged, and only between open jobs. The model does not move rows
itself: a drop emits :attr:`JobQueueModel.order_dropped` with the new order of the open jobs
(after the event loop has finished the drag), the tab saves it and loads the queue again.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, QTimer, Signal

from ....services.queue import JobRow
from ...table_model import Index
from .table_models import JobTableModel

MIME = "application/x-printshop-job-ids"


class JobQueueModel(JobTableModel):
    """Jobs, open ones draggable into a new order."""

    order_dropped = Signal(list, list)  # the open jobs' ids in the new order, the moved ids

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Open jobs can be dragged; the space between open jobs takes drops."""
        flags = super().flags(index)
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if self.row_at(index.row()).is_open:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        """Rows are moved."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Rows are moved."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """The ids of the dragged jobs."""
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        """The dragged jobs' ids, one per line, in queue order."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [str(self.row_at(r).id) for r in rows if self.row_at(r).is_open]
        data = QMimeData()
        data.setData(MIME, QByteArray("\n".join(ids).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Only our own jobs, dropped among the open ones."""
        if not data.hasFormat(MIME) or action != Qt.DropAction.MoveAction:
            return False
        return self._target_row(row, parent) <= self._open_count()

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Work out the new order and announce it once the drag is over."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        raw = bytes(data.data(MIME).data()).decode()
        moved = [uuid.UUID(line) for line in raw.splitlines() if line]
        order = self.order_after_drop(moved, self._target_row(row, parent))
        if order is None:
            return False
        QTimer.singleShot(0, self, lambda: self.order_dropped.emit(order, moved))
        return True

    def order_after_drop(self, moved: list[uuid.UUID], target: int) -> list[uuid.UUID] | None:
        """The open jobs' ids with ``moved`` put before row ``target`` (None if nothing moves)."""
        open_ids = [r.id for r in self.rows() if r.is_open]
        if not moved or any(m not in open_ids for m in moved):
            return None
        before = [i for i in open_ids[:target] if i not in moved]
        after = [i for i in open_ids[target:] if i not in moved]
        order = [*before, *moved, *after]
        return None if order == open_ids else order

    def _open_count(self) -> int:
        return sum(1 for r in self.rows() if r.is_open)

    def _target_row(self, row: int, parent: Index) -> int:
        if row >= 0:
            return row
        if parent.isValid():
            return parent.row()
        return self._open_count()

    def job(self, job_id: uuid.UUID) -> JobRow | None:
        """The row of one job."""
        return next((r for r in self.rows() if r.id == job_id), None)
