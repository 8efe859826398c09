"""The file library: content-addressed file versions recorded in the database.

Bytes go to the object store first, then a ``file_object`` row records them (sha256, size,
media type, original name, where stored, state) with the metadata read from the file. The
same bytes added twice are recorded once ("already in the library as …").
"""

from __future__ import annotations

import mimetypes
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import files
from ..db.enums import FileState
from ..db.files import FileObject
from ..storage import ObjectStore, ProgressCallback, PutStatus, VerifyResult, sha256_file
from ..storage.cancel import CancelLike
from .errors import NotFound

MEDIA_TYPES = {
    files.FileFormat.GCODE: "text/x.gcode",
    files.FileFormat.BGCODE: "application/x-bgcode",
    files.FileFormat.GCODE_3MF: "model/3mf",
    files.FileFormat.THREEMF: "model/3mf",
    files.FileFormat.STL: "model/stl",
    files.FileFormat.OBJ: "model/obj",
}


@dataclass(frozen=True)
class FileRow:
    """A file version in the library."""

    id: uuid.UUID
    sha256: str
    size_bytes: int
    media_type: str
    original_name: str
    store: str
    state: str
    created_at: datetime


@dataclass(frozen=True)
class AddResult:
    """What adding a file did."""

    file: FileRow
    duplicate: bool
    queued: bool

    @property
    def message(self) -> str:
        """One line for people."""
        if self.duplicate:
            return f"already in the library as {self.file.original_name}"
        if self.queued:
            return "kept locally; it uploads when the storage can be reached"
        return "stored"


@dataclass(frozen=True)
class VerifyProblem:
    """A recorded file whose stored bytes are missing or wrong."""

    sha256: str
    original_name: str
    result: VerifyResult


def _row(obj: FileObject) -> FileRow:
    return FileRow(
        id=obj.id,
        sha256=obj.sha256,
        size_bytes=obj.size_bytes,
        media_type=obj.media_type,
        original_name=obj.original_name,
        store=obj.store,
        state=obj.state,
        created_at=obj.created_at,
    )


# While a file uploads, its record says where its bytes wait on this computer, so an upload
# cut short by a crash can be sent again at the next start.
SOURCE_KEY = "_source_path"


def describe_info(info: files.FileInfo | None, name: str) -> tuple[str, dict[str, Any]]:
    """The media type and metadata of a file already inspected (None: not a format we read)."""
    if info is None:
        return mimetypes.guess_type(name)[0] or "application/octet-stream", {}
    return MEDIA_TYPES.get(info.format, "application/octet-stream"), info.to_dict()


def read_metadata(path: Path) -> tuple[str, dict[str, Any]]:
    """The media type and the metadata of a file; unknown kinds get their guessed type."""
    try:
        info = files.inspect(path)
    except files.FileFormatError:
        info = None
    return describe_info(info, path.name)


def find_by_sha(session: Session, sha256: str) -> FileRow | None:
    """The library's record of these bytes, if any."""
    obj = session.scalar(select(FileObject).where(FileObject.sha256 == sha256.lower()))
    return _row(obj) if obj is not None else None


def add_file(
    session: Session,
    store: ObjectStore,
    path: Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelLike = None,
) -> AddResult:
    """Store a file's bytes and record them; identical bytes are recorded once."""
    sha, _size = sha256_file(path, cancel)
    known = find_by_sha(session, sha)
    if known is not None and known.state != FileState.UPLOADING.value:
        return AddResult(file=known, duplicate=True, queued=False)
    if known is not None:  # recorded before its upload: the upload has now run
        stored = store.put(path, sha, progress, cancel)
        queued = stored.status is PutStatus.QUEUED
        return AddResult(
            file=mark_stored(session, sha, queued=queued), duplicate=False, queued=queued
        )
    media_type, metadata = read_metadata(path)
    stored = store.put(path, sha, progress, cancel)
    queued = stored.status is PutStatus.QUEUED
    obj = FileObject(
        sha256=sha,
        size_bytes=stored.size,
        media_type=media_type,
        original_name=path.name,
        store=store.describe()[:200],
        file_metadata=metadata,
        state=(FileState.PENDING if queued else FileState.STORED).value,
    )
    session.add(obj)
    session.flush()
    return AddResult(file=_row(obj), duplicate=False, queued=queued)


def reserve(
    session: Session,
    store: ObjectStore,
    source: Path,
    *,
    sha256: str,
    size: int,
    name: str,
    info: files.FileInfo | None,
) -> FileRow:
    """Record a file before its upload starts (state ``uploading``): a crash mid-upload then
    loses no record, and the next start sends it again from ``source``."""
    known = find_by_sha(session, sha256)
    if known is not None:
        return known
    media_type, metadata = describe_info(info, name)
    obj = FileObject(
        sha256=sha256.lower(),
        size_bytes=size,
        media_type=media_type,
        original_name=name,
        store=store.describe()[:200],
        file_metadata={**metadata, SOURCE_KEY: str(source)},
        state=FileState.UPLOADING.value,
    )
    session.add(obj)
    session.flush()
    return _row(obj)


def mark_stored(session: Session, sha256: str, *, queued: bool = False) -> FileRow:
    """The upload of a reserved file finished (or waits in the offline outbox)."""
    obj = session.scalar(select(FileObject).where(FileObject.sha256 == sha256.lower()))
    if obj is None:
        raise NotFound(f"No file with sha256 {sha256} is in the library.")
    obj.state = (FileState.PENDING if queued else FileState.STORED).value
    obj.file_metadata = {k: v for k, v in obj.file_metadata.items() if k != SOURCE_KEY}
    session.flush()
    return _row(obj)


@dataclass(frozen=True)
class Unfinished:
    """A file recorded for upload whose upload did not finish, with its bytes still here."""

    sha256: str
    source: Path
    name: str
    size: int


def unfinished_uploads(session: Session) -> list[Unfinished]:
    """Uploads cut short (by a crash or a closed app) that can be sent again from here."""
    query = select(FileObject).where(FileObject.state == FileState.UPLOADING.value)
    found = []
    for obj in session.scalars(query):
        source = obj.file_metadata.get(SOURCE_KEY)
        if source and Path(source).is_file():
            found.append(Unfinished(obj.sha256, Path(source), obj.original_name, obj.size_bytes))
    return found


def list_files(session: Session) -> list[FileRow]:
    """Every recorded file version, newest first."""
    query = select(FileObject).order_by(FileObject.created_at.desc())
    return [_row(obj) for obj in session.scalars(query)]


def verify_all(session: Session, store: ObjectStore) -> list[VerifyProblem]:
    """Check every recorded object is present with the right sha256."""
    problems = []
    for row in list_files(session):
        result = store.verify(row.sha256)
        if result is not VerifyResult.OK:
            problems.append(VerifyProblem(row.sha256, row.original_name, result))
    return problems


def pull(
    session: Session,
    store: ObjectStore,
    sha256: str,
    destination: Path,
    *,
    progress: ProgressCallback | None = None,
) -> FileRow:
    """Fetch a recorded file to ``destination`` (checked against its sha256)."""
    row = find_by_sha(session, sha256)
    if row is None:
        raise NotFound(f"No file with sha256 {sha256} is in the library.")
    store.get(row.sha256, destination, progress)
    return row


def mark_uploaded(session: Session, sha256s: list[str]) -> int:
    """Mark queued files as stored once the outbox has sent them; returns how many."""
    count = 0
    for obj in session.scalars(select(FileObject).where(FileObject.sha256.in_(sha256s))):
        if obj.state != FileState.STORED.value:
            obj.state = FileState.STORED.value
            count += 1
    session.flush()
    return count
