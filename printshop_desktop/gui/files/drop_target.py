"""Accept files dragged from the file manager onto a table; say which row they landed on.

Installed as an event filter on a view's viewport, so the table itself needs no subclass.
While dragging, the row under the pointer is highlighted (the drop goes to that model or
variant) and :attr:`FileDropTarget.hovering` lets the window say what a drop will do. Holding
Shift asks for new items instead of the row under the pointer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView

from ..table_model import Role


def _shift(event: QDropEvent) -> bool:
    return bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)


def local_paths(event: QDropEvent) -> list[Path]:
    """The local files and folders a drag carries (web links are ignored)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class FileDropTarget(QObject):
    """Emits :attr:`dropped` with the paths, the row under the drop (or None) and whether
    Shift was held."""

    dropped = Signal(list, object, bool)  # [Path], row object | None, Shift held
    hovering = Signal(object, bool)  # row object | None, Shift held (None, False on leave)

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.setAcceptDrops(True)
        view.viewport().setAcceptDrops(True)
        view.viewport().installEventFilter(self)

    def row_at(self, position: QPoint) -> object | None:
        """The row object at ``position`` in viewport coordinates."""
        index = self.view.indexAt(position)
        return index.data(Role.OBJECT) if index.isValid() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take drags of local files; hand the drop on."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragMoveEvent)
            if not local_paths(event):
                return False
            event.acceptProposedAction()
            position = event.position().toPoint()
            self._highlight(position)
            self.hovering.emit(self.row_at(position), _shift(event))
            return True
        if kind == QEvent.Type.DragLeave:
            self.hovering.emit(None, False)
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = local_paths(event)
            if not paths:
                return False
            event.acceptProposedAction()
            self.hovering.emit(None, False)
            self.dropped.emit(paths, self.row_at(event.position().toPoint()), _shift(event))
            return True
        return super().eventFilter(watched, event)

    def _highlight(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if index.isValid():
            self.view.setCurrentIndex(index)
