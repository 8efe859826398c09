"""One drop, from paths to library records: read → plan → upload → record, never on the GUI thread.

1. *read* (background lane): walk folders, open zips safely, hash, inspect, draw thumbnails;
2. *plan* (database lane): spot duplicates by sha256, create the models a drop asks for;
3. *upload* (the destination's upload queue): ``store.put`` with progress, pause and cancel;
4. *record* (database lane): the library record and the link to the model.

Each file ends with one line in the :class:`ImportReport`; a file that can't be read or
stored is reported and the others carry on.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from ... import paths
from ...db.enums import FileState
from ...files import FileFormatError
from ...services import library, model_files
from ...storage import CancelToken, ObjectStore, PutStatus, StoredObject
from ..context import ShopContext
from ..runner import Lane
from .file_access import record_stored
from .render_process import draw_thumbnail
from .staging import DropContents, DropProgress, PreparedFile, prepare_drop
from .upload_item import UploadItem
from .upload_queue import UploadManager

THUMBNAIL_SIZE = 256


@dataclass(frozen=True)
class DropTarget:
    """Where files were dropped: a model row, a variant, or the table's empty space."""

    model_id: uuid.UUID | None = None
    model_name: str = ""
    variant_id: uuid.UUID | None = None
    variant_name: str = ""


@dataclass(frozen=True)
class Planned:
    """A file with the model it joins and, for a duplicate, the library's record."""

    file: PreparedFile
    model_id: uuid.UUID | None
    known: library.FileRow | None
    same_as: str = ""


@dataclass
class ImportReport:
    """One line per file; counts for the banner."""

    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    models: set[uuid.UUID] = field(default_factory=set)
    cancelled: bool = False

    def lines(self) -> list[str]:
        """Every outcome, problems first."""
        return [*self.problems, *self.duplicates, *self.added]


def thumbnails_dir() -> Path:
    """Where rendered thumbnails are cached (by sha256 and size)."""
    return paths.cache_dir() / "thumbnails"


def read_drop(paths_: list[Path], progress: DropProgress, cancel: CancelToken) -> DropContents:
    """Step 1, in a worker: read every file and draw its thumbnail into the cache."""
    contents = prepare_drop(paths_, paths.cache_dir() / "import-staging", progress, cancel)
    for prepared in contents.files:
        if cancel.is_set():
            break
        with contextlib.suppress(FileFormatError, OSError):
            draw_thumbnail(prepared.path, THUMBNAIL_SIZE, thumbnails_dir())
    return contents


def plan_drop(
    session: Session, contents: DropContents, target: DropTarget, store: ObjectStore
) -> list[Planned]:
    """Step 2, in the database lane: duplicates, a model per group dropped on empty space, and
    a record (state ``uploading``) of each new file before its upload starts, so a crash
    mid-upload loses nothing: the next start sends what did not arrive."""
    created: dict[str, uuid.UUID] = {}
    seen: dict[str, str] = {}
    plan = []
    for prepared in contents.files:
        if prepared.sha256 in seen:
            plan.append(Planned(prepared, None, None, same_as=seen[prepared.sha256]))
            continue
        seen[prepared.sha256] = prepared.name
        model_id = target.model_id
        if model_id is None:
            if prepared.group not in created:
                created[prepared.group] = model_files.create_model_named(session, prepared.group)
            model_id = created[prepared.group]
        known = library.find_by_sha(session, prepared.sha256)
        if known is not None and known.state != FileState.UPLOADING.value:
            model_files.attach_file(session, model_id, known.id)
            plan.append(Planned(prepared, model_id, known))
            continue
        reserved = library.reserve(
            session,
            store,
            prepared.path,
            sha256=prepared.sha256,
            size=prepared.size,
            name=prepared.name,
            info=prepared.info,
        )
        model_files.attach_file(session, model_id, reserved.id)
        plan.append(Planned(prepared, model_id, None))
    return plan


