"""Uploads in the background: one queue (a QThreadPool) per destination, several at once.

:class:`UploadManager` owns every :class:`UploadItem`; each runs ``store.put`` in its
destination's pool with the item's progress callback and cancel token. Outcomes come back on
the GUI thread through :attr:`UploadManager.finished`; a stored file then runs the item's
``on_stored`` continuation (the import job records it in the database). Pause keeps a
multipart upload on the server for a later retry; cancel aborts it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ...storage import (
    ObjectStore,
    PutStatus,
    StorageError,
    StoredObject,
    UploadCancelled,
    UploadPaused,
)
from ...storage.cancel import StopMode
from .upload_item import UploadItem, UploadStatus

log = logging.getLogger(__name__)
PARALLEL_UPLOADS = 3


class _Relay(QObject):
    """Lives on the GUI thread; carries one upload's outcome back to it."""

    outcome = Signal(object, object)  # UploadItem, StoredObject | None


class _UploadJob(QRunnable):
    """Runs one ``store.put`` on a pool thread and records the outcome in the item."""

    def __init__(self, store: ObjectStore, item: UploadItem, relay: _Relay) -> None:
        super().__init__()
        self._store = store
        self._item = item
        self._relay = relay

    def run(self) -> None:
        item = self._item
        stored = self._put(item) if self._still_wanted(item) else None
        self._relay.outcome.emit(item, stored)

    @staticmethod
    def _still_wanted(item: UploadItem) -> bool:
        mode = item.token.mode
        if mode is None:
            item.set_status(UploadStatus.UPLOADING)
            return True
        item.set_status(UploadStatus.PAUSED if mode is StopMode.PAUSE else UploadStatus.CANCELLED)
        return False

    def _put(self, item: UploadItem) -> StoredObject | None:
        try:
            stored = self._store.put(item.path, item.sha256, item.progress, item.token)
        except UploadPaused:
            item.set_status(UploadStatus.PAUSED)
        except UploadCancelled:
            item.set_status(UploadStatus.CANCELLED)
        except (StorageError, OSError) as error:
            item.set_status(UploadStatus.FAILED, str(error))
        except Exception as error:  # a bug: report it, keep the queue alive
            log.error("Upload of %s failed", item.name, exc_info=error)
            item.set_status(UploadStatus.FAILED, f"Unexpected error: {error}")
        else:
            queued = stored.status is PutStatus.QUEUED
            item.set_status(UploadStatus.KEPT_LOCALLY if queued else UploadStatus.DONE)
            return stored
        return None


class UploadQueue:
    """The uploads to one destination: a pool of :data:`PARALLEL_UPLOADS` threads."""

    def __init__(self, store: ObjectStore, parent: QObject, parallel: int = PARALLEL_UPLOADS):
        self.store = store
        self.destination = store.describe()
        self.pool = QThreadPool(parent)
        self.pool.setMaxThreadCount(parallel)

    def submit(self, item: UploadItem, relay: _Relay) -> None:
        """Start ``item`` when a thread is free."""
        self.pool.start(_UploadJob(self.store, item, relay))


class UploadManager(QObject):
    """Every upload of this session, with pause, cancel and retry."""

    added = Signal(object)  # UploadItem
    finished = Signal(object, object)  # UploadItem, StoredObject | None

    def __init__(self, parent: QObject | None = None, parallel: int = PARALLEL_UPLOADS) -> None:
        super().__init__(parent)
        self._parallel = parallel
        self._queues: dict[str, UploadQueue] = {}
        self._all_queues: list[UploadQueue] = []
        self._stores: dict[int, UploadQueue] = {}
        self._relay = _Relay(self)
        self._relay.outcome.connect(self._on_outcome)
        self.items: list[UploadItem] = []

    def enqueue(
        self,
        store: ObjectStore,
        path: Path,
        name: str,
        sha256: str,
        size: int,
        on_stored: Callable[[StoredObject], None] | None = None,
    ) -> UploadItem:
        """Queue one file for ``store``; ``on_stored`` runs on the GUI thread once it is kept."""
        queue = self._queue_for(store)
        item = UploadItem(path, name, sha256, size, queue.destination, on_stored)
        self.items.append(item)
        self._stores[item.id] = queue
        self.added.emit(item)
        queue.submit(item, self._relay)
        return item

    def pause(self, item: UploadItem) -> None:
        """Stop after the parts in flight; a retry sends only what is missing."""
        if item.status.active:
            item.token.pause()
            if item.status is UploadStatus.UPLOADING:
                item.set_status(UploadStatus.PAUSING)

    def cancel(self, item: UploadItem) -> None:
        """Stop and drop what the server has of this upload."""
        if item.status.active:
            item.token.cancel()
            if item.status is UploadStatus.UPLOADING:
                item.set_status(UploadStatus.CANCELLING)

    def retry(self, item: UploadItem) -> None:
        """Start a paused, failed or cancelled upload again."""
        if item.status.can_retry:
            item.restart()
            self._stores[item.id].submit(item, self._relay)

    def active(self) -> list[UploadItem]:
        """Uploads not finished yet."""
        return [item for item in self.items if item.status.active]

    def wait(self, msecs: int = -1) -> bool:
        """Block until every queue is idle (tests, shutdown)."""
        return all(queue.pool.waitForDone(msecs) for queue in self._all_queues)

    def shutdown(self) -> None:
        """Pause what runs (resumable next start), drop what waits, stop the threads."""
        for item in self.active():
            item.token.pause()
        for queue in self._all_queues:
            queue.pool.clear()
        self.wait()
        self._relay.outcome.disconnect(self._on_outcome)

    def _queue_for(self, store: ObjectStore) -> UploadQueue:
        destination = store.describe()
        queue = self._queues.get(destination)
        if queue is None or queue.store is not store:
            queue = UploadQueue(store, self, self._parallel)
            self._queues[destination] = queue
            self._all_queues.append(queue)
        return queue

    @Slot(object, object)
    def _on_outcome(self, item: UploadItem, stored: StoredObject | None) -> None:
        if stored is not None and item.on_stored is not None:
            item.on_stored(stored)
        self.finished.emit(item, stored)
