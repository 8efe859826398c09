"""What a tab needs from the application: the runner and the open database, nothing more."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from ..db.database import Database
from .runner import Lane, Runner, Task, ignore

T = TypeVar("T")


class ShopContext(QObject):
    """The runner and the database in use; tabs listen to :attr:`database_changed`."""

    database_changed = Signal()

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._database: Database | None = None
        # Tabs not on show load a moment after the one on show (the app sets this; tests,
        # which check every tab at once, leave it off).
        self.defer_hidden_tabs = False

    @property
    def database(self) -> Database | None:
        """The open database, or None while connecting or after a failure."""
        return self._database

    def set_database(self, database: Database | None) -> None:
        """Switch databases; the previous one is closed in the database lane."""
        old, self._database = self._database, database
        if old is database:
            return
        if old is not None:
            self.runner.run(old.dispose, ignore, ignore)
        self.database_changed.emit()

    def query(
        self,
        fn: Callable[[Session], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
    ) -> Task | None:
        """Run ``fn(session)`` in one unit of work off the GUI thread.

        Results from a database that was switched away from meanwhile are dropped.
        Returns None (and runs nothing) when no database is open.
        """
        database = self._database
        if database is None:
            return None

        def work() -> T:
            with database.session() as session:
                return fn(session)

        def done(result: T) -> None:
            if self._database is database:
                on_done(result)

        def failed(error: Exception) -> None:
            if self._database is database:
                on_error(error)

        return self.runner.run(work, done, failed, lane=Lane.DATABASE)

    def close(self) -> None:
        """Close the database (at exit)."""
        self.set_database(None)