class ImportJob(QObject):
    """Runs one drop through the four steps; :attr:`finished` carries the report."""

    finished = Signal(object)  # ImportReport
    recorded = Signal(object)  # model id whose files changed
    sliced_ready = Signal(object, object)  # PreparedFile, file id (a drop onto a variant)

    def __init__(
        self,
        context: ShopContext,
        store: ObjectStore,
        uploads: UploadManager,
        sources: list[Path],
        target: DropTarget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.store = store
        self.uploads = uploads
        self.sources = sources
        self.target = target
        self.progress = DropProgress()
        self.cancel_token = CancelToken()
        self.report = ImportReport()
        self.items: list[UploadItem] = []
        self._open = 0
        self._done = False

    @property
    def done(self) -> bool:
        """True once every file has its outcome in the report."""
        return self._done

    # -- step 1 ------------------------------------------------------------------------

    def start(self) -> None:
        """Read the dropped paths in the background lane."""
        self.context.runner.run(
            lambda: read_drop(self.sources, self.progress, self.cancel_token),
            self._on_read,
            self._on_failed,
            lane=Lane.BACKGROUND,
        )

    def cancel(self) -> None:
        """Stop reading; uploads already queued carry on (the Uploads panel can stop them)."""
        self.cancel_token.cancel()
        self.report.cancelled = True

    def _on_read(self, contents: DropContents) -> None:
        self.progress.finished = True
        for refused in contents.refused:
            self.report.problems.append(f"{refused.name}: {refused.reason}")
        files = contents.files
        if self.target.variant_id is not None:
            files = self._sliced_only(files)
        if not files or self.cancel_token.is_set():
            self._finish()
            return
        trimmed = DropContents(files, (), contents.skipped, contents.staging)
        task = self.context.query(
            lambda session: plan_drop(session, trimmed, self.target, self.store),
            self._on_planned,
            self._on_failed,
        )
        if task is None:
            self.report.problems.append("No database is open: nothing was added.")
            self._finish()

    def _sliced_only(self, files: tuple[PreparedFile, ...]) -> tuple[PreparedFile, ...]:
        kept = []
        for prepared in files:
            if (
                prepared.info is not None
                and prepared.info.format.value in model_files.SLICED_FORMATS
            ):
                kept.append(prepared)
            else:
                self.report.problems.append(
                    f"{prepared.name}: not a sliced file; drop G-code or a sliced 3MF onto "
                    "a variant, or meshes onto its model."
                )
        return tuple(kept)

    # -- steps 2 and 3 -----------------------------------------------------------------

    def _on_planned(self, plan: list[Planned]) -> None:
        self.uploads.finished.connect(self._on_upload_finished)
        for planned in plan:
            if planned.model_id is not None:
                self.report.models.add(planned.model_id)
            if planned.same_as:
                self.report.duplicates.append(
                    f"{planned.file.name}: the same file as {planned.same_as} in this drop"
                )
                self._discard(planned.file)
                continue
            if planned.known is not None:
                self.report.duplicates.append(
                    f"{planned.file.name}: already in the library as {planned.known.original_name}"
                )
                self._discard(planned.file)
                self._offer_sliced(planned.file, planned.known.id)
                continue
            self._open += 1
            item = self.uploads.enqueue(
                self.store,
                planned.file.path,
                planned.file.name,
                planned.file.sha256,
                planned.file.size,
                on_stored=self._recorder(planned),
            )
            self.items.append(item)
        self._emit_changed_models()
        self._maybe_finish()

    def _on_upload_finished(self, item: UploadItem, stored: StoredObject | None) -> None:
        if item in self.items and stored is None and not self._done:
            self._open -= 1
            why = item.snapshot().error or item.status.value.lower()
            self.report.problems.append(f"{item.name}: not stored yet ({why})")
            self._maybe_finish()

    # -- step 4 ------------------------------------------------------------------------

    def _recorder(self, planned: Planned):
        def record(stored: StoredObject) -> None:
            def work(session: Session) -> library.AddResult:
                result = record_stored(session, self.store, planned.file.path, stored)
                if planned.model_id is not None:
                    model_files.attach_file(session, planned.model_id, result.file.id)
                return result

            self.context.query(
                work,
                lambda result: self._on_recorded(planned, stored, result),
                self._on_record_failed(planned),
            )

        return record

    def _on_recorded(
        self, planned: Planned, stored: StoredObject, result: library.AddResult
    ) -> None:
        queued = stored.status is PutStatus.QUEUED
        note = f" ({planned.file.note})" if planned.file.note else ""
        where = "kept locally until the storage is reachable" if queued else "stored"
        self.report.added.append(f"{planned.file.name}: {where}{note}")
        self._discard(planned.file)
        if planned.model_id is not None:
            self.recorded.emit(planned.model_id)
        self._offer_sliced(planned.file, result.file.id)
        self._close_one()

    def _on_record_failed(self, planned: Planned):
        def failed(error: Exception) -> None:
            self.report.problems.append(f"{planned.file.name}: not recorded: {error}")
            self._close_one()

        return failed

    # -- end ---------------------------------------------------------------------------

    def _offer_sliced(self, prepared: PreparedFile, file_id: uuid.UUID) -> None:
        if self.target.variant_id is not None:  # only sliced files are left for a variant
            self.sliced_ready.emit(prepared, file_id)

    def _emit_changed_models(self) -> None:
        for model_id in self.report.models:
            self.recorded.emit(model_id)

    def _close_one(self) -> None:
        if not self._done:
            self._open -= 1
            self._maybe_finish()

    def _maybe_finish(self) -> None:
        if self._open <= 0:
            self._finish()

    def _finish(self) -> None:
        if self._done:
            return
        self._done = True
        self.progress.finished = True
        with contextlib.suppress(RuntimeError, TypeError):
            self.uploads.finished.disconnect(self._on_upload_finished)
        self.finished.emit(self.report)

    def _on_failed(self, error: Exception) -> None:
        self.report.problems.append(f"Nothing was added: {error}")
        self._finish()

    @staticmethod
    def _discard(prepared: PreparedFile) -> None:
        if prepared.staged:
            with contextlib.suppress(OSError):
                prepared.path.unlink()
                prepared.path.parent.rmdir()
