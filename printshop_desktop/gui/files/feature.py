"""Files in the main window: store, uploads dock, Catalog drops, storage settings, downloads.

The window makes one :class:`FilesFeature` and calls :meth:`FilesFeature.shutdown` when it
closes; everything else (menu entries, the Uploads dock, the Files section of the Catalog,
the outbox count in the status bar) is set up here.
"""

from __future__ import annotations

import importlib
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFileDialog, QWidget

from ... import store_config
from ...services import library
from ...services.model_files import ModelFileRow
from ...storage import ObjectStore, OutboxStore, StoredObject
from ...store_config import StoreChoice
from ..runner import Lane
from ..tabs.catalog.tab import CatalogTab
from ..widgets.banner import BannerKind
from . import render_process
from .catalog_files import CatalogFiles
from .downloads import Downloads
from .file_access import record_stored
from .file_store import FileStore
from .import_feedback import TOPIC, ImportFeedback
from .import_job import DropTarget, ImportJob, thumbnails_dir
from .model_files_section import ModelFilesSection
from .outbox_watch import OutboxWatcher
from .staging import PreparedFile
from .storage_dialog import StorageDialog
from .thumbnail_loader import ThumbnailLoader
from .upload_queue import UploadManager
from .uploads_panel import UploadsPanel

if TYPE_CHECKING:
    from ..main_window import MainWindow


@dataclass(frozen=True)
class Resumable:
    """An upload left unfinished by an earlier session."""

    path: Path
    sha256: str
    size: int


WARM_UP_DELAY_MS = 4000
DOCK_HEIGHT = 170  # pixels: the header, the buttons and about four uploads


def _warm_up() -> None:
    """Worker, once the window is up: load the file readers now (a first import holds the
    interpreter lock for a while, better before any drop than during one) and start the
    thumbnail helpers."""
    importlib.import_module("printshop_desktop.files.inspector")
    render_process.warm_up()


def pending_uploads(store: ObjectStore) -> list[Resumable]:
    """Worker: unfinished multipart uploads of a bucket store (abandoned ones are aborted)."""
    remote = store.remote if isinstance(store, OutboxStore) else store
    if not hasattr(remote, "pending_uploads"):
        return []
    found = []
    for record in remote.pending_uploads():
        if record.abandoned:
            remote.discard_pending(record.sha256)
        elif Path(record.path).is_file():
            found.append(Resumable(Path(record.path), record.sha256, record.size))
    return found


