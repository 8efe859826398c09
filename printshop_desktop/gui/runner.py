"""Background work with one small typed API: ``runner.run(fn, on_done, on_error)``.

``fn`` runs off the GUI thread; ``on_done``/``on_error`` are called on the GUI thread.
Work in the :attr:`Lane.DATABASE` lane is serialised (one worker), so a session never races
another and a hanging server holds up only database work; :attr:`Lane.BACKGROUND` work runs in
parallel. Tests pass an :class:`InlineRunner`, which does everything at once on the caller's
thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..config import ProfileError
from ..db.errors import DatabaseError
from ..files import FileFormatError
from ..services.errors import ServiceError
from ..storage import StorageError

T = TypeVar("T")
log = logging.getLogger(__name__)

#: Errors caused by the environment or by input; anything else is a bug.
KNOWN_ERRORS: tuple[type[Exception], ...] = (
    DatabaseError,
    ServiceError,
    ProfileError,
    OSError,
    StorageError,
    FileFormatError,
)


def is_bug(error: BaseException) -> bool:
    """True for an error no user action explains (it is logged with its traceback)."""
    return not isinstance(error, KNOWN_ERRORS)


def ignore(_: object) -> None:
    """A callback for work whose outcome nobody waits for."""


class Lane(Enum):
    """Where a piece of work runs."""

    DATABASE = "database"
    BACKGROUND = "background"


class Task:
    """A handle on submitted work; cancelling drops its callbacks (the work itself finishes)."""

    def __init__(self) -> None:
        self.cancelled = False
        self.finished = False

    def cancel(self) -> None:
        """Do not call this task's callbacks."""
        self.cancelled = True


class Runner(Protocol):
    """What tabs, dialogs and the window need to run work off the GUI thread."""

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
        *,
        lane: Lane = Lane.DATABASE,
    ) -> Task:
        """Run ``fn`` in ``lane``; deliver its result or error on the GUI thread."""
        ...

    def shutdown(self) -> None:
        """Wait for running work, stop the threads and drop undelivered callbacks."""
        ...


class _Delivery(QObject):
    """Lives on the GUI thread; its signals carry one job's outcome back to it."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        task: Task,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        forget: Callable[[_Delivery], None],
    ) -> None:
        super().__init__()
        self._task = task
        self._on_done = on_done
        self._on_error = on_error
        self._forget = forget
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_error)

    @property
    def task(self) -> Task:
        """The task this delivery reports on."""
        return self._task

    @Slot(object)
    def _deliver_done(self, result: object) -> None:
        self._finish()
        if not self._task.cancelled:
            self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: Exception) -> None:
        self._finish()
        if not self._task.cancelled:
            self._on_error(error)

    def _finish(self) -> None:
        self._task.finished = True
        self._forget(self)
        self.deleteLater()


class _Job(QRunnable):
    """Runs ``fn`` on a pool thread and emits its outcome through the delivery object."""

    def __init__(self, fn: Callable[[], Any], delivery: _Delivery) -> None:
        super().__init__()
        self._fn = fn
        self._delivery = delivery

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:
            if is_bug(error):
                log.error("Background work failed", exc_info=error)
            self._delivery.failed.emit(error)
            return
        self._delivery.done.emit(result)


class ThreadRunner(QObject):
    """The real runner: one serial pool for database work, one parallel pool for the rest."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools = {Lane.DATABASE: QThreadPool(self), Lane.BACKGROUND: QThreadPool(self)}
        self._pools[Lane.DATABASE].setMaxThreadCount(1)
        self._pending: set[_Delivery] = set()
        self._closed = False

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
        *,
        lane: Lane = Lane.DATABASE,
    ) -> Task:
        """Queue ``fn`` in ``lane``; callbacks arrive on the GUI thread."""
        task = Task()
        if self._closed:
            task.cancel()
            return task
        delivery = _Delivery(task, on_done, on_error, self._pending.discard)
        self._pending.add(delivery)
        self._pools[lane].start(_Job(fn, delivery))
        return task

    def active_threads(self) -> int:
        """Threads still alive in both pools (0 after :meth:`shutdown`)."""
        return sum(pool.activeThreadCount() for pool in self._pools.values())

    def wait(self, msecs: int = -1) -> bool:
        """Block until every queued job has run (tests, shutdown)."""
        return all(pool.waitForDone(msecs) for pool in self._pools.values())

    def shutdown(self) -> None:
        """Drop queued work, wait for running work, and stop every pool thread."""
        self._closed = True
        for pool in self._pools.values():
            pool.clear()
        self.wait()
        for delivery in list(self._pending):
            delivery.task.cancel()
            delivery.deleteLater()
        self._pending.clear()


class InlineRunner:
    """Runs work at once on the calling thread; for tests that need no threads.

    Bugs (errors that are not :data:`KNOWN_ERRORS`) are raised, so a test fails loudly.
    """

    def __init__(self, *, raise_bugs: bool = True) -> None:
        self.raise_bugs = raise_bugs

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
        *,
        lane: Lane = Lane.DATABASE,
    ) -> Task:
        """Call ``fn`` now, then ``on_done`` or ``on_error``."""
        task = Task()
        try:
            result = fn()
        except Exception as error:
            if self.raise_bugs and is_bug(error):
                raise
            task.finished = True
            on_error(error)
            return task
        task.finished = True
        on_done(result)
        return task

    def shutdown(self) -> None:
        """Nothing runs in the background."""
