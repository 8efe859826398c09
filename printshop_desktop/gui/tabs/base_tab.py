"""The base of every main-window tab: context in, tables out, signals cleaned up on destroy."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QTimer, Signal, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ..context import ShopContext
from ..runner import Task
from ..widgets.filtered_table import FilteredTable

T = TypeVar("T")

NOT_CONNECTED = "Not connected to a database yet."
# A tab not on show loads this long after a database opens (or when it is shown, if sooner),
# so that the tab the user looks at gets the database and the processor first.
HIDDEN_TAB_DELAY_MS = 700


class BaseTab(QWidget):
    """A tab gets a :class:`ShopContext` (runner + database) and never reaches into the window.

    Subclasses list their tables in :meth:`tables` and load them in :meth:`load` with
    :meth:`fetch`. The window listens to :attr:`load_failed`/:attr:`loaded` (for the connection
    state) and :attr:`count_changed` (for the status bar).
    """

    title: ClassVar[str] = ""
    load_failed = Signal(object)  # Exception
    loaded = Signal()
    count_changed = Signal()

    def __init__(self, context: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(type(self).__name__)
        self.context = context
        self._connections: list[tuple[SignalInstance, Callable[..., Any]]] = []
        self._tasks: list[Task] = []
        self._waiting_text = NOT_CONNECTED
        self._stale = False
        self.track(context.database_changed, self._on_database_changed)
        connections, tasks = self._connections, self._tasks
        self.destroyed.connect(lambda: _release(connections, tasks))

    # -- for subclasses ----------------------------------------------------------------

    def tables(self) -> list[FilteredTable]:
        """Every table of the tab."""
        raise NotImplementedError

    def current_table(self) -> FilteredTable:
        """The table the user sees now (Find and the status bar use it)."""
        return self.tables()[0]

    def load(self) -> None:
        """Start loading every table (called with a database open)."""
        raise NotImplementedError

    def clear(self) -> None:
        """Forget the rows of a database that is gone."""

    def fetch(self, query: Callable[[Session], T], on_rows: Callable[[T], None]) -> None:
        """Run ``query`` in the database lane and hand its result to ``on_rows``."""

        def done(result: T) -> None:
            self.show_message(None)
            on_rows(result)
            self.loaded.emit()

        task = self.context.query(query, done, self._on_error)
        if task is not None and not task.finished:
            self._tasks.append(task)
        self._tasks[:] = [t for t in self._tasks if not t.finished]

    def track(self, signal: SignalInstance, slot: Callable[..., Any]) -> None:
        """Connect ``signal`` from outside the tab; it is disconnected when the tab goes."""
        signal.connect(slot)
        self._connections.append((signal, slot))

    # -- for the window ----------------------------------------------------------------

    def reload(self) -> None:
        """Load again from the database, or show why there is nothing to show."""
        if self.context.database is None:
            self.show_message(self._waiting_text)
            return
        self.load()

    def set_waiting_text(self, text: str) -> None:
        """What the tables say while there is no database (connecting, failed…)."""
        self._waiting_text = text
        if self.context.database is None:
            self.show_message(text)

    def show_message(self, text: str | None) -> None:
        """Show ``text`` in place of every table (None shows the tables)."""
        for table in self.tables():
            table.set_message(text)

    def focus_filter(self) -> None:
        """Put the cursor in the current table's filter box."""
        self.current_table().focus_filter()

    def count_text(self) -> str:
        """Rows of the current table, for the status bar."""
        return self.current_table().count_text()

    def dispose(self) -> None:
        """Drop pending callbacks and disconnect from the context (window closing)."""
        _release(self._connections, self._tasks)

    # -- internals ---------------------------------------------------------------------

    def _connect_counts(self) -> None:
        """Forward every table's count changes (call once the tables exist)."""
        for table in self.tables():
            table.count_changed.connect(self.count_changed)

    def _on_database_changed(self) -> None:
        if self.context.database is None:
            self.clear()
        if self.context.database is None or self.isVisible() or not self.context.defer_hidden_tabs:
            self._stale = False
            self.reload()
            return
        self._stale = True
        QTimer.singleShot(HIDDEN_TAB_DELAY_MS, self, self._load_if_stale)

    def _load_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """A tab shown before its deferred load loads now."""
        super().showEvent(event)
        self._load_if_stale()

    def _on_error(self, error: Exception) -> None:
        self.show_message(f"Could not load this list.\n{error}")
        self.load_failed.emit(error)


def _release(
    connections: list[tuple[SignalInstance, Callable[..., Any]]], tasks: list[Task]
) -> None:
    """Disconnect tracked signals and cancel pending work (safe to call twice)."""
    for signal, slot in connections:
        with contextlib.suppress(RuntimeError, TypeError, SystemError):  # sender already gone
            signal.disconnect(slot)
    connections.clear()
    for task in tasks:
        task.cancel()
    tasks.clear()