class FilesFeature(QObject):
    """Owns the file parts of the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        runner, context = window.runner, window.context
        self.context = context
        self.file_store = FileStore(runner, window.keychain, self)
        self.uploads = UploadManager(self)
        self.panel = UploadsPanel(self.uploads)
        self.dock = self._make_dock()
        self.thumbnails = ThumbnailLoader(runner, thumbnails_dir(), self)
        self.downloads = Downloads(runner, window)
        self.downloads.failed.connect(self._show_problem)
        self.watcher = OutboxWatcher(self.file_store, context, self)
        self.watcher.waiting_changed.connect(window.status.show_outbox)
        self.section = ModelFilesSection(runner, self.file_store, self.thumbnails)
        self.section.open_requested.connect(self.open_in_slicer)
        self.section.export_requested.connect(self.ask_export)
        catalog = next(tab for tab in window.tabs if isinstance(tab, CatalogTab))
        self.catalog = CatalogFiles(catalog, self.section, self.start_import, self)
        self.jobs: list[ImportJob] = []
        self.feedback: list[ImportFeedback] = []
        self.dialog: QWidget | None = None
        self.storage_action = self._add_menu_entries()
        self.resumed: set[str] = set()  # sha256 of uploads sent again this session
        self.file_store.changed.connect(self._on_store)
        self.file_store.failed.connect(self._show_problem)
        context.database_changed.connect(self._resume_unfinished)
        self.file_store.open()

    # -- imports -----------------------------------------------------------------------

    def start_import(self, paths: list[Path], target: DropTarget) -> None:
        """Read, store and record dropped files (once the store is open)."""
        self.file_store.with_store(lambda store: self._start(store, paths, target))

    def _start(self, store: ObjectStore, paths: list[Path], target: DropTarget) -> ImportJob:
        job = ImportJob(self.context, store, self.uploads, paths, target, self)
        job.recorded.connect(self.catalog.model_changed)
        job.finished.connect(lambda _report: self._on_job_finished(job))
        if target.variant_id is not None:
            variant_id = target.variant_id
            job.sliced_ready.connect(
                lambda prepared, file_id: self._propose(prepared, file_id, variant_id)
            )
        self.feedback.append(
            ImportFeedback(job, self.window, self.window.banner, self.window.statusBar())
        )
        self.jobs.append(job)
        job.start()
        return job

    def _propose(self, prepared: PreparedFile, file_id: uuid.UUID, variant_id: uuid.UUID) -> None:
        self.catalog.propose(prepared, file_id, variant_id)

    def _on_job_finished(self, job: ImportJob) -> None:
        self.catalog.tab.reload()
        if job.report.added and self.file_store.outbox() is not None:
            self.watcher.check_now()

    # -- downloads ---------------------------------------------------------------------

    def open_in_slicer(self, row: ModelFileRow) -> None:
        """Fetch the file, then let the system open it."""
        self.file_store.with_store(
            lambda store: self.downloads.open_in_slicer(store, row.sha256, row.name)
        )

    def ask_export(self, row: ModelFileRow) -> QFileDialog:
        """Ask where to save a copy (not blocking), then export it."""
        dialog = QFileDialog(self.window, f"Export {row.name}", str(Path.home() / row.name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(lambda name: self.export(row, Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def export(self, row: ModelFileRow, destination: Path) -> None:
        """Save a copy of ``row`` at ``destination``."""
        self.file_store.with_store(
            lambda store: self.downloads.export(store, row.sha256, row.name, destination)
        )

    # -- storage settings --------------------------------------------------------------

    def open_storage_settings(self) -> StorageDialog:
        """File ▸ Storage settings… (window-modal, not blocking)."""
        dialog = StorageDialog(
            self.window.runner, self.window.keychain, store_config.load_choice(), self.window
        )
        dialog.saved.connect(lambda choice: self._use_choice(choice, dialog.remembered))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _use_choice(self, choice: StoreChoice, remembered: bool) -> None:
        keychain = self.window.keychain
        self.file_store.open(lambda: store_config.open_store(keychain, choice))
        if not remembered:
            self.window.banner.show_message(
                TOPIC,
                BannerKind.WARNING,
                "The bucket key is kept for this session only",
                "This computer has no keyring, so the key is not saved; you will be asked "
                "for it again after the app restarts.",
            )

    # -- store and resume --------------------------------------------------------------

    def _on_store(self) -> None:
        store = self.file_store.store
        if store is None:
            return
        self.window.status.show_store(store.describe())
        # The thumbnail helpers start once the window is up, not while it loads its tables:
        # on two cores their start-up would compete with the first screen.
        QTimer.singleShot(WARM_UP_DELAY_MS, self.window, self._warm_up)
        self.window.runner.run(
            lambda: pending_uploads(store),
            lambda found: self._resume_all(store, found),
            lambda error: self._show_problem(str(error)),
            lane=Lane.BACKGROUND,
        )

    def _warm_up(self) -> None:
        self.window.runner.run(_warm_up, lambda _: None, lambda _: None, lane=Lane.BACKGROUND)

    def _resume_all(self, store: ObjectStore, found: list[Resumable]) -> None:
        self._resume(store, found)
        self._resume_unfinished()

    def _resume_unfinished(self) -> None:
        """Send again the files recorded for upload whose upload a crash or a closed app cut
        short (their record says where their bytes wait on this computer)."""
        store = self.file_store.store
        if store is None or self.context.database is None:
            return
        self.context.query(
            library.unfinished_uploads,
            lambda found: self._resume(
                store, [Resumable(u.source, u.sha256, u.size) for u in found]
            ),
            lambda error: self._show_problem(str(error)),
        )

    def _resume(self, store: ObjectStore, found: list[Resumable]) -> None:
        for upload in found:
            if upload.sha256 in self.resumed:
                continue
            self.resumed.add(upload.sha256)
            self.uploads.enqueue(
                store,
                upload.path,
                upload.path.name,
                upload.sha256,
                upload.size,
                on_stored=self._recorder(store, upload.path),
            )

    def _recorder(self, store: ObjectStore, path: Path):
        def record(stored: StoredObject) -> None:
            self.context.query(
                lambda session: record_stored(session, store, path, stored),
                lambda _result: None,
                lambda error: self._show_problem(str(error)),
            )

        return record

    # -- window ------------------------------------------------------------------------

    def _make_dock(self) -> QDockWidget:
        dock = QDockWidget("Uploads", self.window)
        dock.setObjectName("uploadsDock")
        dock.setWidget(self.panel)
        self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()
        self.uploads.added.connect(lambda _item: self._show_dock())
        return dock

    def _show_dock(self) -> None:
        """Show the uploads under the tabs, a few rows high: the Catalog keeps its room."""
        if self.dock.isVisible():
            return
        self.dock.show()
        self.window.resizeDocks([self.dock], [DOCK_HEIGHT], Qt.Orientation.Vertical)

    def _add_menu_entries(self) -> QAction:
        ui = self.window.ui
        action = QAction("&Storage settings…", self.window)
        action.setObjectName("actionStorageSettings")
        action.setStatusTip("Where the shop's model and sliced files are kept")
        action.triggered.connect(self.open_storage_settings)
        ui.menuFile.insertAction(ui.actionLoadDemoData, action)
        toggle = self.dock.toggleViewAction()
        toggle.setText("&Uploads")
        toggle.setObjectName("actionShowUploads")
        ui.menuView.addSeparator()
        ui.menuView.addAction(toggle)
        return action

    def _show_problem(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 15_000)

    def shutdown(self) -> None:
        """Pause uploads (they resume next start), stop timers and pending work."""
        self.watcher.stop()
        self.panel.stop()
        self.downloads.stop()
        for feedback in self.feedback:
            feedback.stop()
        self.uploads.shutdown()
