"""Offline outbox: count the files waiting, and send them by themselves once the bucket is back.

Every 30 s (doubling up to 5 min while the bucket stays unreachable) a background job checks
the outbox; with files waiting and the bucket reachable it flushes them, and the database lane
marks them as stored. The status bar shows how many wait.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from ...services import library
from ...storage import FlushReport, OutboxStore, StorageError
from ..context import ShopContext
from ..runner import Lane
from .file_store import FileStore

CHECK_MS = 30_000
MAX_CHECK_MS = 300_000


@dataclass(frozen=True)
class OutboxState:
    """What one check found: files still waiting, whether the bucket answered, the flush."""

    waiting: int
    reachable: bool
    report: FlushReport | None = None


def check_and_flush(outbox: OutboxStore) -> OutboxState:
    """Send what waits if the bucket answers (worker thread)."""
    waiting = len(outbox.pending())
    if not waiting:
        return OutboxState(0, True)
    try:
        outbox.check()
    except StorageError:
        return OutboxState(waiting, False)
    report = outbox.flush()
    return OutboxState(report.remaining, report.stopped_by is None, report)


class OutboxWatcher(QObject):
    """Polls the outbox of the store in use; :attr:`waiting_changed` carries the count."""

    waiting_changed = Signal(int)

    def __init__(
        self,
        file_store: FileStore,
        context: ShopContext,
        parent: QObject | None = None,
        interval_ms: int = CHECK_MS,
    ) -> None:
        super().__init__(parent)
        self.file_store = file_store
        self.context = context
        self.base_ms = interval_ms
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check_now)
        self.waiting = 0
        self._busy = False
        self._stopped = False
        file_store.changed.connect(self._on_store)

    def check_now(self) -> None:
        """Count (and flush) now instead of at the next tick."""
        outbox = self.file_store.outbox()
        if outbox is None or self._busy or self._stopped:
            return
        self._busy = True
        self.context.runner.run(
            lambda: check_and_flush(outbox),
            self._on_checked,
            self._on_error,
            lane=Lane.BACKGROUND,
        )

    def stop(self) -> None:
        """No more checks (window closing)."""
        self._stopped = True
        self.timer.stop()

    def _on_store(self) -> None:
        self.timer.stop()
        if self.file_store.outbox() is not None:
            self.check_now()
        elif self.waiting:
            self._set_waiting(0)

    def _on_checked(self, state: OutboxState) -> None:
        self._busy = False
        self._set_waiting(state.waiting)
        if state.report is not None and state.report.uploaded:
            sent = list(state.report.uploaded)
            self.context.query(
                lambda session: library.mark_uploaded(session, sent),
                lambda _n: None,
                lambda _e: None,
            )
        self._schedule(self.base_ms if state.reachable else self.timer.interval() * 2)

    def _on_error(self, _error: Exception) -> None:
        self._busy = False
        self._schedule(self.timer.interval() * 2)

    def _schedule(self, msecs: int) -> None:
        if self._stopped:
            return
        if self.waiting == 0:
            msecs = self.base_ms
        self.timer.start(max(self.base_ms, min(msecs, MAX_CHECK_MS)))

    def _set_waiting(self, count: int) -> None:
        if count != self.waiting:
            self.waiting = count
            self.waiting_changed.emit(count)
