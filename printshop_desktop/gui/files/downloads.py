"""Open in slicer and Export: fetch a stored file in a worker, with progress, then hand it over.

Files come from the store (in place for a local folder, else downloaded into the bounded
:func:`download_cache`). A slicer picks its file type from the name, so "Open in slicer" opens
a copy (a hard link where possible) under its original name in ``<cache>/open``; the system
then opens it with the program registered for that type.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressDialog, QWidget

from ... import paths
from ...storage import CancelToken, ObjectStore
from ..runner import Lane, Runner
from .file_access import local_copy

SHOW_AFTER_MS = 800
REFRESH_MS = 250


@dataclass
class Transfer:
    """Plain progress numbers a worker writes and a timer reads."""

    done: int = 0
    total: int = 0

    def update(self, done: int, total: int) -> None:
        """``progress(done, total)`` from the store."""
        self.done, self.total = done, total


def named_copy(source: Path, sha256: str, name: str, root: Path) -> Path:
    """``root/<sha prefix>/<name>``: the same bytes under the file's own name."""
    folder = root / sha256[:16]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / Path(name).name
    if not target.exists():
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)
    return target


def fetch_named(
    store: ObjectStore, sha256: str, name: str, transfer: Transfer, cancel: CancelToken
) -> Path:
    """Worker: the file, locally, under its own name."""
    source = local_copy(store, sha256, transfer.update, cancel)
    return named_copy(source, sha256, name, paths.cache_dir() / "open")


def export_copy(
    store: ObjectStore, sha256: str, destination: Path, transfer: Transfer, cancel: CancelToken
) -> Path:
    """Worker: a copy at ``destination`` (written next to it first, then renamed)."""
    source = local_copy(store, sha256, transfer.update, cancel)
    partial = destination.with_name(f".{destination.name}.part")
    try:
        shutil.copyfile(source, partial)
        os.replace(partial, destination)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return destination


class Downloads(QObject):
    """Runs fetches for the detail panel; :attr:`failed` carries a message for people."""

    opened = Signal(object)  # Path handed to the system
    exported = Signal(object)  # Path written
    failed = Signal(str)

    def __init__(
        self,
        runner: Runner,
        window: QWidget,
        opener: Callable[[QUrl], bool] | None = None,
    ) -> None:
        super().__init__(window)
        self.runner = runner
        self.window = window
        self.opener = opener or QDesktopServices.openUrl
        self._dialogs: list[QProgressDialog] = []

    def open_in_slicer(self, store: ObjectStore, sha256: str, name: str) -> None:
        """Fetch, then open with the system's program for this kind of file."""
        self._run(
            f"Getting {name}…", lambda t, c: fetch_named(store, sha256, name, t, c), self._open
        )

    def export(self, store: ObjectStore, sha256: str, name: str, destination: Path) -> None:
        """Fetch, then save a copy at ``destination``."""
        self._run(
            f"Exporting {name}…",
            lambda t, c: export_copy(store, sha256, destination, t, c),
            self.exported.emit,
        )

    def stop(self) -> None:
        """Cancel what runs (window closing)."""
        for dialog in list(self._dialogs):
            dialog.cancel()

    def _open(self, path: Path) -> None:
        if self.opener(QUrl.fromLocalFile(str(path))):
            self.opened.emit(path)
        else:
            self.failed.emit(f"No program on this computer opens {path.name}.")

    def _run(
        self,
        label: str,
        work: Callable[[Transfer, CancelToken], Path],
        done: Callable[[Path], None],
    ) -> None:
        transfer, cancel = Transfer(), CancelToken()
        dialog = QProgressDialog(label, "Cancel", 0, 1000, self.window)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(cancel.cancel)
        timer = QTimer(dialog)
        timer.timeout.connect(
            lambda: (
                dialog.setValue(int(1000 * transfer.done / transfer.total))
                if transfer.total
                else None
            )
        )
        timer.start(REFRESH_MS)
        self._dialogs.append(dialog)

        def finish() -> None:
            timer.stop()
            self._dialogs.remove(dialog)
            dialog.reset()
            dialog.deleteLater()

        def ok(path: Path) -> None:
            finish()
            done(path)

        def failed(error: Exception) -> None:
            finish()
            if not cancel.is_set():
                self.failed.emit(str(error))

        self.runner.run(lambda: work(transfer, cancel), ok, failed, lane=Lane.BACKGROUND)
