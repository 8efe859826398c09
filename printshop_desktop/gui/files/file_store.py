"""The object store this PC uses, opened off the GUI thread and replaced when settings change.

Opening may read the keyring and import boto3 (a few hundred ms), so it runs in the background
lane. Work that needs the store before it is open waits in a small list and runs once it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ... import store_config
from ...keychain import Keychain
from ...storage import ObjectStore, OutboxStore
from ..runner import Lane, Runner

Opener = Callable[[], ObjectStore]


class FileStore(QObject):
    """Holds the store in use; :attr:`changed` fires when another store takes its place."""

    changed = Signal()
    failed = Signal(str)

    def __init__(
        self,
        runner: Runner,
        keychain: Keychain,
        parent: QObject | None = None,
        opener: Opener | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._opener = opener or (lambda: store_config.open_store(keychain))
        self.store: ObjectStore | None = None
        self.error = ""
        self._opening = False
        self._waiting: list[Callable[[ObjectStore], None]] = []

    @property
    def description(self) -> str:
        """Where files go, for people (never a secret)."""
        if self.store is not None:
            return self.store.describe()
        return self.error or "Opening the file store…"

    def open(self, opener: Opener | None = None) -> None:
        """Open the saved store (or the one ``opener`` makes) in the background."""
        if opener is not None:
            self._opener = opener
        self._opening = True
        self.runner.run(self._opener, self.use, self._failed, lane=Lane.BACKGROUND)

    def use(self, store: ObjectStore) -> None:
        """Use ``store`` from now on and run the work that waited for it."""
        self._opening = False
        self.store, self.error = store, ""
        waiting, self._waiting = self._waiting, []
        self.changed.emit()
        for work in waiting:
            work(store)

    def with_store(self, work: Callable[[ObjectStore], None]) -> None:
        """Run ``work(store)`` now, or once the store is open."""
        if self.store is not None:
            work(self.store)
            return
        self._waiting.append(work)
        if not self._opening:
            self.open()

    def outbox(self) -> OutboxStore | None:
        """The offline outbox of a bucket store (None for a local folder)."""
        return self.store if isinstance(self.store, OutboxStore) else None

    def _failed(self, error: Exception) -> None:
        self._opening = False
        self.store, self.error = None, f"Files cannot be stored: {error}"
        self._waiting.clear()
        self.failed.emit(self.error)
